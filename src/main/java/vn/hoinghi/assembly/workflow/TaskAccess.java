package vn.hoinghi.assembly.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
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
    private final ManagementService management;

    TaskAccess(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        this.management = management;
    }

    /** What one look at a task found: the task (when it may be seen), its routing variables, or why not. */
    private record Lookup(TaskEntity task, Map<String, Object> variables, String refusal) {
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
        Lookup found = lookUp(taskId, expectedFormKey, true);
        TaskEntity task = found.task();
        Map<String, Object> vars = found.variables();
        return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(),
                (Long) vars.get(AssemblyVariables.ASSEMBLY_ID), (Long) vars.get(AssemblyVariables.SCHOOL_ID),
                (Long) vars.get(AssemblyVariables.DRAFT_ID), (Long) vars.get(AssemblyVariables.DEPARTMENT_ID),
                task.getDueDate(), task.getAssignee(), task.getProcessInstanceId());
    }

    public OpenTask open(String taskId) {
        return open(taskId, null);
    }

    /** A task of any process that the person may see, with its name and form key; refused otherwise. */
    public Task visibleTask(String taskId) {
        return lookUp(taskId, null, false).task();
    }

    /**
     * The same rule as {@link #visibleTo}, checked on the one task in a single engine command (the task by id,
     * its candidate groups and, when asked, its routing variables): it runs twice for every task a person
     * completes, once for the form and once on submit.
     */
    private Lookup lookUp(String taskId, String expectedFormKey, boolean withVariables) {
        AppUser user = CurrentUser.require();
        Set<String> groups = new HashSet<>(user.taskGroups());
        Lookup found = management.executeCommand(ctx -> {
            TaskEntity task = CommandContextUtil.getTaskService(ctx).getTask(taskId);
            if (task == null) {
                return new Lookup(null, null, "task.gone");
            }
            boolean visible = user.getUsername().equals(task.getAssignee()) || task.getAssignee() == null
                    && task.getIdentityLinks().stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                    && l.getGroupId() != null && groups.contains(l.getGroupId()));
            if (!visible) {
                return new Lookup(null, null, "task.notYours");
            }
            // checked before reading the assembly's variables: a task of another process has none
            if (expectedFormKey != null && !expectedFormKey.equals(task.getFormKey())) {
                return new Lookup(null, null, "task.wrongForm");
            }
            Map<String, Object> vars = withVariables && task.getExecutionId() != null
                    ? CommandContextUtil.getExecutionEntityManager(ctx).findById(task.getExecutionId())
                    .getVariables(ROUTING_VARIABLES)
                    : Map.of();
            return new Lookup(task, vars, null);
        });
        if (found.refusal() != null) {
            throw new BusinessRuleException(found.refusal());
        }
        return found;
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
