package vn.hoinghi.shared;

import java.time.LocalDate;

/**
 * Limits every service checks again (a user can bypass the browser): the length of a text, as its column holds it,
 * and dates that record what happened, which cannot lie in the future. Refusals name the field they concern.
 */
public final class Checks {

    /** A name or a title. */
    public static final int NAME = 200;
    /** A reason or a short comment. */
    public static final int REASON = 500;
    /** A note on a filing or a review. */
    public static final int NOTE = 2000;
    /** Minutes' notes, findings, questions and answers. */
    public static final int LONG = 4000;
    /** A resolution's or a draft's full text. */
    public static final int DOCUMENT = 200_000;

    private Checks() {
    }

    /** Refuses a text longer than max characters (after trimming), at the field, with both numbers. */
    public static void text(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw BusinessRuleException.onField(field, "validation.tooLong", max, value.strip().length());
        }
    }

    /** Refuses a date of something that happened when it lies after today (Vietnam's date). */
    public static void notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(VietnamTime.today())) {
            throw BusinessRuleException.onField(field, "validation.dateInFuture", Texts.date(VietnamTime.today()));
        }
    }
}
