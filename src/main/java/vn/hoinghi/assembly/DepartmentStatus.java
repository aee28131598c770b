package vn.hoinghi.assembly;

/** How a department takes part in an assembly's group meetings. */
public enum DepartmentStatus {
    /** Active at the key-staff meeting: its meeting task was created then. */
    CONVENED,
    /** Added after the key-staff meeting with its own meeting task. */
    ADDED,
    /** Added or closed after the key-staff meeting and left out explicitly, with the reason. */
    LEFT_OUT;

    public boolean counted() {
        return this != LEFT_OUT;
    }

    public String messageKey() {
        return "departmentStatus." + name();
    }
}
