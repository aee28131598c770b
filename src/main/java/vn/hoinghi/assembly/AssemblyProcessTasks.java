package vn.hoinghi.assembly;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.tasks.ProcessTasks;

/** The assembly's stages for the inbox filters; drafts and department meetings name their draft or department. */
@Component
class AssemblyProcessTasks implements ProcessTasks {

    private final DraftRepository drafts;
    private final SchoolDirectory directory;

    AssemblyProcessTasks(DraftRepository drafts, SchoolDirectory directory) {
        this.drafts = drafts;
        this.directory = directory;
    }

    @Override
    public String processKey() {
        return AssemblyStep.PROCESS_KEY;
    }

    @Override
    public String nameKey() {
        return "inbox.process.staffAssembly";
    }

    @Override
    public List<TaskStage> stages() {
        return Arrays.stream(Stage.values()).filter(s -> !s.steps().isEmpty())
                .map(s -> new TaskStage(s.name(), s.messageKey(),
                        Arrays.stream(AssemblyStep.values()).filter(step -> step.stage() == s)
                                .map(AssemblyStep::taskId).toList()))
                .toList();
    }

    /** The filing task made again after the body returned the dossier. */
    @Override
    public boolean returned(String taskDefinitionKey, Function<String, Object> variables) {
        return AssemblyStep.FILE_DOSSIER.taskId().equals(taskDefinitionKey)
                && Boolean.FALSE.equals(variables.apply("dossierAccepted"));
    }

    @Override
    public TaskDetail detail(String taskDefinitionKey, Function<String, Object> variables) {
        AssemblyStep step = AssemblyStep.ofTask(taskDefinitionKey).orElse(null);
        if (step == null) {
            return null;
        }
        return switch (step) {
            case DRAFTING, DRAFT_REVISION -> variables.apply("draftId") instanceof Number id
                    ? drafts.findById(id.longValue())
                    .map(d -> new TaskDetail("inbox.detail.draft", List.of("#" + d.getKind().messageKey())))
                    .orElse(null)
                    : null;
            case DEPARTMENT_MEETING -> variables.apply("departmentId") instanceof Number dept
                    && variables.apply("schoolId") instanceof Number school
                    ? directory.departments(school.longValue()).stream().filter(d -> d.id() == dept.longValue())
                    .findFirst().map(DepartmentInfo::name)
                    .map(name -> new TaskDetail("inbox.detail.department", List.of(name))).orElse(null)
                    : null;
            default -> null;
        };
    }
}
