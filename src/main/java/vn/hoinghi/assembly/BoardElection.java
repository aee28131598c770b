package vn.hoinghi.assembly;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The ballot count of the inspection-board election and its recognition. */
@Entity
public class BoardElection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    private int seats;
    private int attending;
    private int ballotsIssued;
    private int ballotsReceived;
    private int ballotsValid;
    private int ballotsInvalid;
    private LocalDate heldOn;
    private LocalDate recognitionDue;
    private LocalDate recognizedOn;
    private String recognizedBy;
    /** Why the recognition came after its 5-working-day deadline; null when in time. */
    private String recognitionLateReason;
    private LocalDate officersElectedOn;

    public BoardElection() {
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

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
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

    public LocalDate getRecognitionDue() {
        return recognitionDue;
    }

    public void setRecognitionDue(LocalDate recognitionDue) {
        this.recognitionDue = recognitionDue;
    }

    public LocalDate getRecognizedOn() {
        return recognizedOn;
    }

    public void setRecognizedOn(LocalDate recognizedOn) {
        this.recognizedOn = recognizedOn;
    }

    public String getRecognizedBy() {
        return recognizedBy;
    }

    public String getRecognitionLateReason() {
        return recognitionLateReason;
    }

    public boolean isRecognitionLate() {
        return recognizedOn != null && recognizedOn.isAfter(getRecognitionDue());
    }

    public void setRecognitionLateReason(String recognitionLateReason) {
        this.recognitionLateReason = recognitionLateReason;
    }

    public void setRecognizedBy(String recognizedBy) {
        this.recognizedBy = recognizedBy;
    }

    public LocalDate getOfficersElectedOn() {
        return officersElectedOn;
    }

    public void setOfficersElectedOn(LocalDate officersElectedOn) {
        this.officersElectedOn = officersElectedOn;
    }
}
