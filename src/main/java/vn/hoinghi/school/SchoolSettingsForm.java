package vn.hoinghi.school;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** What the administrator edits on the settings page; SchoolSettingsService checks the same rules again. */
public class SchoolSettingsForm {

    private boolean hasUnion = true;
    /** Switching to "no union": the principal was asked and agreed that the union's roles end today. */
    private boolean endUnionRoles;
    private Long unionSubstituteId;
    @Size(max = 200)
    private String unionSubstituteTitle = "";
    private LocalDate boardElectedOn;
    private LocalDate boardTermEndsOn;

    private boolean separateMeetings = true;
    @Min(1)
    @Max(15)
    private int presidiumSize = 3;
    @Min(1)
    @Max(5)
    private int secretaryCount = 2;
    private boolean presidiumByShowOfHands = true;
    @Min(0)
    @Max(9)
    private int boardUnionExecutives = 1;
    @Min(0)
    @Max(9)
    private int boardWithoutPost = 2;
    private boolean boardExcludesFinance = true;
    @Min(1)
    @Max(30)
    private int boardOfficersWithinDays = 5;
    @Min(0)
    @Max(100)
    private int discussionSharePercent = 33;
    @Min(0)
    @Max(30)
    private int newsPostWithinDays = 3;
    @Size(max = 2000)
    private String dossierContents = "";
    @Size(max = 500)
    private String dossierFormat = "";
    @Min(0)
    @Max(60)
    private int dossierDaysAfterPlenary = 2;

    LocalPractice practice() {
        return new LocalPractice(separateMeetings, presidiumSize, secretaryCount, presidiumByShowOfHands,
                boardUnionExecutives, boardWithoutPost, boardExcludesFinance, boardOfficersWithinDays,
                discussionSharePercent, newsPostWithinDays, blankToNull(dossierContents), blankToNull(dossierFormat),
                dossierDaysAfterPlenary);
    }

    void fill(LocalPractice p) {
        separateMeetings = p.separateMeetings();
        presidiumSize = p.presidiumSize();
        secretaryCount = p.secretaryCount();
        presidiumByShowOfHands = p.presidiumByShowOfHands();
        boardUnionExecutives = p.boardUnionExecutives();
        boardWithoutPost = p.boardWithoutPost();
        boardExcludesFinance = p.boardExcludesFinance();
        boardOfficersWithinDays = p.boardOfficersWithinDays();
        discussionSharePercent = p.discussionSharePercent();
        newsPostWithinDays = p.newsPostWithinDays();
        dossierContents = p.dossierContents() == null ? "" : p.dossierContents();
        dossierFormat = p.dossierFormat() == null ? "" : p.dossierFormat();
        dossierDaysAfterPlenary = p.dossierDaysAfterPlenary();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public boolean isHasUnion() {
        return hasUnion;
    }

    public void setHasUnion(boolean hasUnion) {
        this.hasUnion = hasUnion;
    }

    public Long getUnionSubstituteId() {
        return unionSubstituteId;
    }

    public void setUnionSubstituteId(Long unionSubstituteId) {
        this.unionSubstituteId = unionSubstituteId;
    }

    public String getUnionSubstituteTitle() {
        return unionSubstituteTitle;
    }

    public void setUnionSubstituteTitle(String unionSubstituteTitle) {
        this.unionSubstituteTitle = unionSubstituteTitle;
    }

    public LocalDate getBoardElectedOn() {
        return boardElectedOn;
    }

    public void setBoardElectedOn(LocalDate boardElectedOn) {
        this.boardElectedOn = boardElectedOn;
    }

    public LocalDate getBoardTermEndsOn() {
        return boardTermEndsOn;
    }

    public void setBoardTermEndsOn(LocalDate boardTermEndsOn) {
        this.boardTermEndsOn = boardTermEndsOn;
    }

    public boolean isSeparateMeetings() {
        return separateMeetings;
    }

    public void setSeparateMeetings(boolean separateMeetings) {
        this.separateMeetings = separateMeetings;
    }

    public int getPresidiumSize() {
        return presidiumSize;
    }

    public void setPresidiumSize(int presidiumSize) {
        this.presidiumSize = presidiumSize;
    }

    public int getSecretaryCount() {
        return secretaryCount;
    }

    public void setSecretaryCount(int secretaryCount) {
        this.secretaryCount = secretaryCount;
    }

    public boolean isPresidiumByShowOfHands() {
        return presidiumByShowOfHands;
    }

    public void setPresidiumByShowOfHands(boolean presidiumByShowOfHands) {
        this.presidiumByShowOfHands = presidiumByShowOfHands;
    }

    public int getBoardUnionExecutives() {
        return boardUnionExecutives;
    }

    public void setBoardUnionExecutives(int boardUnionExecutives) {
        this.boardUnionExecutives = boardUnionExecutives;
    }

    public int getBoardWithoutPost() {
        return boardWithoutPost;
    }

    public void setBoardWithoutPost(int boardWithoutPost) {
        this.boardWithoutPost = boardWithoutPost;
    }

    public boolean isBoardExcludesFinance() {
        return boardExcludesFinance;
    }

    public void setBoardExcludesFinance(boolean boardExcludesFinance) {
        this.boardExcludesFinance = boardExcludesFinance;
    }

    public int getBoardOfficersWithinDays() {
        return boardOfficersWithinDays;
    }

    public void setBoardOfficersWithinDays(int boardOfficersWithinDays) {
        this.boardOfficersWithinDays = boardOfficersWithinDays;
    }

    public int getDiscussionSharePercent() {
        return discussionSharePercent;
    }

    public void setDiscussionSharePercent(int discussionSharePercent) {
        this.discussionSharePercent = discussionSharePercent;
    }

    public int getNewsPostWithinDays() {
        return newsPostWithinDays;
    }

    public void setNewsPostWithinDays(int newsPostWithinDays) {
        this.newsPostWithinDays = newsPostWithinDays;
    }

    public String getDossierContents() {
        return dossierContents;
    }

    public void setDossierContents(String dossierContents) {
        this.dossierContents = dossierContents;
    }

    public String getDossierFormat() {
        return dossierFormat;
    }

    public void setDossierFormat(String dossierFormat) {
        this.dossierFormat = dossierFormat;
    }

    public int getDossierDaysAfterPlenary() {
        return dossierDaysAfterPlenary;
    }

    public void setDossierDaysAfterPlenary(int dossierDaysAfterPlenary) {
        this.dossierDaysAfterPlenary = dossierDaysAfterPlenary;
    }

    public boolean isEndUnionRoles() {
        return endUnionRoles;
    }

    public void setEndUnionRoles(boolean endUnionRoles) {
        this.endUnionRoles = endUnionRoles;
    }
}
