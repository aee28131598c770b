package vn.hoinghi.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (e.subjectKind = :kind and e.subjectId = :id) or (:pid is not null and e.processInstanceId = :pid)
            order by e.occurredAt, e.id""")
    List<AuditEvent> ofSubject(@Param("kind") String kind, @Param("id") Long id, @Param("pid") String pid);

    List<AuditEvent> findByProcessInstanceIdOrderByOccurredAtAscIdAsc(String processInstanceId);

    List<AuditEvent> findByTaskIdOrderByOccurredAtAscIdAsc(String taskId);
}
