package vn.hoinghi.conference;

import java.util.List;

import vn.hoinghi.tasks.OpenTask;

/**
 * The variables of the yearEndConference process, declared once: ids and routing facts only. bodyId is what the
 * task machinery records the audit trail by; the element variables belong to one instance of a multi-instance step.
 */
final class ConferenceProcess {

    static final String PROCESS_KEY = ConferenceStep.PROCESS_KEY;
    static final String CONFERENCE_ID = "conferenceId";
    static final String BODY_ID = "bodyId";
    static final String APPROVED = "approved";
    static final String REOPENED = "reopened";
    static final String ASSIGNMENT_ID = "assignmentId";
    static final String SCHOOL_ID = "schoolId";
    static final String BRIDGE_POINT_ID = "bridgePointId";
    static final List<String> TASK_VARIABLES = List.of(CONFERENCE_ID, BODY_ID, ASSIGNMENT_ID, SCHOOL_ID,
            BRIDGE_POINT_ID);

    private ConferenceProcess() {
    }

    static long conferenceId(OpenTask task) {
        return required(task, CONFERENCE_ID);
    }

    static long assignmentId(OpenTask task) {
        return required(task, ASSIGNMENT_ID);
    }

    static long schoolId(OpenTask task) {
        return required(task, SCHOOL_ID);
    }

    static long bridgePointId(OpenTask task) {
        return required(task, BRIDGE_POINT_ID);
    }

    static String businessKey(long conferenceId) {
        return "conference:" + conferenceId;
    }

    private static long required(OpenTask task, String name) {
        Object value = task.variables().get(name);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return ((Number) value).longValue();
    }
}
