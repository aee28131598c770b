package vn.hoinghi.assembly;

import java.util.Arrays;
import java.util.Optional;

import vn.hoinghi.tasks.ProcessStep;

/**
 * The user tasks of bpmn/staff-assembly.bpmn20.xml, one constant each: its BPMN id, its form key and the stage
 * it belongs to. BpmnModelTest checks that the BPMN and this enum name the same tasks.
 */
public enum AssemblyStep implements ProcessStep {
    PREPARATORY_MEETING("preparatoryMeeting", "preparatory-meeting", Stage.PREPARATORY),
    DRAFTING("drafting", "draft", Stage.DRAFTING),
    DRAFT_REVISION("draftRevision", "draft", Stage.DRAFTING),
    KEY_STAFF_MEETING("keyStaffMeeting", "key-staff-meeting", Stage.KEY_STAFF),
    DEPARTMENT_MEETING("departmentMeeting", "department-meeting", Stage.GROUP_MEETINGS),
    CONSOLIDATE_FEEDBACK("consolidateFeedback", "consolidate-feedback", Stage.FEEDBACK),
    ANSWER_FEEDBACK("answerFeedback", "answer-feedback", Stage.FEEDBACK),
    PLENARY_CHECK_IN("plenaryCheckIn", "plenary-check-in", Stage.PLENARY),
    RECONVENE_PLENARY("reconvenePlenary", "reconvene", Stage.PLENARY),
    PLENARY_SESSION("plenarySession", "plenary-session", Stage.PLENARY),
    WRITTEN_BALLOT("writtenBallot", "written-ballot", Stage.PLENARY),
    SCHEDULE_CONTINUATION("scheduleContinuation", "continuation", Stage.PLENARY),
    BOARD_ELECTION("boardElection", "board-election", Stage.PLENARY),
    RECOGNIZE_BOARD("recognizeBoard", "recognize-board", Stage.BOARD),
    ELECT_BOARD_OFFICERS("electBoardOfficers", "board-officers", Stage.BOARD),
    FINALISE_RESOLUTION("finaliseResolution", "finalise-resolution", Stage.RESOLUTION),
    FILE_DOSSIER("fileDossier", "file-dossier", Stage.FILING),
    REVIEW_DOSSIER("reviewDossier", "review-dossier", Stage.FILING),
    SIX_MONTH_REVIEW("sixMonthReview", "six-month-review", Stage.SIX_MONTH_REVIEW),
    /** The school's practice: the news of the assembly on its website within N days; a duty nothing waits for. */
    NEWS_POST("postNews", "news-post", Stage.RESOLUTION);

    /** The BPMN process id of staff-assembly.bpmn20.xml. */
    public static final String PROCESS_KEY = "staffAssembly";

    private final String taskId;
    private final String formKey;
    private final Stage stage;

    AssemblyStep(String taskId, String formKey, Stage stage) {
        this.taskId = taskId;
        this.formKey = formKey;
        this.stage = stage;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String taskId() {
        return taskId;
    }

    @Override
    public String formKey() {
        return formKey;
    }

    public Stage stage() {
        return stage;
    }

    /** The step of a task of this process by its BPMN id (Flowable's task definition key). */
    public static Optional<AssemblyStep> ofTask(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(s -> s.taskId.equals(taskDefinitionKey)).findFirst();
    }
}
