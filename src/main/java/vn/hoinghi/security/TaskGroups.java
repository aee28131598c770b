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

    /** The leader and deputy leaders of a body: they approve its plans and sign its documents. */
    public static String bodyLeaders(long bodyId) {
        return "body:" + bodyId + ":LEADERS";
    }

    /** The body's emulation office (bộ phận thi đua – khen thưởng). */
    public static String bodyEmulation(long bodyId) {
        return "body:" + bodyId + ":" + BodyRole.EMULATION_OFFICE.name();
    }

    /** Everyone in one office or unit of a body. */
    public static String bodyUnit(long bodyId, long unitId) {
        return "body:" + bodyId + ":unit:" + unitId;
    }

    /** What a school's group stands for: the role, and the department for a department's group. */
    public record SchoolGroup(long schoolId, Long departmentId, Role role) {
    }

    /** The school group a name stands for, or null for a body's group or a name of another form. */
    public static SchoolGroup parse(String group) {
        String[] p = group == null ? new String[0] : group.split(":");
        try {
            if (p.length == 3 && p[0].equals("school")) {
                return new SchoolGroup(Long.parseLong(p[1]), null, Role.valueOf(p[2]));
            }
            if (p.length == 5 && p[0].equals("school") && p[2].equals("dept")) {
                return new SchoolGroup(Long.parseLong(p[1]), Long.parseLong(p[3]), Role.valueOf(p[4]));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
