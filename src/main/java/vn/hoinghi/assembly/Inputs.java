package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What each task's form hands to the services. The constraints on the rows are checked by the forms (Bean
 * Validation, with the services' message keys); the services check every rule again.
 */
public final class Inputs {

    private Inputs() {
    }

    public record DraftAssignment(@NotNull(message = "preparatory.assignmentIncomplete") DraftKind kind,
                                  @NotNull(message = "preparatory.assignmentIncomplete") Long authorId,
                                  @NotNull(message = "preparatory.assignmentIncomplete") LocalDate dueOn) {
    }

    public record Preparatory(LocalDate heldOn, Set<Long> attendeeIds, String organisingCommittee, String notes,
                              List<DraftAssignment> assignments) {
    }

    public record DraftReview(long draftId, boolean accepted, String comment) {
    }

    public record Candidate(@NotNull(message = "keyStaff.candidateUnknown") Long staffId, boolean consent,
                            LocalDate consentOn) {
    }

    public record KeyStaff(LocalDate heldOn, Set<Long> attendeeIds, boolean programmeApproved, String notes,
                           List<DraftReview> reviews, List<Candidate> candidates) {
    }

    public record TargetRow(@NotBlank(message = "department.targetIncomplete") String description,
                            @NotBlank(message = "department.targetIncomplete") String value) {
    }

    public record FeedbackRow(DraftKind draftKind, @NotBlank(message = "department.feedbackEmpty") String content) {
    }

    public record RegistrationRow(@NotNull(message = "department.registrationIncomplete") Long staffId,
                                  @NotBlank(message = "department.registrationIncomplete") String title) {
    }

    public record DepartmentMeeting(LocalDate heldOn, Set<Long> presentIds, String secretary, String resultsSummary,
                                    List<TargetRow> targets, List<FeedbackRow> feedback,
                                    List<RegistrationRow> registrations, String collectiveTitle) {
    }

    public record Answer(long itemId, AnswerMode mode, String text) {
    }

    public record CheckIn(LocalDate heldOn, Integer convened, Set<Long> presentIds) {
    }

    public record Reconvene(LocalDate newDate, String reason) {
    }

    public record VoteRow(@NotNull(message = "vote.incomplete") VoteSubject subject, String label,
                          @NotNull(message = "vote.incomplete") @Min(value = 0, message = "rule.negativeCount")
                          Integer votesFor,
                          @NotNull(message = "vote.incomplete") @Min(value = 0, message = "rule.negativeCount")
                          Integer against,
                          @NotNull(message = "vote.incomplete") @Min(value = 0, message = "rule.negativeCount")
                          Integer abstain) {
    }

    public record DiscussionRow(@NotBlank(message = "session.discussionIncomplete") String speaker,
                                @NotBlank(message = "session.discussionIncomplete") String question, String answer) {
    }

    /** The session's first count of every item; countingCommittee is Ban kiểm phiếu, rulesText the rules put. */
    public record Session(String presidium, String secretaries, String countingCommittee,
                          List<DiscussionRow> discussion, List<VoteRow> votes, String resolutionText,
                          String rulesText) {

        public Session(String presidium, String secretaries, List<DiscussionRow> discussion, List<VoteRow> votes,
                       String resolutionText) {
            this(presidium, secretaries, null, discussion, votes, resolutionText, null);
        }
    }

    /** An item that was not adopted, put again in the same sitting with an amended text. */
    public record Revote(Long voteId, String amendedText, Integer votesFor, Integer against, Integer abstain) {
    }

    /** The resolution was not adopted: the sitting continues on another day, back to the check-in. */
    public record Continuation(LocalDate continueOn, String reason) {
    }

    /**
     * One round of the board election. candidateIds are on this round's ballot (null: those the round is for:
     * every nominee, the tied, or the remaining); nominations are new candidates for seats still missing.
     */
    public record Election(List<Long> candidateIds, List<Candidate> nominations, Integer ballotsIssued,
                           Integer ballotsReceived, Integer ballotsValid, Integer ballotsInvalid,
                           Map<Long, Integer> votesByCandidate) {

        public Election(Integer ballotsIssued, Integer ballotsReceived, Integer ballotsValid, Integer ballotsInvalid,
                        Map<Long, Integer> votesByCandidate) {
            this(null, List.of(), ballotsIssued, ballotsReceived, ballotsValid, ballotsInvalid, votesByCandidate);
        }
    }

    public record WrittenBallot(LocalDate countedOn, Integer returned, Integer votesFor, Integer against,
                                Integer abstain, String resolutionText) {
    }

    public record Recognition(LocalDate recognizedOn) {
    }

    public record Officers(LocalDate heldOn, Long headId, Set<Long> deputyIds) {
    }

    /** capacity: the role the signed-in person signs the resolution in (issue 15). */
    public record Finalise(String finalText, vn.hoinghi.security.Role capacity, LocalDate signedOn, LocalDate sentOn) {
    }

    /** The date of filing is the server's: the day the union chair files (issue 15). */
    public record Filing(boolean resolution, boolean workingRules, boolean emulationRegistrations, String note) {
    }

    public record Review(boolean accept, String reason) {
    }

    public record SixMonth(LocalDate reviewedOn, String findings, boolean announcedToStaff) {
    }

    /** The news of the assembly on the school's website: the day it went up and its address. */
    public record NewsPost(LocalDate postedOn, String link) {
    }
}
