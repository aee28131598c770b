package vn.hoinghi.supervision;

/** The variables of the reportPlannedDate process, declared once: ids only. */
final class SupervisionProcess {

    static final String PROCESS_KEY = "reportPlannedDate";
    static final String TASK_KEY = "plannedPlenaryDate";
    static final String FORM_KEY = "report-planned-date";
    static final String SEASON_ID = "seasonId";
    static final String SCHOOL_ID = "schoolId";

    private SupervisionProcess() {
    }

    /** Never a bare number, so it cannot be mistaken for an assembly's business key. */
    static String businessKey(long seasonId, long schoolId) {
        return "season:" + seasonId + ":school:" + schoolId;
    }
}
