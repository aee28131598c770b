package vn.hoinghi.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * Writes and reads the record. Who and when are never the caller's to say: the signed-in person (none for the
 * engine's own timers) and the server's clock. Written in the caller's transaction, so an action that rolls back
 * leaves no line.
 */
@Service
@Transactional
public class AuditTrail {

    private final AuditEvents events;
    private final SchoolDirectory directory;

    AuditTrail(AuditEvents events, SchoolDirectory directory) {
        this.events = events;
        this.directory = directory;
    }

    public void record(AuditSubject subject, AuditAction action, String detail) {
        recordTask(subject, action, null, null, detail);
    }

    public void recordTask(AuditSubject subject, AuditAction action, String taskId, String taskName, String detail) {
        AppUser user = CurrentUser.find().orElse(null);
        events.save(new AuditEvent(subject, action, taskId, taskName, user == null ? null : user.getUsername(),
                user == null ? null : user.fullName(), VietnamTime.now(), detail));
    }

    /** The subject's lines and those of its process instance, oldest first; for its school or its body only. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forSubject(AuditSubject subject) {
        requireReader(subject.schoolId(), subject.bodyId());
        return events.ofSubject(subject.kind(), subject.id() == null ? -1L : subject.id(), subject.processInstanceId())
                .stream().map(AuditEvent::toEntry).toList();
    }

    /** One task's history, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forTask(String taskId) {
        CurrentUser.require();
        List<AuditEvent> found = events.findByTaskIdOrderByOccurredAtAscIdAsc(taskId);
        found.forEach(e -> requireReader(e.getSchoolId(), e.getBodyId()));
        return found.stream().map(AuditEvent::toEntry).toList();
    }

    private void requireReader(Long schoolId, Long bodyId) {
        AppUser user = CurrentUser.require();
        boolean allowed = schoolId != null
                ? user.worksAt(schoolId) || user.supervisingBodyId() != null
                && user.supervises(directory.school(schoolId).bodyId())
                : bodyId != null && user.supervises(bodyId);
        if (!allowed) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }
}
