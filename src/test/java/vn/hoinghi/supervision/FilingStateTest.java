package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoinghi.assembly.DossierStatus;

class FilingStateTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 9, 29);

    @Test
    void a_dossier_due_today_is_due_soon_not_overdue() {
        assertThat(FilingState.of(DossierStatus.NOT_SUBMITTED, TODAY, TODAY)).isEqualTo(FilingState.DUE_SOON);
        assertThat(FilingState.daysOverdue(TODAY, TODAY)).isZero();
    }

    @Test
    void one_day_after_the_deadline_it_is_overdue_by_one_day() {
        LocalDate deadline = TODAY.minusDays(1);
        assertThat(FilingState.of(DossierStatus.NOT_SUBMITTED, deadline, TODAY)).isEqualTo(FilingState.OVERDUE);
        assertThat(FilingState.daysOverdue(deadline, TODAY)).isEqualTo(1);
        assertThat(FilingState.daysOverdue(TODAY.minusDays(30), TODAY)).isEqualTo(30);
    }

    @Test
    void due_soon_starts_three_days_ahead() {
        assertThat(FilingState.of(DossierStatus.NOT_SUBMITTED, TODAY.plusDays(3), TODAY)).isEqualTo(FilingState.DUE_SOON);
        assertThat(FilingState.of(DossierStatus.NOT_SUBMITTED, TODAY.plusDays(4), TODAY)).isEqualTo(FilingState.NOT_DUE);
        assertThat(FilingState.of(DossierStatus.NOT_SUBMITTED, null, TODAY)).isEqualTo(FilingState.NOT_DUE);
    }

    @Test
    void the_dossier_status_wins_over_the_deadline() {
        LocalDate longAgo = TODAY.minusDays(10);
        assertThat(FilingState.of(DossierStatus.SUBMITTED, longAgo, TODAY)).isEqualTo(FilingState.SUBMITTED);
        assertThat(FilingState.of(DossierStatus.RETURNED, longAgo, TODAY)).isEqualTo(FilingState.RETURNED);
        // accepted after being returned: the last decision is what counts
        assertThat(FilingState.of(DossierStatus.ACCEPTED, longAgo, TODAY)).isEqualTo(FilingState.ACCEPTED);
    }
}
