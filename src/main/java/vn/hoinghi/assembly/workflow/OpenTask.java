package vn.hoinghi.assembly.workflow;

import java.util.Date;

/** A task the signed-in person may work on, with the ids its form needs. */
public record OpenTask(String id, String name, String definitionKey, String formKey, long assemblyId, long schoolId,
                       Long draftId, Long departmentId, Date dueDate, String assignee, String processInstanceId) {
}
