package vn.hoinghi.audit;

/** What was done; shown with the message key {@code audit.action.<NAME>}. */
public enum AuditAction {
    // tasks
    TASK_CLAIMED,
    TASK_COMPLETED,
    TASK_REASSIGNED,
    TASK_RELEASED,
    TASK_SAVED,
}
