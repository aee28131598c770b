package vn.hoinghi.supervision;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.hoinghi.tasks.ProcessTasks;

/** The planned-date report for the inbox's process filter: one step, and one task per school. */
@Component
class PlannedDateTasks implements ProcessTasks {

    @Override
    public String processKey() {
        return PlannedDateStep.PROCESS_KEY;
    }

    @Override
    public String nameKey() {
        return "inbox.process.reportPlannedDate";
    }

    @Override
    public List<TaskStage> stages() {
        return List.of();
    }

    @Override
    public TaskDetail detail(String taskDefinitionKey, Function<String, Object> variables) {
        return null;
    }
}
