package vn.hoinghi.tasks;

import java.util.Map;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * Who may look at a task without working on it: besides those {@link TaskAccess} lets work on it, the principal
 * of its school and the officers of its school's body (the school's and the body's inbox views). And who may
 * read and write a process's own thread: its school and its body.
 */
@Service
public class FollowedTasks {

    /** A task as its page shows it; canWork is false for one only followed. */
    public record Followed(OpenTask task, boolean canWork, Long schoolId, Long bodyId) {
    }

    /** Where a process instance belongs. */
    public record Place(String processInstanceId, Long schoolId, Long bodyId) {
    }

    private final TaskAccess access;
    private final ManagementService management;
    private final HistoryService history;
    private final SchoolDirectory directory;

    FollowedTasks(TaskAccess access, ManagementService management, HistoryService history,
                  SchoolDirectory directory) {
        this.access = access;
        this.management = management;
        this.history = history;
        this.directory = directory;
    }

    /** The open task, for someone who may work on it or follow it; refused otherwise. */
    public Followed follow(String taskId) {
        AppUser user = CurrentUser.require();
        record Found(OpenTask task, Long school, Long body) {
        }
        Found found = management.executeCommand(ctx -> {
            TaskEntity task = CommandContextUtil.getTaskService(ctx).getTask(taskId);
            if (task == null) {
                return null;
            }
            String processKey = task.getProcessDefinitionId() == null ? null
                    : ProcessDefinitionUtil.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            return new Found(new OpenTask(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                    task.getFormKey(), task.getDueDate(), task.getAssignee(), task.getProcessInstanceId(), Map.of()),
                    asLong(task.getVariableLocal(TaskIndex.SCHOOL)), asLong(task.getVariableLocal(TaskIndex.BODY)));
        });
        if (found == null) {
            throw new BusinessRuleException("task.gone");
        }
        try {
            access.visibleTask(taskId);
            return new Followed(found.task(), true, found.school(), found.body());
        } catch (BusinessRuleException notTheirs) {
            if (follows(user, found.school(), found.body())) {
                return new Followed(found.task(), false, found.school(), found.body());
            }
            throw notTheirs;
        }
    }

    /** The process instance's school and body, for a person of that school or body; refused otherwise. */
    public Place place(String processInstanceId) {
        AppUser user = CurrentUser.require();
        Long school = null;
        Long body = null;
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).excludeTaskVariables().list()) {
            if ("schoolId".equals(v.getVariableName())) {
                school = asLong(v.getValue());
            } else if ("bodyId".equals(v.getVariableName())) {
                body = asLong(v.getValue());
            }
        }
        if (body == null && school != null) {
            body = directory.school(school).bodyId();
        }
        boolean allowed = school != null && user.worksAt(school) || body != null && user.supervises(body);
        if (!allowed) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return new Place(processInstanceId, school, body);
    }

    private static boolean follows(AppUser user, Long school, Long body) {
        return school != null && user.worksAt(school) && user.hasRole(Role.PRINCIPAL)
                || body != null && user.supervises(body) && user.hasRole(Role.SUPERVISOR);
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
