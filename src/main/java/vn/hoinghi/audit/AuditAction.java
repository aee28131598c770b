package vn.hoinghi.audit;

/** What was done; shown with the message key {@code audit.action.<NAME>}. */
public enum AuditAction {
    // tasks
    TASK_CLAIMED,
    TASK_COMPLETED,
    TASK_REASSIGNED,
    TASK_RELEASED,
    TASK_SAVED,
    // the body's year-end conference
    CONFERENCE_AWARDS_CONSOLIDATED,
    CONFERENCE_DOCUMENT_SIGNED,
    CONFERENCE_NOMINATION_ADDED,
    CONFERENCE_NOMINATION_WITHDRAWN,
    CONFERENCE_NOMINATIONS_REOPENED,
    CONFERENCE_PLAN_RETURNED,
    CONFERENCE_STARTED,
}
