package vn.hoinghi.audit;

/** What was done; shown with the message key {@code audit.action.<NAME>}. */
public enum AuditAction {
    // tasks
    TASK_CLAIMED,
    TASK_COMPLETED,
    TASK_REASSIGNED,
    TASK_RELEASED,
    TASK_SAVED,
    // the record can be trusted (issue 15): documents, the dossier, settings
    DOCUMENT_SIGNED,
    DOCUMENT_WITHDRAWN,
    DOSSIER_ACCEPTED,
    DOSSIER_FILED,
    DOSSIER_RETURNED,
    RECOGNITION_LATE,
    SCAN_UPLOADED,
    SETTINGS_CHANGED,
}
