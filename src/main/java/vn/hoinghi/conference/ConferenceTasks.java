package vn.hoinghi.conference;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.tasks.ProcessTasks;

/**
 * The conference's tasks in the inbox: its name for the process filter, and what tells apart the many tasks of
 * one step (each duty names its unit and duty, each bridge point and each school's nomination names its own).
 */
@Component
class ConferenceTasks implements ProcessTasks {

    private final AssignmentRepository assignments;
    private final BridgePointRepository bridgePoints;
    private final SchoolDirectory directory;

    ConferenceTasks(AssignmentRepository assignments, BridgePointRepository bridgePoints, SchoolDirectory directory) {
        this.assignments = assignments;
        this.bridgePoints = bridgePoints;
        this.directory = directory;
    }

    @Override
    public String processKey() {
        return ConferenceStep.PROCESS_KEY;
    }

    @Override
    public String nameKey() {
        return "inbox.process.yearEndConference";
    }

    @Override
    public List<TaskStage> stages() {
        return List.of();
    }

    @Override
    public TaskDetail detail(String taskDefinitionKey, Function<String, Object> variables) {
        if (ConferenceStep.UNIT_ASSIGNMENT.taskId().equals(taskDefinitionKey)
                && variables.apply(ConferenceProcess.ASSIGNMENT_ID) instanceof Number id) {
            return assignments.findById(id.longValue())
                    .map(a -> new TaskDetail("inbox.detail.duty", List.of(a.unit, a.duty))).orElse(null);
        }
        if (ConferenceStep.BRIDGE_POINT_READINESS.taskId().equals(taskDefinitionKey)
                && variables.apply(ConferenceProcess.BRIDGE_POINT_ID) instanceof Number id) {
            return bridgePoints.findById(id.longValue())
                    .map(b -> new TaskDetail("inbox.detail.bridgePoint", List.of(b.name))).orElse(null);
        }
        if ((ConferenceStep.NOMINATE_CANDIDATES.taskId().equals(taskDefinitionKey)
                || ConferenceStep.LATE_NOMINATION.taskId().equals(taskDefinitionKey))
                && variables.apply(ConferenceProcess.SCHOOL_ID) instanceof Number school) {
            return new TaskDetail("inbox.detail.school", List.of(directory.school(school.longValue()).name()));
        }
        return null;
    }
}
