package vn.hoinghi.documents;

/**
 * The documents an assembly produces, in the order they are issued, with the type abbreviation of Decree
 * 30/2020/NĐ-CP Appendix III (a công văn has none).
 */
public enum DocumentKind {
    PLAN("KH", "ke-hoach-to-chuc-hoi-nghi"),
    INVITATION("GM", "giay-moi"),
    DEPARTMENT_MINUTES("BB", "bien-ban-hoi-nghi"),
    EMULATION_SUMMARY("BC", "bao-cao-dang-ky-thi-dua"),
    PLENARY_MINUTES("BB", "bien-ban-hoi-nghi-toan-the"),
    BALLOT_COUNT("BB", "bien-ban-kiem-phieu-ban-ttnd"),
    RESOLUTION("NQ", "nghi-quyet-hoi-nghi"),
    WORKING_RULES("QC", "quy-che-lam-viec"),
    BOARD_DECISION("QĐ", "quyet-dinh-cong-nhan-ban-ttnd"),
    COVER_LETTER(null, "cong-van-gui-ho-so");

    private final String abbreviation;
    private final String fileStem;

    DocumentKind(String abbreviation, String fileStem) {
        this.abbreviation = abbreviation;
        this.fileStem = fileStem;
    }

    /** KH, GM, BB, NQ, QĐ…; null for a công văn. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The start of a download's file name, without diacritics so every system keeps it intact. */
    public String fileStem() {
        return fileStem;
    }

    /** One document per department meeting; the others are one per assembly. */
    public boolean perDepartment() {
        return this == DEPARTMENT_MINUTES;
    }

    public String messageKey() {
        return "documentKind." + name();
    }
}
