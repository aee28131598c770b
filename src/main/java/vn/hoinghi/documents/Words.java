package vn.hoinghi.documents;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.hoinghi.shared.AppI18NProvider;

/**
 * The documents' words, always in Vietnamese (official documents are issued in Vietnamese whatever language
 * the person reads the app in), with the decree's way of writing dates and numbers.
 */
@Component
class Words {

    static final Locale VI = AppI18NProvider.VIETNAMESE;

    /** Suffix of a text's wording for a school without a union; the substitute's title is its last argument. */
    static final String SUBSTITUTE_SUFFIX = ".substitute";

    /** While composing a document of a school without a union: who took the union's roles (its title). */
    private static final ThreadLocal<String> SUBSTITUTE = new ThreadLocal<>();

    private final AppI18NProvider i18n;

    Words(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    /**
     * A message; arguments go in as text, so a year is never printed as "2.023". For a school without a union, a
     * text that names the union's bodies has a ".substitute" wording naming the person who took its roles.
     */
    String t(String key, Object... args) {
        String substitute = SUBSTITUTE.get();
        if (substitute != null) {
            String variant = key + SUBSTITUTE_SUFFIX;
            if (!i18n.getTranslation(variant, VI).startsWith("!")) {
                Object[] more = Arrays.copyOf(args, args.length + 1);
                more[args.length] = substitute;
                return text(variant, more);
            }
        }
        return text(key, args);
    }

    private String text(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toArray();
        return i18n.getTranslation(key, VI, texts);
    }

    /**
     * Runs the composing with the wording for a school without a union (substitute: the title of who took the
     * union's roles), or as written when substitute is null.
     */
    <T> T wordedFor(String substitute, java.util.function.Supplier<T> work) {
        String before = SUBSTITUTE.get();
        SUBSTITUTE.set(substitute);
        try {
            return work.get();
        } finally {
            SUBSTITUTE.set(before);
        }
    }

    /** "ngày 05 tháng 02 năm 2024": a day below 10 and the months 1 and 2 take a leading zero (Appendix I). */
    String longDate(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return t("doc.longDate", day, month, d.getYear());
    }

    String weekday(LocalDate d) {
        return t("doc.weekday." + d.getDayOfWeek().name());
    }

    /** A document number: below 10 with a leading zero (Appendix I). */
    static String number(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /**
     * "92,6%", with the Vietnamese decimal comma, rounded half up from the exact fraction: 45/80 is 56,3%
     * (a double and the format's default half-even rounding gave 56,2%).
     */
    static String percent(int part, int whole) {
        if (whole <= 0) {
            return "0%";
        }
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(100L * part)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(VI));
        return f.format(exact) + "%";
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }
}
