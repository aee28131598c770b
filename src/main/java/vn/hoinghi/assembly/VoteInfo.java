package vn.hoinghi.assembly;

import java.time.LocalDateTime;

/** One vote counted at the plenary: on what, out of how many, the counts, and whether it passed. */
public record VoteInfo(VoteSubject subject, String label, int baseCount, int votesFor, int votesAgainst,
                       int abstentions, boolean passed, LocalDateTime recordedAt, int sitting, int round,
                       String votedText) {

    static VoteInfo of(Vote v) {
        return new VoteInfo(v.getSubject(), v.getLabel(), v.getBaseCount(), v.getVotesFor(), v.getVotesAgainst(),
                v.getAbstentions(), v.isPassed(), v.getRecordedAt(), v.getSitting(), v.getRound(), v.getVotedText());
    }
}
