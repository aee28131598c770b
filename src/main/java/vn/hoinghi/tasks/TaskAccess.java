package vn.hoinghi.tasks;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The one check before anyone sees or completes a task, of any process: it must be assigned to them, or offered
 * to a group they belong to. Groups carry the school's (or body's) id, so this also keeps schools apart.
 */
@Component
public class TaskAccess {

    /** The variables by which every process says whose it is: a school's, or a body's own. */
    public static final String SCHOOL_ID = "schoolId";
    public static final String BODY_ID = "bodyId";
    private static final List<String> OWNER = List.of(SCHOOL_ID, BODY_ID);

    private final TaskService tasks;
    private final ManagementService management;
    private final AuditTrail audit;
    private final TaskDraftRepository drafts;

    TaskAccess(TaskService tasks, ManagementService management, AuditTrail audit, TaskDraftRepository drafts) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.management = management;
        this.audit = audit;
    }

    /** What one look at a task found: the task (when it may be seen), or why not. */
    private record Lookup(OpenTask task, String refusal) {
    }

    /**
     * Tasks assigned to the user or offered to their groups and not yet claimed by someone else: the rule in
     * Flowable's own terms. The inbox's ALL view runs the same rule as a native query (TaskInbox.visible), and
     * InboxQueryIT holds the two equal.
     */
    public static TaskQuery visibleTo(TaskService tasks, AppUser user) {
        List<String> groups = user.taskGroups();
        TaskQuery q = tasks.createTaskQuery();
        if (groups.isEmpty()) {
            return q.taskAssignee(user.getUsername());
        }
        return q.or().taskAssignee(user.getUsername()).taskCandidateGroupIn(groups).endOr();
    }

    /**
     * The task, when the person may see it and it is one of the expected steps, with the named process
     * variables; refused otherwise.
     */
    public OpenTask open(String taskId, Collection<? extends ProcessStep> expected, Collection<String> variables) {
        return lookUp(taskId, expected, variables);
    }

    /** A task of any process that the person may see, without its variables; refused otherwise. */
    public OpenTask visibleTask(String taskId) {
        return lookUp(taskId, null, List.of());
    }

    /**
     * The same rule as {@link #visibleTo}, checked on the one task in a single engine command (the task by id,
     * its candidate groups and, when asked, its variables): it runs twice for every task a person completes,
     * once for the form and once on submit.
     */
    private OpenTask lookUp(String taskId, Collection<? extends ProcessStep> expected, Collection<String> names) {
        AppUser user = CurrentUser.require();
        Set<String> groups = new HashSet<>(user.taskGroups());
        Lookup found = management.executeCommand(ctx -> {
            TaskEntity task = CommandContextUtil.getTaskService(ctx).getTask(taskId);
            if (task == null) {
                return new Lookup(null, "task.gone");
            }
            if (!visible(user.getUsername(), groups, task)) {
                // offered to my role but a colleague took it first: say so, rather than "not yours"
                return new Lookup(null, offeredToMe(groups, task) ? "task.takenByColleague" : "task.notYours");
            }
            String processKey = task.getProcessDefinitionId() == null ? null
                    : ProcessDefinitionUtil.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            OpenTask bare = new OpenTask(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                    task.getFormKey(), task.getDueDate(), task.getAssignee(), task.getProcessInstanceId(), Map.of());
            // checked before reading the variables: a task of another process has other ones
            if (expected != null && expected.stream().noneMatch(s -> s.matches(bare))) {
                return new Lookup(null, "task.wrongForm");
            }
            if (names.isEmpty() || task.getExecutionId() == null) {
                return new Lookup(bare, null);
            }
            Map<String, Object> vars = CommandContextUtil.getExecutionEntityManager(ctx)
                    .findById(task.getExecutionId()).getVariables(names);
            return new Lookup(new OpenTask(bare.id(), bare.name(), bare.processKey(), bare.definitionKey(),
                    bare.formKey(), bare.dueDate(), bare.assignee(), bare.processInstanceId(), java.util.Collections.unmodifiableMap(new java.util.HashMap<>(vars))),
                    null);
        });
        if (found.refusal() != null) {
            throw new BusinessRuleException(found.refusal());
        }
        return found.task();
    }

    /**
     * Completes the task in the user's name (recorded as completedBy and in the audit trail). The task and its
     * owner are read in the same engine command as the completion, so the lookup costs no extra round trip.
     */
    public void complete(String taskId, Map<String, Object> variables) {
        AppUser person = CurrentUser.require();
        String user = person.getUsername();
        Set<String> groups = new HashSet<>(person.taskGroups());
        OpenTask done = management.executeCommand(ctx -> {
            TaskEntity task = CommandContextUtil.getTaskService(ctx).getTask(taskId);
            // checked again here, not only when the form was opened: a public method must not complete a task
            // of someone else for whoever holds its id (the access matrix found AssemblyTasks.complete open)
            if (task != null && !visible(user, groups, task)) {
                throw new BusinessRuleException("task.notYours");
            }
            OpenTask found = task == null ? null : withOwner(ctx, task);
            tasks.complete(taskId, user, variables);
            return found;
        });
        record(done, AuditAction.TASK_COMPLETED, null);
        // a draft saved half-filled is of no use once the task is done
        drafts.deleteById(taskId);
    }

    /** Assigned to the person, or offered to one of their groups and taken by nobody. */
    private static boolean visible(String username, Set<String> groups, TaskEntity task) {
        return username.equals(task.getAssignee()) || task.getAssignee() == null && offeredToMe(groups, task);
    }

    private static boolean offeredToMe(Set<String> groups, TaskEntity task) {
        return task.getIdentityLinks().stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                && l.getGroupId() != null && groups.contains(l.getGroupId()));
    }

    public void claim(String taskId) {
        OpenTask task = lookUp(taskId, null, OWNER);
        if (task.assignee() == null) {
            tasks.claim(taskId, CurrentUser.require().getUsername());
            record(task, AuditAction.TASK_CLAIMED, null);
        }
    }

    /**
     * Writes a line of the task's history: under the school (or body) its process instance names; a task of a
     * process without an owner leaves none.
     */
    public void record(OpenTask task, AuditAction action, String detail) {
        if (task == null || task.processInstanceId() == null) {
            return;
        }
        Long school = asLong(task.variables().get(SCHOOL_ID));
        Long body = asLong(task.variables().get(BODY_ID));
        if (school == null && body == null) {
            return;
        }
        audit.recordTask(AuditSubject.process(task.processInstanceId(), school, body), action, task.id(), task.name(),
                detail);
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static OpenTask withOwner(org.flowable.common.engine.impl.interceptor.CommandContext ctx, TaskEntity task) {
        Map<String, Object> vars = task.getExecutionId() == null ? Map.of()
                : CommandContextUtil.getExecutionEntityManager(ctx).findById(task.getExecutionId()).getVariables(OWNER);
        return new OpenTask(task.getId(), task.getName(), null, task.getTaskDefinitionKey(), task.getFormKey(),
                task.getDueDate(), task.getAssignee(), task.getProcessInstanceId(), new java.util.HashMap<>(vars));
    }

    /** Gives a claimed task back to its groups; a task assigned by name cannot be released. */
    public void release(String taskId) {
        OpenTask task = lookUp(taskId, null, OWNER);
        boolean offeredToGroups = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(l -> l.getGroupId() != null);
        if (!offeredToGroups) {
            throw new BusinessRuleException("task.cannotRelease");
        }
        if (task.assignee() != null) {
            tasks.unclaim(taskId);
            record(task, AuditAction.TASK_RELEASED, null);
        }
    }
}
