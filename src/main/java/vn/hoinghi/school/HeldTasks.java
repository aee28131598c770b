package vn.hoinghi.school;

import java.util.List;

/**
 * Open tasks a person holds in a process of another module, so that before someone leaves the school the
 * administrator sees them and gives each a new holder. Implemented by the module that runs the process.
 */
public interface HeldTasks {

    /** One task held by name, with the people who may take it over (same school, the role it needs). */
    record HeldTask(String taskId, String name, String processLabel, List<StaffInfo> eligible) {
    }

    /** The open tasks assigned to the person by name. */
    List<HeldTask> heldBy(long schoolId, long staffId);

    /** Gives the task to another eligible person of its school, the reason kept in the audit trail. */
    void reassign(String taskId, long staffId, String reason);
}
