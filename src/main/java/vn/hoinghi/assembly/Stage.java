package vn.hoinghi.assembly;

import java.util.Set;

/** The stages a person sees on the assembly page, with the BPMN tasks that make them up. */
public enum Stage {
    PREPARATORY(Set.of("preparatoryMeeting")),
    DRAFTING(Set.of("drafting", "draftRevision")),
    KEY_STAFF(Set.of("keyStaffMeeting")),
    GROUP_MEETINGS(Set.of("departmentMeeting")),
    FEEDBACK(Set.of("consolidateFeedback", "answerFeedback")),
    PLENARY(Set.of("plenaryCheckIn", "reconvenePlenary", "plenarySession", "boardElection", "writtenBallot")),
    BOARD(Set.of("recognizeBoard", "electBoardOfficers")),
    RESOLUTION(Set.of("finaliseResolution")),
    FILING(Set.of("fileDossier", "reviewDossier")),
    SIX_MONTH_REVIEW(Set.of("sixMonthReview")),
    CLOSED(Set.of());

    private final Set<String> taskKeys;

    Stage(Set<String> taskKeys) {
        this.taskKeys = taskKeys;
    }

    public Set<String> taskKeys() {
        return taskKeys;
    }

    public static Stage ofTask(String taskDefinitionKey) {
        for (Stage s : values()) {
            if (s.taskKeys.contains(taskDefinitionKey)) {
                return s;
            }
        }
        return null;
    }

    public String messageKey() {
        return "stage." + name();
    }
}
