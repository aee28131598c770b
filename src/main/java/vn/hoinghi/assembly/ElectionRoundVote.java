package vn.hoinghi.assembly;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One candidate's votes in one round of the board election. */
@Entity
public class ElectionRoundVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    private Long staffId;
    private int votes;
    private boolean elected;
    private boolean tied;

    public ElectionRoundVote() {
        // for JPA and for the services that fill it
    }

    ElectionRoundVote(long roundId, long staffId, int votes, boolean elected, boolean tied) {
        this.roundId = roundId;
        this.staffId = staffId;
        this.votes = votes;
        this.elected = elected;
        this.tied = tied;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public int getVotes() {
        return votes;
    }

    public boolean isElected() {
        return elected;
    }

    public boolean isTied() {
        return tied;
    }
}
