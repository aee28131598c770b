package vn.hoinghi.assembly;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What the plenary decided, and what became of the resolution. */
@Entity
public class PlenaryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    private String presidium;
    private String secretaries;
    private String discussionMinutes;
    private String resolutionText;
    private boolean resolutionAdopted;
    private LocalDate resolutionAdoptedOn;
    private boolean writtenBallot;
    private LocalDate resolutionSignedOn;
    private LocalDate resolutionSentOn;
    private LocalDate newsPostedOn;
    private String newsLink;
    /** Ban kiểm phiếu, elected at the session: they sign the ballot-count minutes. */
    private String countingCommittee;
    /** Quy chế làm việc as the plenary adopted it (the regulations draft, or the amended text put again). */
    private String rulesText;

    public PlenaryRecord() {
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

    public String getPresidium() {
        return presidium;
    }

    public void setPresidium(String presidium) {
        this.presidium = presidium;
    }

    public String getSecretaries() {
        return secretaries;
    }

    public void setSecretaries(String secretaries) {
        this.secretaries = secretaries;
    }

    public String getDiscussionMinutes() {
        return discussionMinutes;
    }

    public void setDiscussionMinutes(String discussionMinutes) {
        this.discussionMinutes = discussionMinutes;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public void setResolutionText(String resolutionText) {
        this.resolutionText = resolutionText;
    }

    public boolean isResolutionAdopted() {
        return resolutionAdopted;
    }

    public void setResolutionAdopted(boolean resolutionAdopted) {
        this.resolutionAdopted = resolutionAdopted;
    }

    public LocalDate getResolutionAdoptedOn() {
        return resolutionAdoptedOn;
    }

    public void setResolutionAdoptedOn(LocalDate resolutionAdoptedOn) {
        this.resolutionAdoptedOn = resolutionAdoptedOn;
    }

    public boolean isWrittenBallot() {
        return writtenBallot;
    }

    public void setWrittenBallot(boolean writtenBallot) {
        this.writtenBallot = writtenBallot;
    }

    public LocalDate getResolutionSignedOn() {
        return resolutionSignedOn;
    }

    public void setResolutionSignedOn(LocalDate resolutionSignedOn) {
        this.resolutionSignedOn = resolutionSignedOn;
    }

    public LocalDate getNewsPostedOn() {
        return newsPostedOn;
    }

    public String getNewsLink() {
        return newsLink;
    }

    void setNews(LocalDate postedOn, String link) {
        this.newsPostedOn = postedOn;
        this.newsLink = link;
    }

    public LocalDate getResolutionSentOn() {
        return resolutionSentOn;
    }

    public void setResolutionSentOn(LocalDate resolutionSentOn) {
        this.resolutionSentOn = resolutionSentOn;
    }

    public String getCountingCommittee() {
        return countingCommittee;
    }

    public void setCountingCommittee(String countingCommittee) {
        this.countingCommittee = countingCommittee;
    }

    public String getRulesText() {
        return rulesText;
    }

    public void setRulesText(String rulesText) {
        this.rulesText = rulesText;
    }
}
