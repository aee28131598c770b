package vn.hoinghi.school;

/**
 * How a school runs its assembly where the law leaves room (process.md, "Local practice"). The defaults are
 * the seed school's plan: separate preparatory, key-staff and group meetings; a presidium of 3 elected by show
 * of hands and 2 secretaries; an inspection board of 1 union executive + 2 people without a post, never the
 * accountant or the cashier; head and deputy elected within 5 days; a third of the plenary for discussion;
 * a news post within 3 days; the dossier 2 days after the plenary. Null dossier texts mean the seed's.
 */
public record LocalPractice(boolean separateMeetings, int presidiumSize, int secretaryCount,
                            boolean presidiumByShowOfHands, int boardUnionExecutives, int boardWithoutPost,
                            boolean boardExcludesFinance, int boardOfficersWithinDays, int discussionSharePercent,
                            int newsPostWithinDays, String dossierContents, String dossierFormat,
                            int dossierDaysAfterPlenary) {

    /** Message keys of the seed's dossier contents and format, for a school that has not written its own. */
    public static final String DEFAULT_DOSSIER_CONTENTS_KEY = "settings.default.dossierContents";
    public static final String DEFAULT_DOSSIER_FORMAT_KEY = "settings.default.dossierFormat";

    public static LocalPractice defaults() {
        return new SchoolSetting(null).practice();
    }

    public int boardSize() {
        return boardUnionExecutives + boardWithoutPost;
    }
}
