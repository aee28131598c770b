package vn.hoinghi.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese-aware text helpers: dates as dd/MM/yyyy, collation, diacritic-free search keys. */
public final class Texts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /** Lower case without diacritics (đ → d), so "hoa binh" finds "Hòa Bình". */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).trim();
    }

    public static boolean matches(String text, String query) {
        return query == null || query.isBlank() || searchKey(text).contains(searchKey(query));
    }

    /** Vietnamese names sort by given name (the last word), then by the whole name. */
    public static Comparator<String> personNameOrder() {
        return PERSON_NAME_ORDER;
    }

    private static final Comparator<String> PERSON_NAME_ORDER = personNameComparator();

    private static Comparator<String> personNameComparator() {
        // RuleBasedCollator.compare is synchronized, so one shared instance is safe
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        collator.setStrength(Collator.SECONDARY);
        return Comparator.<String, String>comparing(Texts::givenName, collator).thenComparing(n -> n, collator);
    }

    static String givenName(String fullName) {
        String trimmed = fullName == null ? "" : fullName.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
