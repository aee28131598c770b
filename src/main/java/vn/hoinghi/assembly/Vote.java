package vn.hoinghi.assembly;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The counts of one decision; base is those attending (or all staff for a written ballot). */
@Entity
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    @Enumerated(EnumType.STRING)
    private VoteSubject subject;
    private String label;
    private int baseCount;
    private int votesFor;
    private int votesAgainst;
    private int abstentions;
    private boolean passed;
    private LocalDateTime recordedAt;
    /** Which sitting of the plenary (a continuation is the next), and which round of this item in it. */
    private int sitting = 1;
    @jakarta.persistence.Column(name = "round_no")
    private int round = 1;
    /** The text put to this round: the resolution's, or an amended text put to a new vote. */
    private String votedText;

    public Vote() {
        // for JPA and for the services that fill it
    }

    public Long getId() {
        return id;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public void setAssemblyId(Long assemblyId) {
        this.assemblyId = assemblyId;
    }

    public VoteSubject getSubject() {
        return subject;
    }

    public void setSubject(VoteSubject subject) {
        this.subject = subject;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getBaseCount() {
        return baseCount;
    }

    public void setBaseCount(int baseCount) {
        this.baseCount = baseCount;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(int votesFor) {
        this.votesFor = votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(int votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public int getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(int abstentions) {
        this.abstentions = abstentions;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }

    public int getSitting() {
        return sitting;
    }

    public void setSitting(int sitting) {
        this.sitting = sitting;
    }

    public int getRound() {
        return round;
    }

    public void setRound(int round) {
        this.round = round;
    }

    public String getVotedText() {
        return votedText;
    }

    public void setVotedText(String votedText) {
        this.votedText = votedText;
    }

    /** Rounds of the same item share this key: the subject, and for "other" its label. */
    public String itemKey() {
        return subject == VoteSubject.OTHER ? subject + "|" + (label == null ? "" : label) : subject.name();
    }
}
