package vn.hoinghi.audit;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subjectKind;
    private Long subjectId;
    private Long schoolId;
    private Long bodyId;
    private String processInstanceId;
    private String taskId;
    private String taskName;
    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    private AuditAction action;
    private String actorUsername;
    private String actorName;
    private LocalDateTime occurredAt;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(AuditSubject subject, AuditAction action, String taskId, String taskName, String actorUsername,
               String actorName, LocalDateTime occurredAt, String detail) {
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.schoolId = subject.schoolId();
        this.bodyId = subject.bodyId();
        this.processInstanceId = subject.processInstanceId();
        this.taskId = taskId;
        this.taskName = taskName;
        this.action = action;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getBodyId() {
        return bodyId;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, action, actorUsername, actorName, occurredAt, taskId, taskName, detail);
    }
}
