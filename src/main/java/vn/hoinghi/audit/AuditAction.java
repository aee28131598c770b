package vn.hoinghi.audit;

/** What was done; shown with the message key {@code audit.action.<NAME>}. */
public enum AuditAction {
    // tasks
    TASK_CLAIMED,
    TASK_COMPLETED,
    TASK_REASSIGNED,
    TASK_RELEASED,
    TASK_SAVED,
    // people change, a launch corrected or cancelled, roles that follow results (issue 11)
    ASSEMBLY_CANCELLED,
    DATES_CHANGED,
    DEPARTMENT_ADDED,
    DEPARTMENT_LEFT_OUT,
    DRAFT_AUTHOR_CHANGED,
    LAUNCH_CORRECTED,
    ROLES_HANDED_OVER,
    // votes and election rounds (issue 11)
    BALLOT_ROUND_RECORDED,
    CONTINUATION_SET,
    ELECTION_ROUND_RECORDED,
    REVOTE_RECORDED,
    SESSION_CLOSED,
    SESSION_VOTES_RECORDED,
    // the body's year-end conference
    CONFERENCE_AWARDS_CONSOLIDATED,
    CONFERENCE_DOCUMENT_SIGNED,
    CONFERENCE_NOMINATION_ADDED,
    CONFERENCE_NOMINATION_WITHDRAWN,
    CONFERENCE_NOMINATIONS_REOPENED,
    CONFERENCE_PLAN_RETURNED,
    CONFERENCE_STARTED,
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
