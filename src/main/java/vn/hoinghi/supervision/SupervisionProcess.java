package vn.hoinghi.supervision;

import java.util.List;

import vn.hoinghi.tasks.OpenTask;

/** The variables of the reportPlannedDate process, declared once and read through typed accessors: ids only. */
final class SupervisionProcess {

    static final String PROCESS_KEY = PlannedDateStep.PROCESS_KEY;
    static final String SEASON_ID = "seasonId";
    static final String SCHOOL_ID = "schoolId";
    /** What the task's form needs. */
    static final List<String> TASK_VARIABLES = List.of(SEASON_ID, SCHOOL_ID);

    private SupervisionProcess() {
    }

    static long seasonId(OpenTask task) {
        return required(task, SEASON_ID);
    }

    static long schoolId(OpenTask task) {
        return required(task, SCHOOL_ID);
    }

    /** Never a bare number, so it cannot be mistaken for an assembly's business key. */
    static String businessKey(long seasonId, long schoolId) {
        return "season:" + seasonId + ":school:" + schoolId;
    }

    private static long required(OpenTask task, String name) {
        Object value = task.variables().get(name);
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return ((Number) value).longValue();
    }
}
