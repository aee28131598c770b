package vn.hoinghi.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SeasonRepository extends JpaRepository<Season, Long> {
    Optional<Season> findBySupervisingBodyIdAndSchoolYear(Long bodyId, String schoolYear);

    List<Season> findBySupervisingBodyIdOrderBySchoolYearDesc(Long bodyId);
}

interface PlannedDateReportRepository extends JpaRepository<PlannedDateReport, Long> {
    Optional<PlannedDateReport> findBySeasonIdAndSchoolId(Long seasonId, Long schoolId);

    List<PlannedDateReport> findBySeasonId(Long seasonId);
}

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {
    boolean existsByDedupeKey(String dedupeKey);

    @Query("select o.id from OutboxMessage o where o.status in :statuses and o.attempts < :maxAttempts order by o.id")
    List<Long> idsToDeliver(@Param("statuses") Collection<OutboxStatus> statuses, @Param("maxAttempts") int maxAttempts);

    /** Takes a message for delivery; 0 when someone else already did, so nothing is sent twice. */
    @Modifying
    @Query("update OutboxMessage o set o.status = vn.hoinghi.supervision.OutboxStatus.SENDING "
            + "where o.id = :id and o.status in :statuses")
    int claim(@Param("id") Long id, @Param("statuses") Collection<OutboxStatus> statuses);
}
