package vn.hoinghi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the working-day rules against the data the migration ships, not a copy of it. */
class WorkingDaysTest {

    private static final String MIGRATION = "db/migration/V2__holidays.sql";

    // One VALUES row: (DATE 'yyyy-mm-dd', 'KIND', 'name', 'source' | NULL)
    private static final Pattern ROW = Pattern.compile(
            "\\(\\s*DATE\\s+'(\\d{4}-\\d{2}-\\d{2})'\\s*,\\s*'([A-Z_]+)'\\s*,\\s*'((?:[^']|'')*)'\\s*,"
                    + "\\s*(NULL|'(?:[^']|'')*')\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private static List<Holiday> shipped;
    private static WorkingDays calendar;

    @BeforeAll
    static void loadShippedData() {
        shipped = parseMigration();
        calendar = WorkingDays.of(shipped);
    }

    @Test
    void shipped_data_covers_2023_to_2027_with_weekday_days_off_and_real_saturdays() {
        assertThat(shipped).extracting(h -> h.getDay().getYear()).containsOnly(2023, 2024, 2025, 2026, 2027);
        assertThat(shipped.stream().map(Holiday::getDay).distinct().count()).isEqualTo(shipped.size());
        for (Holiday h : shipped) {
            DayOfWeek dow = h.getDay().getDayOfWeek();
            if (h.getKind() == HolidayKind.WORKING_SATURDAY) {
                assertThat(dow).as(h.toString()).isEqualTo(DayOfWeek.SATURDAY);
            } else {
                assertThat(dow).as(h.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        }
        assertThat(shipped).filteredOn(h -> h.getKind() == HolidayKind.WORKING_SATURDAY)
                .extracting(Holiday::getDay)
                .containsExactlyInAnyOrder(
                        LocalDate.of(2024, 5, 4), LocalDate.of(2025, 4, 26),
                        LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
    }

    @Test
    void election_recognition_five_working_days_after_the_seed_plenary_is_the_next_wednesday() {
        // Plenary Wed 27/9/2023: Thu 28, Fri 29, Mon 2/10, Tue 3, Wed 4.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 9, 27), 5)).isEqualTo(LocalDate.of(2023, 10, 4));
    }

    @Test
    void national_day_2025_moves_five_working_days_from_friday_29_august_to_tuesday_9_september() {
        // Mon 1/9 and Tue 2/9 off: Wed 3, Thu 4, Fri 5, Mon 8, Tue 9.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 8, 29), 5)).isEqualTo(LocalDate.of(2025, 9, 9));
    }

    @Test
    void national_day_2026_with_the_swapped_monday_moves_thursday_27_august_to_tuesday_8_september() {
        // Fri 28/8; Mon 31/8 swapped off, Tue 1/9 and Wed 2/9 off; then Thu 3, Fri 4, Mon 7, Tue 8.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 27), 5)).isEqualTo(LocalDate.of(2026, 9, 8));
    }

    @Test
    void tet_2026_moves_five_working_days_from_friday_13_february_to_friday_27_february() {
        // 16-20/2 off, so the count is the whole week of 23-27/2.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22))).isZero();
    }

    @Test
    void tet_2027_makes_thursday_11_february_the_next_working_day_after_wednesday_3_february() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 2, 3), 1)).isEqualTo(LocalDate.of(2027, 2, 11));
    }

    @Test
    void tet_2023_and_the_hung_kings_break_2023_are_days_off() {
        // Tết Quý Mão 20-26/1/2023; Giỗ Tổ, 30/4 and 1/5 with compensatory days: 29/4-3/5/2023.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 1, 19), 1)).isEqualTo(LocalDate.of(2023, 1, 27));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 4, 28), 1)).isEqualTo(LocalDate.of(2023, 5, 4));
    }

    @Test
    void a_swapped_working_saturday_is_a_working_day_but_an_ordinary_saturday_is_not() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 29))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 21), 1)).isEqualTo(LocalDate.of(2026, 8, 22));
    }

    @Test
    void vietnamese_culture_day_24_november_is_off_from_2026_only() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
    }

    @Test
    void without_holidays_five_working_days_from_a_monday_end_on_the_next_monday() {
        LocalDate monday = LocalDate.of(2026, 10, 12);
        assertThat(calendar.plusWorkingDays(monday, 5)).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 10, 19))).isEqualTo(5);
    }

    @Test
    void working_days_between_is_the_inverse_of_plus_working_days_and_signed() {
        LocalDate from = LocalDate.of(2026, 8, 27);
        LocalDate to = calendar.plusWorkingDays(from, 5);
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(from, from)).isZero();
    }

    @Test
    void zero_working_days_returns_the_start_even_on_a_day_off() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 17), 0)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void a_negative_number_of_working_days_is_refused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_working_saturday_that_is_not_a_saturday_is_refused() {
        assertThatThrownBy(() -> new WorkingDays(Set.of(), Set.of(LocalDate.of(2026, 8, 21))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Reads the INSERT rows of the shipped migration from the classpath.
    private static List<Holiday> parseMigration() {
        String sql;
        try (InputStream in = WorkingDaysTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION + " on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = sql.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        List<Holiday> rows = new ArrayList<>();
        Matcher m = ROW.matcher(code);
        while (m.find()) {
            String source = m.group(4).equalsIgnoreCase("NULL") ? null : unquote(m.group(4));
            rows.add(new Holiday(
                    LocalDate.parse(m.group(1)), HolidayKind.valueOf(m.group(2)), m.group(3).replace("''", "'"), source));
        }
        // A row the pattern missed would silently drop a holiday from the check.
        long dateLiterals = Pattern.compile("(?i)\\bDATE\\s+'").matcher(code).results().count();
        assertThat(rows).as("rows parsed from " + MIGRATION).isNotEmpty().hasSize((int) dateLiterals);
        return rows;
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("''", "'");
    }
}
