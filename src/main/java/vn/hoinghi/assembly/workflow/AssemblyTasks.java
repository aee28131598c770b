package vn.hoinghi.assembly.workflow;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.ProcessStep;
import vn.hoinghi.tasks.TaskAccess;

/** The assembly services' way to a task: the shared access check, by step, with the assembly's variables. */
@Service
public class AssemblyTasks {

    private final TaskAccess access;

    AssemblyTasks(TaskAccess access) {
        this.access = access;
    }

    /** The task, when the person may see it and it is one of these steps; refused otherwise. */
    public AssemblyTask open(String taskId, AssemblyStep... steps) {
        OpenTask task = access.open(taskId, List.of(steps), AssemblyVariables.TASK_VARIABLES);
        AssemblyStep step = ProcessStep.of(AssemblyStep.class, task)
                .orElseThrow(() -> new BusinessRuleException("task.wrongForm"));
        return AssemblyVariables.task(task, step);
    }

    /** Any assembly task the person may see, whichever its step. */
    public AssemblyTask open(String taskId) {
        return open(taskId, AssemblyStep.values());
    }

    /** Completes the task in the user's name (recorded as completedBy). */
    public void complete(AssemblyTask task, Map<String, Object> variables) {
        access.complete(task.id(), variables);
    }
}
