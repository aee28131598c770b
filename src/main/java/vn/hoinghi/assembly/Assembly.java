package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One school's assembly for one school year. */
@Entity
public class Assembly {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    private String schoolYear;
    @Enumerated(EnumType.STRING)
    private AssemblyKind kind;
    @Enumerated(EnumType.STRING)
    private RequestedBy requestedBy;
    @Enumerated(EnumType.STRING)
    private AssemblyMode mode;
    /** Set only for a regular assembly, so the unique key allows one regular assembly per school year. */
    private String regularYear;
    private int staffCount;
    private LocalDate preparatoryOn;
    private LocalDate keyStaffOn;
    private LocalDate groupMeetingsOn;
    private LocalDate plenaryOn;
    private LocalDate filingDeadline;
    private boolean electBoard;
    private Integer boardSeats;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String processInstanceId;
    private String launchedBy;
    private LocalDateTime launchedAt;
    private LocalDate cancelledOn;
    private String cancelledBy;
    private String cancelReason;
    private String cancelledYear;
    private Integer petitionSignatures;
    private LocalDate petitionOn;
    @Version
    private long version;

    protected Assembly() {
    }

    public Assembly(Long schoolId, String schoolYear, AssemblyKind kind, RequestedBy requestedBy, AssemblyMode mode,
                    int staffCount, LocalDate preparatoryOn, LocalDate keyStaffOn, LocalDate groupMeetingsOn,
                    LocalDate plenaryOn, LocalDate filingDeadline, boolean electBoard, Integer boardSeats,
                    String launchedBy) {
        this.schoolId = schoolId;
        this.schoolYear = schoolYear;
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.mode = mode;
        this.regularYear = kind == AssemblyKind.REGULAR ? schoolYear : null;
        this.staffCount = staffCount;
        this.preparatoryOn = preparatoryOn;
        this.keyStaffOn = keyStaffOn;
        this.groupMeetingsOn = groupMeetingsOn;
        this.plenaryOn = plenaryOn;
        this.filingDeadline = filingDeadline;
        this.electBoard = electBoard;
        this.boardSeats = boardSeats;
        this.launchedBy = launchedBy;
        this.launchedAt = vn.hoinghi.shared.VietnamTime.now();
        this.stage = Stage.PREPARATORY;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public AssemblyKind getKind() {
        return kind;
    }

    public RequestedBy getRequestedBy() {
        return requestedBy;
    }

    public AssemblyMode getMode() {
        return mode;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public LocalDate getPreparatoryOn() {
        return preparatoryOn;
    }

    public LocalDate getKeyStaffOn() {
        return keyStaffOn;
    }

    public LocalDate getGroupMeetingsOn() {
        return groupMeetingsOn;
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

    /** The supervising body moves the deadline for all its schools (FilingDeadlines). */
    void setFilingDeadline(LocalDate filingDeadline) {
        this.filingDeadline = filingDeadline;
    }

    public boolean isElectBoard() {
        return electBoard;
    }

    public Integer getBoardSeats() {
        return boardSeats;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }

    public LocalDateTime getLaunchedAt() {
        return launchedAt;
    }

    /** The principal corrects the launch before the plenary (LaunchCorrections checks the rules). */
    void correct(LocalDate preparatoryOn, LocalDate keyStaffOn, LocalDate groupMeetingsOn, LocalDate plenaryOn,
                 LocalDate filingDeadline, AssemblyMode mode, boolean electBoard, Integer boardSeats) {
        this.preparatoryOn = preparatoryOn;
        this.keyStaffOn = keyStaffOn;
        this.groupMeetingsOn = groupMeetingsOn;
        this.plenaryOn = plenaryOn;
        this.filingDeadline = filingDeadline;
        this.mode = mode;
        this.electBoard = electBoard;
        this.boardSeats = electBoard ? boardSeats : null;
    }

    /** Cancelled: the process has ended and the school year is free for a new regular assembly. */
    void cancel(LocalDate on, String by, String reason) {
        this.cancelledOn = on;
        this.cancelledBy = by;
        this.cancelReason = reason;
        this.cancelledYear = regularYear;
        this.regularYear = null;
        this.stage = Stage.CANCELLED;
    }

    public boolean isCancelled() {
        return cancelledOn != null;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    void recordPetition(Integer signatures, LocalDate on) {
        this.petitionSignatures = signatures;
        this.petitionOn = on;
    }

    public Integer getPetitionSignatures() {
        return petitionSignatures;
    }

    public LocalDate getPetitionOn() {
        return petitionOn;
    }
}
