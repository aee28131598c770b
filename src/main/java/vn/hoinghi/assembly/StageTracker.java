package vn.hoinghi.assembly;

import java.util.Comparator;
import java.util.Objects;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
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
        String pid = assembly.getProcessInstanceId();
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0;
        if (!running) {
            assembly.setStage(Stage.CLOSED);
            return;
        }
        Stage stage = tasks.createTaskQuery().processInstanceId(pid).list().stream()
                .map(t -> Stage.ofTask(t.getTaskDefinitionKey())).filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(Stage.SIX_MONTH_REVIEW);
        assembly.setStage(stage);
    }
}
