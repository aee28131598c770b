package vn.hoinghi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hoinghi.shared.BusinessRuleException;

/** Working-day arithmetic over the stored holidays and swaps, and their upkeep by an administrator. */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    // Covers any deadline of a few dozen working days, even across Tết, in one small query.
    private static final long WINDOW_DAYS = 120;

    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_SOURCE_LENGTH = 300;

    private final HolidayRepository holidays;

    public WorkingDayCalendar(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    /** The n-th working day strictly after {@code start}; see {@link WorkingDays#plusWorkingDays}. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        long span = WINDOW_DAYS;
        while (true) {
            LocalDate end = start.plusDays(span);
            LocalDate result = WorkingDays.of(holidays.findByDayBetweenOrderByDay(start, end))
                    .plusWorkingDays(start, n);
            // Exact when the result lies inside the loaded window: every day it passed was known.
            if (!result.isAfter(end)) {
                return result;
            }
            span *= 2;
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return WorkingDays.of(holidays.findByDayBetweenOrderByDay(day, day)).isWorkingDay(day);
    }

    /** Every stored day, newest first. */
    public List<Holiday> holidays() {
        return holidays.findAllByOrderByDayDesc();
    }

    /**
     * Adds next year's notice day by day; the government announces it each autumn. The calendar is the
     * whole province's, so only the system administrator changes it (a school's administrator reads it).
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Holiday addHoliday(LocalDate day, HolidayKind kind, String name, String source) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        String cleanSource = source == null || source.isBlank() ? null : source.strip();
        if (cleanSource != null && cleanSource.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("Source must have at most " + MAX_SOURCE_LENGTH + " characters");
        }

        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == HolidayKind.WORKING_SATURDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY) {
            throw new BusinessRuleException("holiday.notSaturday", day);
        }
        // A weekend is off anyway; a holiday on it is recorded as the compensatory weekday instead.
        if (kind.isDayOff() && weekend) {
            throw new BusinessRuleException("holiday.weekend", day);
        }
        // The unique constraint on the day still guards against two administrators racing.
        if (holidays.existsByDay(day)) {
            throw new BusinessRuleException("holiday.duplicate", day);
        }
        return holidays.save(new Holiday(day, kind, cleanName, cleanSource));
    }
}
