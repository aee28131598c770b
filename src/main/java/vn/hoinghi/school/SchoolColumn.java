package vn.hoinghi.school;

import java.util.List;

/**
 * The columns of the province's schools file. As with the roster, the Vietnamese headers are part of the
 * format; a header matches with or without diacritics, in any case, ignoring brackets, and a few usual
 * spellings (and the English ones) are accepted too.
 */
public enum SchoolColumn {
    CODE("Mã trường", true, "ma", "ma truong hoc", "ma so truong", "school code", "code"),
    NAME("Tên trường", true, "ten", "ten truong hoc", "truong", "school name", "name"),
    LEVEL("Cấp học", true, "cap", "bac hoc", "loai truong", "level"),
    BODY("Cơ quan quản lý (tên hoặc mã)", true, "co quan quan ly", "don vi quan ly", "co quan chu quan",
            "cap tren", "supervising body", "body"),
    ADDRESS("Địa chỉ", false, "dia chi truong", "address"),
    PRINCIPAL("Họ tên hiệu trưởng", false, "hieu truong", "ten hieu truong", "ho va ten hieu truong", "principal"),
    PRINCIPAL_EMAIL("Email hiệu trưởng", false, "e mail hieu truong", "thu dien tu hieu truong",
            "principal email", "principal e mail"),
    SHORT_CODE("Ký hiệu văn bản", false, "ky hieu", "ten viet tat", "viet tat", "abbreviation"),
    PLACE("Địa danh", false, "dia danh ghi tren van ban", "place name", "place");

    private final String templateHeader;
    private final boolean required;
    private final List<String> aliases;

    SchoolColumn(String templateHeader, boolean required, String... aliases) {
        this.templateHeader = templateHeader;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public String templateHeader() {
        return templateHeader;
    }

    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "schools.column." + name();
    }

    static SchoolColumn ofHeader(String header) {
        String key = RosterColumn.normalise(header.replaceAll("\\(.*?\\)", " "));
        if (key.isEmpty()) {
            return null;
        }
        for (SchoolColumn c : values()) {
            if (key.equals(RosterColumn.normalise(c.templateHeader.replaceAll("\\(.*?\\)", " ")))
                    || c.aliases.contains(key)) {
                return c;
            }
        }
        return null;
    }
}
