package vn.hoinghi.assembly;

import java.time.LocalDate;

/** What the plenary recorded: its presidium and secretaries, the resolution and its dates. */
public record PlenaryInfo(String presidium, String secretaries, String discussionMinutes, String resolutionText,
                          boolean resolutionAdopted, LocalDate resolutionAdoptedOn, boolean writtenBallot,
                          LocalDate resolutionSignedOn, LocalDate resolutionSentOn, String countingCommittee,
                          String rulesText, LocalDate newsPostedOn, String newsLink) {

    static PlenaryInfo of(PlenaryRecord r) {
        return new PlenaryInfo(r.getPresidium(), r.getSecretaries(), r.getDiscussionMinutes(), r.getResolutionText(),
                r.isResolutionAdopted(), r.getResolutionAdoptedOn(), r.isWrittenBallot(), r.getResolutionSignedOn(),
                r.getResolutionSentOn(), r.getCountingCommittee(), r.getRulesText(),
                r.getNewsPostedOn(), r.getNewsLink());
    }
}
