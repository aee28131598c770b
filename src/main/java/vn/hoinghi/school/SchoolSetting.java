package vn.hoinghi.school;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A school's local practice where the law leaves room; a school without a row has the seed's habits. */
@Entity
class SchoolSetting {

    @Id
    private Long schoolId;
    private boolean separateMeetings = true;
    private int presidiumSize = 3;
    private int secretaryCount = 2;
    private boolean presidiumShowOfHands = true;
    private int boardUnionExecutives = 1;
    private int boardWithoutPost = 2;
    private boolean boardExcludesFinance = true;
    private int boardOfficersWithinDays = 5;
    private int discussionSharePercent = 33;
    private int newsPostWithinDays = 3;
    private String dossierContents;
    private String dossierFormat;
    private int dossierDaysAfterPlenary = 2;
    private Long unionSubstituteId;
    private String unionSubstituteTitle;

    protected SchoolSetting() {
    }

    SchoolSetting(Long schoolId) {
        this.schoolId = schoolId;
    }

    LocalPractice practice() {
        return new LocalPractice(separateMeetings, presidiumSize, secretaryCount, presidiumShowOfHands,
                boardUnionExecutives, boardWithoutPost, boardExcludesFinance, boardOfficersWithinDays,
                discussionSharePercent, newsPostWithinDays, dossierContents, dossierFormat, dossierDaysAfterPlenary);
    }

    void apply(LocalPractice p) {
        separateMeetings = p.separateMeetings();
        presidiumSize = p.presidiumSize();
        secretaryCount = p.secretaryCount();
        presidiumShowOfHands = p.presidiumByShowOfHands();
        boardUnionExecutives = p.boardUnionExecutives();
        boardWithoutPost = p.boardWithoutPost();
        boardExcludesFinance = p.boardExcludesFinance();
        boardOfficersWithinDays = p.boardOfficersWithinDays();
        discussionSharePercent = p.discussionSharePercent();
        newsPostWithinDays = p.newsPostWithinDays();
        dossierContents = p.dossierContents();
        dossierFormat = p.dossierFormat();
        dossierDaysAfterPlenary = p.dossierDaysAfterPlenary();
    }

    Long getUnionSubstituteId() {
        return unionSubstituteId;
    }

    String getUnionSubstituteTitle() {
        return unionSubstituteTitle;
    }

    void setUnionSubstitute(Long staffId, String title) {
        this.unionSubstituteId = staffId;
        this.unionSubstituteTitle = title;
    }
}
