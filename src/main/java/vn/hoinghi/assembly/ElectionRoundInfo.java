package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.util.List;

/** One round of the board's election: its ballots, the seats it was for, each candidate's votes, what it led to. */
public record ElectionRoundInfo(int round, int seatsOpen, int attending, int ballotsIssued, int ballotsReceived,
                                int ballotsValid, int ballotsInvalid, LocalDate heldOn, ElectionRound.Outcome outcome,
                                List<PlenaryService.RoundVoteView> votes) {

    static ElectionRoundInfo of(PlenaryService.RoundView view) {
        ElectionRound r = view.round();
        return new ElectionRoundInfo(r.getRound(), r.getSeatsOpen(), r.getAttending(), r.getBallotsIssued(),
                r.getBallotsReceived(), r.getBallotsValid(), r.getBallotsInvalid(), r.getHeldOn(), r.getOutcome(),
                view.votes());
    }
}
