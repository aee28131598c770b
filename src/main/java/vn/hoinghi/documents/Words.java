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

    private final AppI18NProvider i18n;

    Words(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    /** A message; arguments go in as text, so a year is never printed as "2.023". */
    String t(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toArray();
        return i18n.getTranslation(key, VI, texts);
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
