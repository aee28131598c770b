package vn.hoinghi.school;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import vn.hoinghi.shared.Texts;

@Entity
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** The name without diacritics, lower case, so the supervising body's tracker searches it in SQL. */
    private String searchKey;
    private String shortCode;
    private String placeName;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervising_body_id")
    private SupervisingBody supervisingBody;
    private boolean hasUnion;
    private LocalDate boardElectedOn;
    private LocalDate boardTermEndsOn;
    /** Months after the working year ends by which the assembly must be held (law: 3). */
    private int assemblyDeadlineMonthOffset = 3;
    /** Month in which the school's working year ends (school year: August). */
    private int workingYearEndsOnMonth = 8;
    /** The province's school code (mã trường); a re-imported list updates schools by it. */
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "school_level")
    private SchoolLevel level;
    private String address;
    private String principalName;
    private String principalEmail;

    protected School() {
    }

    public School(String name, String shortCode, String placeName, SupervisingBody body, boolean hasUnion) {
        this.name = name;
        this.searchKey = Texts.searchKey(name);
        this.shortCode = shortCode;
        this.placeName = placeName;
        this.supervisingBody = body;
        this.hasUnion = hasUnion;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSearchKey() {
        return searchKey;
    }

    /** Fills the search key of a school saved before the column existed. */
    void refreshSearchKey() {
        this.searchKey = Texts.searchKey(name);
    }

    /** A school belongs to one body at a time; SchoolRegistry keeps the history of moves. */
    void moveTo(SupervisingBody body) {
        this.supervisingBody = body;
    }

    public String getShortCode() {
        return shortCode;
    }

    public String getPlaceName() {
        return placeName;
    }

    public SupervisingBody getSupervisingBody() {
        return supervisingBody;
    }

    public boolean isHasUnion() {
        return hasUnion;
    }

    public void setHasUnion(boolean hasUnion) {
        this.hasUnion = hasUnion;
    }

    public LocalDate getBoardElectedOn() {
        return boardElectedOn;
    }

    public LocalDate getBoardTermEndsOn() {
        return boardTermEndsOn;
    }

    public void setBoardTerm(LocalDate electedOn, LocalDate endsOn) {
        this.boardElectedOn = electedOn;
        this.boardTermEndsOn = endsOn;
    }

    public int getAssemblyDeadlineMonthOffset() {
        return assemblyDeadlineMonthOffset;
    }

    public int getWorkingYearEndsOnMonth() {
        return workingYearEndsOnMonth;
    }

    public String getCode() {
        return code;
    }

    public SchoolLevel getLevel() {
        return level;
    }

    public String getAddress() {
        return address;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public String getPrincipalEmail() {
        return principalEmail;
    }

    /** What the province's list says of the school (the document abbreviation and place name included). */
    void describe(String code, String name, SchoolLevel level, String address, String principalName,
                  String principalEmail, String shortCode, String placeName) {
        this.code = code;
        this.name = name;
        this.searchKey = Texts.searchKey(name);
        this.level = level;
        this.address = address;
        this.principalName = principalName;
        this.principalEmail = principalEmail;
        this.shortCode = shortCode;
        this.placeName = placeName;
    }
}
