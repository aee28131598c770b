package vn.hoinghi.conference;

/** The conference's documents, with the type abbreviation of Decree 30/2020 Appendix III (none for the programme). */
public enum ConferenceDocKind {
    PLAN("KH", "ke-hoach-hoi-nghi-tong-ket"),
    INVITATION("GM", "giay-moi"),
    PROGRAMME(null, "chuong-trinh-hoi-nghi"),
    AWARD_DECISION("QĐ", "quyet-dinh-khen-thuong");

    private final String abbreviation;
    private final String fileStem;

    ConferenceDocKind(String abbreviation, String fileStem) {
        this.abbreviation = abbreviation;
        this.fileStem = fileStem;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String fileStem() {
        return fileStem;
    }

    /** The programme is a sheet attached to the plan, not a numbered document. */
    public boolean numbered() {
        return abbreviation != null;
    }

    public String messageKey() {
        return "conference.docKind." + name();
    }
}
