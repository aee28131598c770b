package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A meeting held during the assembly: preparatory, key-staff, a department's, or the plenary. */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private Long departmentId;
    private int convocation;
    private LocalDate heldOn;
    private int convened;
    private int present;
    private Boolean quorumReached;
    private String resultsSummary;
    private String notes;
    private String recordedBy;
    private LocalDateTime recordedAt;
    /** The plenary's sitting this convocation belongs to; a continuation session is the next sitting. */
    private int sitting = 1;
    /** Set when this sitting ended without adopting the resolution: the date it continues on, and why. */
    private LocalDate continuedOn;
    private String continuationReason;

    public Meeting() {
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public int getConvocation() {
        return convocation;
    }

    public void setConvocation(int convocation) {
        this.convocation = convocation;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public int getConvened() {
        return convened;
    }

    public void setConvened(int convened) {
        this.convened = convened;
    }

    public int getPresent() {
        return present;
    }

    public void setPresent(int present) {
        this.present = present;
    }

    public Boolean getQuorumReached() {
        return quorumReached;
    }

    public void setQuorumReached(Boolean quorumReached) {
        this.quorumReached = quorumReached;
    }

    public String getResultsSummary() {
        return resultsSummary;
    }

    public void setResultsSummary(String resultsSummary) {
        this.resultsSummary = resultsSummary;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
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

    public LocalDate getContinuedOn() {
        return continuedOn;
    }

    public void setContinuedOn(LocalDate continuedOn) {
        this.continuedOn = continuedOn;
    }

    public String getContinuationReason() {
        return continuationReason;
    }

    public void setContinuationReason(String continuationReason) {
        this.continuationReason = continuationReason;
    }
}
