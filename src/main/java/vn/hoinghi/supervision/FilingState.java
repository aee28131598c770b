package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.hoinghi.assembly.DossierStatus;

/**
 * Where a school's dossier stands for the supervising body: a submitted, returned or accepted dossier
 * says so; otherwise the deadline decides. Due today is still "due soon"; the day after, it is overdue
 * by one day. The tracker's SQL computes the same (TrackerQueries), tested at these edges.
 */
public enum FilingState {
    NOT_DUE, DUE_SOON, OVERDUE, SUBMITTED, RETURNED, ACCEPTED;

    /** A deadline this many days away or closer is "due soon" (the first reminder goes out then). */
    public static final int DUE_SOON_DAYS = 3;

    public static FilingState of(DossierStatus status, LocalDate deadline, LocalDate today) {
        if (status == DossierStatus.ACCEPTED) {
            return ACCEPTED;
        }
        if (status == DossierStatus.SUBMITTED) {
            return SUBMITTED;
        }
        if (status == DossierStatus.RETURNED) {
            return RETURNED;
        }
        if (deadline == null) {
            return NOT_DUE;
        }
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        return deadline.isAfter(today.plusDays(DUE_SOON_DAYS)) ? NOT_DUE : DUE_SOON;
    }

    /** Whole days past the deadline; 0 on the day itself or before. */
    public static long daysOverdue(LocalDate deadline, LocalDate today) {
        return deadline == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(deadline, today));
    }

    public String messageKey() {
        return "filingState." + name();
    }
}
