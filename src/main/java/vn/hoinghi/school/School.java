package vn.hoinghi.school;

import java.time.LocalDate;

import jakarta.persistence.Entity;
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
}
