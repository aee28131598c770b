package vn.hoinghi.school;

import java.util.List;

/**
 * The columns of a roster file. The template's headers are Vietnamese and are part of the file format, so
 * they live here rather than in a message bundle; a header matches with or without diacritics, in any case,
 * ignoring anything in brackets, and a few other usual spellings (and the English ones) are accepted too.
 */
public enum RosterColumn {
    CODE("Mã cán bộ", true, "ma cb", "ma", "ma nhan vien", "ma gv", "ma so", "staff code", "code"),
    FULL_NAME("Họ và tên", true, "ho ten", "ho va ten day du", "full name", "name"),
    DATE_OF_BIRTH("Ngày sinh", false, "ngay thang nam sinh", "sinh ngay", "date of birth", "birth date", "dob"),
    GENDER("Giới tính", false, "gioi", "gender", "sex"),
    POSITION("Chức vụ (CBQL/GV/NV)", true, "chuc vu", "vi tri", "vi tri viec lam", "position"),
    DEPARTMENT("Tổ", false, "to chuyen mon", "bo phan", "to cm", "department"),
    EMAIL("Email", false, "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu"),
    PHONE("Điện thoại", false, "so dien thoai", "sdt", "dt", "dien thoai di dong", "phone", "phone number"),
    UNION_MEMBER("Đoàn viên công đoàn", false, "doan vien cd", "doan vien", "cong doan vien", "union member"),
    ROLES("Vai trò", false, "cac vai tro", "vai tro kiem nhiem", "roles", "role");

    private final String templateHeader;
    private final boolean required;
    private final List<String> aliases;

    RosterColumn(String templateHeader, boolean required, String... aliases) {
        this.templateHeader = templateHeader;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The header as the template writes it. */
    public String templateHeader() {
        return templateHeader;
    }

    public boolean required() {
        return required;
    }

    /** The message key of the column's name in the UI. */
    public String messageKey() {
        return "roster.column." + name();
    }

    /** The column a header cell names, or null. */
    static RosterColumn ofHeader(String header) {
        String key = normalise(header.replaceAll("\\(.*?\\)", " "));
        if (key.isEmpty()) {
            return null;
        }
        for (RosterColumn c : values()) {
            if (key.equals(normalise(c.templateHeader.replaceAll("\\(.*?\\)", " ")))
                    || c.aliases.contains(key)) {
                return c;
            }
        }
        return null;
    }

    /** Lower case, no diacritics, only letters and digits separated by single spaces. */
    static String normalise(String text) {
        return vn.hoinghi.shared.Texts.searchKey(text).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
