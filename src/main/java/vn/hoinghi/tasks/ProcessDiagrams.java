package vn.hoinghi.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.BusinessRuleException;

/**
 * A process instance as a picture: its BPMN model and, from the engine's history and runtime, which steps are
 * done, which are waiting and which of those are overdue, each waiting step with the task the person may open.
 * Only people of the instance's school and its body see it.
 */
@Service
@Transactional(readOnly = true)
public class ProcessDiagrams {

    public enum StepState { DONE, CURRENT, OVERDUE }

    /**
     * One marked step of the diagram.
     *
     * @param taskId the open task of this step the person may open (null for a step done, or none they may open)
     */
    public record StepMark(String activityId, StepState state, String taskId) {
    }

    /** A waiting task of the instance, for the list beside the picture. */
    public record WaitingTask(String taskId, String name, String activityId, LocalDateTime due, boolean overdue,
                              boolean mayOpen) {
    }

    public record Diagram(String processInstanceId, String bpmnXml, List<StepMark> steps, List<WaitingTask> waiting) {
    }

    private static final String FLOW = "sequenceFlow";

    private final FollowedTasks followed;
    private final HistoryService history;
    private final TaskService tasks;
    private final RepositoryService repository;

    ProcessDiagrams(FollowedTasks followed, HistoryService history, TaskService tasks, RepositoryService repository) {
        this.followed = followed;
        this.history = history;
        this.tasks = tasks;
        this.repository = repository;
    }

    public Diagram of(String processInstanceId) {
        followed.place(processInstanceId);
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new BusinessRuleException("error.notFound");
        }
        String xml;
        try (InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDateTime now = LocalDateTime.now(TaskInbox.VIETNAM);
        List<WaitingTask> waiting = new ArrayList<>();
        for (Task t : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc()
                .list()) {
            LocalDateTime due = t.getDueDate() == null ? null
                    : LocalDateTime.ofInstant(t.getDueDate().toInstant(), TaskInbox.VIETNAM);
            waiting.add(new WaitingTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), due,
                    due != null && due.isBefore(now), mayOpen(t.getId())));
        }
        Map<String, StepState> states = new LinkedHashMap<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (FLOW.equals(a.getActivityType())) {
                continue;
            }
            StepState state = a.getEndTime() == null ? StepState.CURRENT : StepState.DONE;
            states.merge(a.getActivityId(), state, (was, now2) -> was == StepState.CURRENT ? was : now2);
        }
        for (WaitingTask w : waiting) {
            states.put(w.activityId(), w.overdue() || states.get(w.activityId()) == StepState.OVERDUE
                    ? StepState.OVERDUE : StepState.CURRENT);
        }
        List<StepMark> steps = new ArrayList<>();
        states.forEach((activity, state) -> steps.add(new StepMark(activity, state, state == StepState.DONE ? null
                : waiting.stream().filter(w -> w.activityId().equals(activity) && w.mayOpen())
                        .sorted(Comparator.comparing(WaitingTask::overdue).reversed())
                        .map(WaitingTask::taskId).findFirst().orElse(null))));
        return new Diagram(processInstanceId, xml, List.copyOf(steps), List.copyOf(waiting));
    }

    /** The task page opens for whoever may work on the task or follow it. */
    private boolean mayOpen(String taskId) {
        try {
            followed.follow(taskId);
            return true;
        } catch (BusinessRuleException notForThem) {
            return false;
        }
    }
}
