package vn.hoinghi.assembly;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The principal's launch form; the service checks the same rules again. */
public class LaunchForm {

    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{4}")
    private String schoolYear;
    @NotNull
    private AssemblyKind kind = AssemblyKind.REGULAR;
    private RequestedBy requestedBy;
    @NotNull
    private AssemblyMode mode = AssemblyMode.FULL;
    @NotNull
    private LocalDate preparatoryOn;
    @NotNull
    private LocalDate keyStaffOn;
    @NotNull
    private LocalDate groupMeetingsOn;
    @NotNull
    private LocalDate plenaryOn;
    @NotNull
    private LocalDate filingDeadline;
    private boolean electBoard;
    @Min(3)
    @Max(15)
    private Integer boardSeats = 3;
    private boolean largerBoardDecided;
    /** An extraordinary assembly asked for by staff: how many signed the petition, and when it was handed in. */
    @Min(0)
    private Integer petitionSignatures;
    private LocalDate petitionOn;
    /** The principal launches although the previous school year's assembly has not held its plenary. */
    private boolean previousOpenConfirmed;

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public AssemblyKind getKind() {
        return kind;
    }

    public void setKind(AssemblyKind kind) {
        this.kind = kind;
    }

    public RequestedBy getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(RequestedBy requestedBy) {
        this.requestedBy = requestedBy;
    }

    public AssemblyMode getMode() {
        return mode;
    }

    public void setMode(AssemblyMode mode) {
        this.mode = mode;
    }

    public LocalDate getPreparatoryOn() {
        return preparatoryOn;
    }

    public void setPreparatoryOn(LocalDate preparatoryOn) {
        this.preparatoryOn = preparatoryOn;
    }

    public LocalDate getKeyStaffOn() {
        return keyStaffOn;
    }

    public void setKeyStaffOn(LocalDate keyStaffOn) {
        this.keyStaffOn = keyStaffOn;
    }

    public LocalDate getGroupMeetingsOn() {
        return groupMeetingsOn;
    }

    public void setGroupMeetingsOn(LocalDate groupMeetingsOn) {
        this.groupMeetingsOn = groupMeetingsOn;
    }

    public LocalDate getPlenaryOn() {
        return plenaryOn;
    }

    public void setPlenaryOn(LocalDate plenaryOn) {
        this.plenaryOn = plenaryOn;
    }

    public LocalDate getFilingDeadline() {
        return filingDeadline;
    }

    public void setFilingDeadline(LocalDate filingDeadline) {
        this.filingDeadline = filingDeadline;
    }

    public boolean isElectBoard() {
        return electBoard;
    }

    public void setElectBoard(boolean electBoard) {
        this.electBoard = electBoard;
    }

    public Integer getBoardSeats() {
        return boardSeats;
    }

    public void setBoardSeats(Integer boardSeats) {
        this.boardSeats = boardSeats;
    }

    public boolean isLargerBoardDecided() {
        return largerBoardDecided;
    }

    public void setLargerBoardDecided(boolean largerBoardDecided) {
        this.largerBoardDecided = largerBoardDecided;
    }

    public Integer getPetitionSignatures() {
        return petitionSignatures;
    }

    public void setPetitionSignatures(Integer petitionSignatures) {
        this.petitionSignatures = petitionSignatures;
    }

    public LocalDate getPetitionOn() {
        return petitionOn;
    }

    public void setPetitionOn(LocalDate petitionOn) {
        this.petitionOn = petitionOn;
    }

    public boolean isPreviousOpenConfirmed() {
        return previousOpenConfirmed;
    }

    public void setPreviousOpenConfirmed(boolean previousOpenConfirmed) {
        this.previousOpenConfirmed = previousOpenConfirmed;
    }
}
