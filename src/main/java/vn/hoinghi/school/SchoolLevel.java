package vn.hoinghi.school;

import java.util.List;

/** The level of a school as the province's list gives it; the words a file may use for each. */
public enum SchoolLevel {
    MAM_NON("MN", "mam non", "mn", "nha tre", "mau giao", "preschool", "kindergarten"),
    TIEU_HOC("TH", "tieu hoc", "th", "primary"),
    THCS("THCS", "thcs", "trung hoc co so", "lower secondary"),
    THPT("THPT", "thpt", "trung hoc pho thong", "upper secondary"),
    LIEN_CAP("LC", "lien cap", "th thcs", "th va thcs", "thcs thpt", "thcs va thpt", "th thcs thpt", "pho thong nhieu cap",
            "multi level", "multi-level");

    private final String abbreviation;
    private final List<String> words;

    SchoolLevel(String abbreviation, String... words) {
        this.abbreviation = abbreviation;
        this.words = List.of(words);
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String messageKey() {
        return "schoolLevel." + name();
    }

    /** The level a cell names (with or without diacritics, any case), or null. */
    static SchoolLevel parse(String text) {
        String key = RosterColumn.normalise(text);
        for (SchoolLevel l : values()) {
            if (l.name().equalsIgnoreCase(key.replace(' ', '_')) || l.words.contains(key)) {
                return l;
            }
        }
        return null;
    }
}
