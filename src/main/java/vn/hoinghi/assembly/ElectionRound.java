package vn.hoinghi.assembly;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One round of the inspection-board election: its ballots, the seats it was for, and what it led to. */
@Entity
public class ElectionRound {

    /** What a round led to: the board is complete, or a further round (the tied only, or the missing seats). */
    public enum Outcome {
        COMPLETE, TIE, TOO_FEW;

        public String messageKey() {
            return "electionOutcome." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    @Column(name = "round_no")
    private int round;
    private int seatsOpen;
    private int attending;
    private int ballotsIssued;
    private int ballotsReceived;
    private int ballotsValid;
    private int ballotsInvalid;
    private LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    public ElectionRound() {
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

    public int getRound() {
        return round;
    }

    public void setRound(int round) {
        this.round = round;
    }

    public int getSeatsOpen() {
        return seatsOpen;
    }

    public void setSeatsOpen(int seatsOpen) {
        this.seatsOpen = seatsOpen;
    }

    public int getAttending() {
        return attending;
    }

    public void setAttending(int attending) {
        this.attending = attending;
    }

    public int getBallotsIssued() {
        return ballotsIssued;
    }

    public void setBallotsIssued(int ballotsIssued) {
        this.ballotsIssued = ballotsIssued;
    }

    public int getBallotsReceived() {
        return ballotsReceived;
    }

    public void setBallotsReceived(int ballotsReceived) {
        this.ballotsReceived = ballotsReceived;
    }

    public int getBallotsValid() {
        return ballotsValid;
    }

    public void setBallotsValid(int ballotsValid) {
        this.ballotsValid = ballotsValid;
    }

    public int getBallotsInvalid() {
        return ballotsInvalid;
    }

    public void setBallotsInvalid(int ballotsInvalid) {
        this.ballotsInvalid = ballotsInvalid;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }
}
