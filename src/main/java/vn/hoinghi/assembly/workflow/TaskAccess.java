package vn.hoinghi.assembly.workflow;

import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The one check before anyone sees or completes a task: it must be assigned to them, or offered to a
 * group they belong to. Groups carry the school's (or body's) id, so this also keeps schools apart.
 */
@Component
public class TaskAccess {

    private static final List<String> ROUTING_VARIABLES = List.of(AssemblyVariables.ASSEMBLY_ID,
            AssemblyVariables.SCHOOL_ID, AssemblyVariables.DRAFT_ID, AssemblyVariables.DEPARTMENT_ID);

    private final TaskService tasks;
    private final RuntimeService runtime;

    TaskAccess(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Tasks assigned to the user or offered to their groups and not yet claimed by someone else. */
    public static TaskQuery visibleTo(TaskService tasks, AppUser user) {
        List<String> groups = user.taskGroups();
        TaskQuery q = tasks.createTaskQuery();
        if (groups.isEmpty()) {
            return q.taskAssignee(user.getUsername());
        }
        return q.or().taskAssignee(user.getUsername()).taskCandidateGroupIn(groups).endOr();
    }

    public OpenTask open(String taskId, String expectedFormKey) {
        Task task = visibleTask(taskId);
        // checked before reading the assembly's variables: a task of another process has none
        if (expectedFormKey != null && !expectedFormKey.equals(task.getFormKey())) {
            throw new BusinessRuleException("task.wrongForm");
        }
        return open(task);
    }

    public OpenTask open(String taskId) {
        return open(visibleTask(taskId));
    }

    private OpenTask open(Task task) {
        Map<String, Object> vars = runtime.getVariables(task.getExecutionId(), ROUTING_VARIABLES);
        return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                (Long) vars.get(AssemblyVariables.ASSEMBLY_ID), (Long) vars.get(AssemblyVariables.SCHOOL_ID),
                (Long) vars.get(AssemblyVariables.DRAFT_ID), (Long) vars.get(AssemblyVariables.DEPARTMENT_ID),
                task.getDueDate(), task.getAssignee(), task.getProcessInstanceId());
    }

    /** A task of any process that the person may see, with its name and form key; refused otherwise. */
    public Task visibleTask(String taskId) {
        AppUser user = CurrentUser.require();
        Task task = visibleTo(tasks, user).taskId(taskId).singleResult();
        if (task == null) {
            boolean exists = tasks.createTaskQuery().taskId(taskId).count() > 0;
            throw new BusinessRuleException(exists ? "task.notYours" : "task.gone");
        }
        return task;
    }

    /** Completes the task in the user's name (recorded as completedBy), in one engine command. */
    public void complete(OpenTask task, Map<String, Object> variables) {
        tasks.complete(task.id(), CurrentUser.require().getUsername(), variables);
    }

    public void claim(String taskId) {
        Task task = visibleTask(taskId);
        if (task.getAssignee() == null) {
            tasks.claim(taskId, CurrentUser.require().getUsername());
        }
    }

    /** Gives a claimed task back to its groups; a task assigned by name cannot be released. */
    public void release(String taskId) {
        Task task = visibleTask(taskId);
        boolean offeredToGroups = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(l -> l.getGroupId() != null);
        if (!offeredToGroups) {
            throw new BusinessRuleException("task.cannotRelease");
        }
        if (task.getAssignee() != null) {
            tasks.unclaim(taskId);
        }
    }
}
