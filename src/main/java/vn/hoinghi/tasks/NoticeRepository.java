package vn.hoinghi.tasks;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    List<Notice> findByRecipientAndReadAtIsNull(String recipient);

    /** What is still to be mailed: urgent ones, or (for the digest) all; failures a few times only. */
    @Query("select n.id from Notice n where n.mailedAt is null and n.mailAttempts < :maxAttempts"
            + " and (n.urgent = true or :digest = true) order by n.id")
    List<Long> toMail(@Param("digest") boolean digest, @Param("maxAttempts") int maxAttempts);
}
