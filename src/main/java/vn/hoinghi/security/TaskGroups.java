package vn.hoinghi.security;

/** Names of the Flowable candidate groups; one place so routing and the inbox agree. */
public final class TaskGroups {

    private TaskGroups() {
    }

    public static String school(long schoolId, Role role) {
        return "school:" + schoolId + ":" + role.name();
    }

    public static String department(long schoolId, long departmentId, Role role) {
        return "school:" + schoolId + ":dept:" + departmentId + ":" + role.name();
    }

    public static String supervisor(long bodyId) {
        return "body:" + bodyId + ":" + Role.SUPERVISOR.name();
    }
}
