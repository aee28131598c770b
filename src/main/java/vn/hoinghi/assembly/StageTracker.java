package vn.hoinghi.assembly;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Keeps Assembly.stage in step with the process: the earliest stage that still has an open task. */
@Component
class StageTracker {

    private final TaskService tasks;
    private final RuntimeService runtime;

    StageTracker(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    void refresh(Assembly assembly) {
        if (assembly.isCancelled()) {
            return;
        }
        String pid = assembly.getProcessInstanceId();
        List<Task> open = tasks.createTaskQuery().processInstanceId(pid).list();
        // no open task: either the process waits on a timer (the six-month review) or it has ended
        // closed once the reviews ended, even while the news post is still open
        if (assembly.getStage() == Stage.CLOSED
                && open.stream().allMatch(t -> AssemblyStep.NEWS_POST.taskId().equals(t.getTaskDefinitionKey()))) {
            return;
        }
        if (open.isEmpty() && runtime.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
            assembly.setStage(Stage.CLOSED);
            return;
        }
        Stage stage = open.stream()
                // the news post is a side duty: the assembly goes on without waiting for it
                .filter(t -> !AssemblyStep.NEWS_POST.taskId().equals(t.getTaskDefinitionKey()))
                .map(t -> Stage.ofTask(t.getTaskDefinitionKey())).filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(Stage.SIX_MONTH_REVIEW);
        assembly.setStage(stage);
    }
}
