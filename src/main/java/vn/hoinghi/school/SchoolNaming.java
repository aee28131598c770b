package vn.hoinghi.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.hoinghi.shared.Texts;

/**
 * What a school's documents need and a province's list rarely gives: the abbreviation in document numbers
 * ("Trường Tiểu học và THCS Hồng Hà" → "TH&THCSHH") and the place name of the date line ("Hồng Hà").
 */
final class SchoolNaming {

    /** Level phrases as they appear in names, longest first so "trung học cơ sở" is not read as two. */
    private static final String[][] LEVEL_WORDS = {
            {"trung hoc pho thong", "THPT"}, {"trung hoc co so", "THCS"}, {"pho thong dan toc noi tru", "PTDTNT"},
            {"pho thong dan toc ban tru", "PTDTBT"}, {"tieu hoc", "TH"}, {"mam non", "MN"}, {"mau giao", "MG"},
            {"nha tre", "NT"}, {"thpt", "THPT"}, {"thcs", "THCS"}, {"th", "TH"}, {"mn", "MN"}};
    private static final String[] PLACE_PREFIXES = {"xa ", "phuong ", "thi tran ", "dac khu "};
    private static final String[] BODY_PREFIXES = {"uy ban nhan dan ", "ubnd "};

    private SchoolNaming() {
    }

    /**
     * The levels a school teaches: its level as the province's list gives it, else (or for a multi-level school)
     * the levels its name starts with ("Trường Tiểu học và THCS Hồng Hà": primary and lower secondary).
     */
    static java.util.Set<SchoolLevel> levels(String name, SchoolLevel level) {
        if (level != null && level != SchoolLevel.LIEN_CAP) {
            return java.util.Set.of(level);
        }
        String key = Texts.searchKey(name == null ? "" : name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ")
                .trim();
        if (key.startsWith("truong ")) {
            key = key.substring("truong ".length());
        }
        java.util.Set<SchoolLevel> found = java.util.EnumSet.noneOf(SchoolLevel.class);
        boolean more = true;
        while (more) {
            more = false;
            for (String[] w : LEVEL_WORDS) {
                if (key.startsWith(w[0] + " ") || key.equals(w[0])) {
                    switch (w[1]) {
                        case "MN", "MG", "NT" -> found.add(SchoolLevel.MAM_NON);
                        case "TH" -> found.add(SchoolLevel.TIEU_HOC);
                        case "THCS" -> found.add(SchoolLevel.THCS);
                        case "THPT" -> found.add(SchoolLevel.THPT);
                        default -> { }
                    }
                    key = key.substring(w[0].length()).trim();
                    if (key.startsWith("va ")) {
                        key = key.substring(3);
                    }
                    more = true;
                    break;
                }
            }
        }
        return found;
    }

    static String shortCode(String name, SchoolLevel level) {
        String key = Texts.searchKey(name).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        if (key.startsWith("truong ")) {
            key = key.substring("truong ".length());
        }
        List<String> levels = new ArrayList<>();
        boolean found = true;
        while (found) {
            found = false;
            for (String[] w : LEVEL_WORDS) {
                if (key.startsWith(w[0] + " ") || key.equals(w[0])) {
                    levels.add(w[1]);
                    key = key.substring(w[0].length()).trim();
                    if (key.startsWith("va ")) {
                        key = key.substring(3);
                    }
                    found = true;
                    break;
                }
            }
        }
        StringBuilder code = new StringBuilder(levels.isEmpty()
                ? (level == null ? "" : level.abbreviation()) : String.join("&", levels));
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                code.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        String result = code.toString().toUpperCase(Locale.ROOT);
        return result.length() > 40 ? result.substring(0, 40) : result;
    }

    /** The commune or ward in the address, else the body's place, else the address's last part. */
    static String placeName(String address, String bodyName) {
        if (address != null) {
            for (String part : address.split(",")) {
                String p = part.trim();
                String key = Texts.searchKey(p);
                for (String prefix : PLACE_PREFIXES) {
                    if (key.startsWith(prefix) && p.length() > prefix.length()) {
                        return p.substring(prefix.length()).trim();
                    }
                }
            }
        }
        if (bodyName != null) {
            String key = Texts.searchKey(bodyName);
            for (String bodyPrefix : BODY_PREFIXES) {
                if (key.startsWith(bodyPrefix)) {
                    String rest = bodyName.substring(bodyPrefix.length()).trim();
                    String restKey = Texts.searchKey(rest);
                    for (String prefix : PLACE_PREFIXES) {
                        if (restKey.startsWith(prefix)) {
                            return rest.substring(prefix.length()).trim();
                        }
                    }
                }
            }
        }
        if (address != null && !address.isBlank()) {
            String[] parts = address.split(",");
            return parts[parts.length - 1].trim().replaceFirst("(?i)^(tỉnh|thành phố)\\s+", "");
        }
        return bodyName == null ? "" : bodyName;
    }
}
