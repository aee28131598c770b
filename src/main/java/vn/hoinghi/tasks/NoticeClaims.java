package vn.hoinghi.tasks;

import java.time.LocalDateTime;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Claims a notification for mailing in one statement, so two nodes never both send it. */
interface NoticeClaims extends Repository<Notice, Long> {

    @Modifying
    @Query("update Notice n set n.mailedAt = :now where n.id = :id and n.mailedAt is null")
    int claim(@Param("id") long id, @Param("now") LocalDateTime now);
}
