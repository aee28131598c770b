package vn.hoinghi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working days of a public body on a Monday-to-Friday week: weekdays minus days off, plus the
 * Saturdays worked in exchange for a swap. Immutable; knows only the days it was given.
 */
public final class WorkingDays {

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingSaturdays;

    public WorkingDays(Set<LocalDate> daysOff, Set<LocalDate> workingSaturdays) {
        this.daysOff = Set.copyOf(daysOff);
        this.workingSaturdays = Set.copyOf(workingSaturdays);
        for (LocalDate day : this.workingSaturdays) {
            // A "working Saturday" on another day would silently do nothing: bad data, say so.
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY) {
                throw new IllegalArgumentException("Not a Saturday: " + day);
            }
        }
    }

    public static WorkingDays of(Collection<Holiday> holidays) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> saturdays = new HashSet<>();
        for (Holiday holiday : holidays) {
            (holiday.getKind().isDayOff() ? off : saturdays).add(holiday.getDay());
        }
        return new WorkingDays(off, saturdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> workingSaturdays.contains(day);
            case SUNDAY -> false;
            default -> !daysOff.contains(day);
        };
    }

    /**
     * The n-th working day strictly after {@code start}; {@code start} itself when n is 0, even if
     * it is not a working day. "Within 5 working days after the plenary" is plusWorkingDays(plenary, 5).
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days in (fromExclusive, toInclusive]. Signed: negative when toInclusive is before
     * fromExclusive, so that between(a, b) + between(b, c) == between(a, c) for any a, b, c.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
