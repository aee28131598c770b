package vn.hoinghi.assembly;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A candidate for the People's Inspection Board; consent is required (Art. 60(2)). */
@Entity
public class BoardCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    private Long staffId;
    private boolean consent;
    private LocalDate consentOn;
    private Integer votes;
    private boolean elected;
    @Enumerated(EnumType.STRING)
    private BoardPosition boardPosition;

    public BoardCandidate() {
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

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }

    public Integer getVotes() {
        return votes;
    }

    public void setVotes(Integer votes) {
        this.votes = votes;
    }

    public boolean isElected() {
        return elected;
    }

    public void setElected(boolean elected) {
        this.elected = elected;
    }

    public BoardPosition getBoardPosition() {
        return boardPosition;
    }

    public void setBoardPosition(BoardPosition boardPosition) {
        this.boardPosition = boardPosition;
    }
}
