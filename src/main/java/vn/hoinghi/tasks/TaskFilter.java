package vn.hoinghi.tasks;

/**
 * What the inbox shows: a view (whose tasks), filters and a sort. All of it runs in the database.
 *
 * @param processKey        only tasks of this process (null: any)
 * @param stageId           only tasks of this stage of that process (null: any)
 * @param processInstanceId only tasks of this assembly, conference… (null: any)
 * @param search            words matched against the task, its detail and its assembly, without diacritics
 */
public record TaskFilter(Scope scope, Due due, String processKey, String stageId, String processInstanceId,
                         Sort sort, String search) {

    /** Whose tasks. */
    public enum Scope {
        /** Assigned to me or offered to my roles. */
        ALL,
        MINE,
        OFFERED,
        COMPLETED,
        /** Every open task of my school (the principal). */
        SCHOOL,
        /** Every open task of my supervising body's schools (an officer). */
        BODY;

        public String messageKey() {
            return "inbox.scope." + name();
        }
    }

    public enum Due {
        ANY,
        OVERDUE,
        DUE_SOON;

        public String messageKey() {
            return "inbox.due.filter." + name();
        }
    }

    public enum Sort {
        DUE,
        CREATED,
        NAME;

        public String messageKey() {
            return "inbox.sort." + name();
        }
    }

    public static final TaskFilter DEFAULT = new TaskFilter(Scope.ALL, Due.ANY, null, null, null, Sort.DUE, "");

    public TaskFilter {
        scope = scope == null ? Scope.ALL : scope;
        due = due == null ? Due.ANY : due;
        sort = sort == null ? Sort.DUE : sort;
        search = search == null ? "" : search.strip();
        processKey = blankToNull(processKey);
        stageId = processKey == null ? null : blankToNull(stageId);
        processInstanceId = blankToNull(processInstanceId);
    }

    public static TaskFilter search(String search) {
        return DEFAULT.withSearch(search);
    }

    public TaskFilter withScope(Scope s) {
        return new TaskFilter(s, due, processKey, stageId, processInstanceId, sort, search);
    }

    public TaskFilter withDue(Due d) {
        return new TaskFilter(scope, d, processKey, stageId, processInstanceId, sort, search);
    }

    public TaskFilter withProcess(String key, String stage) {
        return new TaskFilter(scope, due, key, stage, processInstanceId, sort, search);
    }

    public TaskFilter withProcessInstance(String id) {
        return new TaskFilter(scope, due, processKey, stageId, id, sort, search);
    }

    public TaskFilter withSort(Sort s) {
        return new TaskFilter(scope, due, processKey, stageId, processInstanceId, s, search);
    }

    public TaskFilter withSearch(String text) {
        return new TaskFilter(scope, due, processKey, stageId, processInstanceId, sort, text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
