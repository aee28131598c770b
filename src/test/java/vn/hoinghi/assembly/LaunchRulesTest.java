package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolInfo;

class LaunchRulesTest {

    private static LaunchForm seed() {
        LaunchForm f = new LaunchForm();
        f.setSchoolYear("2023-2024");
        f.setPreparatoryOn(LocalDate.of(2023, 9, 20));
        f.setKeyStaffOn(LocalDate.of(2023, 9, 21));
        f.setGroupMeetingsOn(LocalDate.of(2023, 9, 22));
        f.setPlenaryOn(LocalDate.of(2023, 9, 27));
        f.setFilingDeadline(LocalDate.of(2023, 9, 29));
        f.setElectBoard(true);
        f.setBoardSeats(3);
        return f;
    }

    @Test
    void the_seed_plan_is_a_valid_launch() {
        assertThatCode(() -> LaunchService.validate(seed(), 30)).doesNotThrowAnyException();
    }

    @Test
    void stages_must_be_in_order() {
        LaunchForm f = seed();
        f.setPlenaryOn(LocalDate.of(2023, 9, 21));
        assertThatThrownBy(() -> LaunchService.validate(f, 30)).hasMessage("launch.datesOrder");
    }

    @Test
    void a_school_year_is_two_consecutive_years() {
        LaunchForm f = seed();
        f.setSchoolYear("2023-2025");
        assertThatThrownBy(() -> LaunchService.validate(f, 30)).hasMessage("launch.badSchoolYear");
    }

    @Test
    void an_extraordinary_assembly_says_who_asked_for_it() {
        LaunchForm f = seed();
        f.setKind(AssemblyKind.EXTRAORDINARY);
        assertThatThrownBy(() -> LaunchService.validate(f, 30)).hasMessage("launch.requestedByRequired");
        f.setRequestedBy(RequestedBy.UNION_EXECUTIVE); // a staff petition also needs its signatures (PeopleRulesTest)
        assertThatCode(() -> LaunchService.validate(f, 30)).doesNotThrowAnyException();
    }

    @Test
    void the_plenary_is_due_three_months_after_the_working_year_ends() {
        SchoolInfo school = new SchoolInfo(1, "Trường", "T", "Hồng Hà", 1, "UBND", BodyKind.COMMUNE_PEOPLES_COMMITTEE,
                true, null, 3, 8);
        assertThat(LaunchService.latestPlenary(school, 2023)).isEqualTo(LocalDate.of(2023, 11, 30));
    }
}
