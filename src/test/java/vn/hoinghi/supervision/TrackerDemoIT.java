package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.school.AccountDetailsService;

/** The demo officer's tracker over the generated schools: every stage, every dossier status, search. */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class TrackerDemoIT {

    @Autowired AccountDetailsService accounts;
    @Autowired Tracker tracker;

    private final String year = SeasonService.currentSchoolYear();

    @BeforeEach
    void officer() {
        TestUsers.signIn(accounts, "chuyenvien");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_demo_body_has_the_demo_school_and_at_least_twenty_generated_schools_at_every_stage_and_status() {
        List<TrackerRow> rows = tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 500);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(21);
        assertThat(rows).extracting(TrackerRow::schoolName)
                .contains("Trường Tiểu học và Trung học cơ sở Hồng Hà", "Trường Mầm non Hòa Bình",
                        "Trường Tiểu học Tân Tiến", "Trường THCS Quang Trung");
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        rows.stream().map(TrackerRow::stage).filter(java.util.Objects::nonNull).forEach(stages::add);
        assertThat(stages).containsAll(EnumSet.complementOf(EnumSet.of(Stage.CLOSED)));
        assertThat(rows).anyMatch(r -> r.stage() == null);
        assertThat(rows).extracting(TrackerRow::state).contains(FilingState.values());
        TrackerTotals totals = tracker.totals(year);
        assertThat(totals.schools()).isEqualTo(rows.size());
        assertThat(totals.filedOnTime()).isPositive();
        assertThat(totals.filedLate()).isPositive();
    }

    @Test
    void search_finds_hoa_binh_with_or_without_diacritics_and_in_any_case() {
        for (String typed : List.of("Hòa Bình", "hoa binh", "HOA BINH", "hòa bình", "Hoà Bình")) {
            assertThat(tracker.rows(TrackerFilter.all(year).withSearch(typed), TrackerSort.DEFAULT, 0, 50))
                    .as(typed).extracting(TrackerRow::schoolName)
                    .containsExactlyInAnyOrder("Trường Mầm non Hòa Bình", "Trường Tiểu học Hòa Bình");
        }
        assertThat(tracker.count(TrackerFilter.all(year).withSearch("hoa_binh"))).isZero();
        assertThat(tracker.count(TrackerFilter.all(year).withSearch("100%"))).isZero();
    }

    @Test
    void the_late_schools_filter_shows_only_overdue_dossiers_with_their_days() {
        List<TrackerRow> late = tracker.rows(TrackerFilter.all(year).withStates(Set.of(FilingState.OVERDUE)),
                new TrackerSort(TrackerSort.Column.DEADLINE, true), 0, 50);
        assertThat(late).isNotEmpty().allMatch(r -> r.state() == FilingState.OVERDUE && r.daysOverdue() >= 1);
        assertThat(late).extracting(TrackerRow::schoolName).contains("Trường Mầm non Hòa Bình", "Trường Tiểu học Lê Lợi");
        assertThat(late.get(0).daysOverdue()).isGreaterThanOrEqualTo(late.get(late.size() - 1).daysOverdue());
    }
}
