package vn.hoinghi.assembly.workflow;

import java.util.Date;

import vn.hoinghi.assembly.AssemblyStep;

/** An assembly task the signed-in person may work on, with its step and the ids its form needs. */
public record AssemblyTask(String id, String name, AssemblyStep step, long assemblyId, long schoolId,
                           Long draftId, Long departmentId, Date dueDate, String assignee, String processInstanceId) {
}
