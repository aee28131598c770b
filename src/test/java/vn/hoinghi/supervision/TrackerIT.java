package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/** The tracker's dossier statuses at their edges, computed in SQL, and the officer's decision on a dossier. */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class TrackerIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired SeasonService seasons;
    @Autowired Tracker tracker;
    @Autowired TaskInbox inbox;
    @Autowired FollowUpService followUp;

    private final LocalDate today = VietnamTime.today();
    private final String year = SeasonService.schoolYearOf(today);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_dossier_status_shows_at_its_edges_and_a_returned_then_accepted_dossier_is_accepted() {
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 7);
        TestUsers.signIn(accounts, body.officer());
        seasons.save(new SeasonForm(year, today.minusDays(5), today.plusDays(10), today.plusDays(20), "Nghị quyết"));
        TestUsers.signOut();
        List<DemoAssemblies.People> s = body.schools();
        launch(s.get(0), today);              // due today
        launch(s.get(1), today.minusDays(1)); // one day late
        launch(s.get(2), today.plusDays(3));  // last day of "due soon"
        launch(s.get(3), today.plusDays(4));  // not due yet
        // s.get(4) has not launched: the season's deadline applies
        long submitted = assemblies.drive(s.get(5), new DemoAssemblies.Plan(year, today.minusDays(8), today.minusDays(2),
                false, today.minusDays(3)), DemoAssemblies.Target.SUBMITTED, body.officer());
        long returned = assemblies.drive(s.get(6), new DemoAssemblies.Plan(year, today.minusDays(9), today.minusDays(2),
                true, today.minusDays(4)), DemoAssemblies.Target.SUBMITTED, body.officer());

        TestUsers.signIn(accounts, body.officer());
        Map<String, TrackerRow> rows = rows();
        assertThat(rows.get(body.names().get(0)).state()).isEqualTo(FilingState.DUE_SOON);
        assertThat(rows.get(body.names().get(0)).daysOverdue()).isZero();
        assertThat(rows.get(body.names().get(1)).state()).isEqualTo(FilingState.OVERDUE);
        assertThat(rows.get(body.names().get(1)).daysOverdue()).isEqualTo(1);
        assertThat(rows.get(body.names().get(2)).state()).isEqualTo(FilingState.DUE_SOON);
        assertThat(rows.get(body.names().get(3)).state()).isEqualTo(FilingState.NOT_DUE);
        TrackerRow notLaunched = rows.get(body.names().get(4));
        assertThat(notLaunched.stage()).isNull();
        assertThat(notLaunched.state()).isEqualTo(FilingState.NOT_DUE);
        assertThat(notLaunched.deadline()).isEqualTo(today.plusDays(20));
        TrackerRow waiting = rows.get(body.names().get(5));
        assertThat(waiting.state()).isEqualTo(FilingState.SUBMITTED);
        assertThat(waiting.awaitingReview()).isTrue();
        assertThat(waiting.stage()).isEqualTo(Stage.FILING);
        assertThat(waiting.heldOn()).isEqualTo(today.minusDays(8));
        assertThat(waiting.present()).isEqualTo(waiting.convened()).isPositive();
        assertThat(waiting.quorumReached()).isTrue();
        assertThat(waiting.resolutionAdopted()).isTrue();
        assertThat(waiting.boardElected()).as("no board this year").isNull();
        assertThat(rows.get(body.names().get(6)).boardElected()).isTrue();

        // the filter and the count agree with the rows, in SQL
        assertThat(tracker.count(TrackerFilter.all(year).withStates(Set.of(FilingState.DUE_SOON)))).isEqualTo(2);
        assertThat(tracker.rows(TrackerFilter.all(year).withStates(Set.of(FilingState.OVERDUE)), TrackerSort.DEFAULT,
                0, 10)).extracting(TrackerRow::schoolName).containsExactly(body.names().get(1));
        assertThat(tracker.count(TrackerFilter.all(year).withStages(Set.of(), true))).isEqualTo(1);
        assertThat(tracker.count(TrackerFilter.all(year).withStages(Set.of(Stage.PREPARATORY), true))).isEqualTo(5);
        assertThat(tracker.rows(TrackerFilter.all(year), new TrackerSort(TrackerSort.Column.DEADLINE, false), 0, 2))
                .extracting(TrackerRow::deadline).containsExactly(today.plusDays(20), today.plusDays(4));
        assertThat(tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 2, 3)).hasSize(3);
        TrackerTotals totals = tracker.totals(year);
        assertThat(totals.schools()).isEqualTo(7);
        assertThat(totals.notLaunched()).isEqualTo(1);
        assertThat(totals.count(Stage.PREPARATORY)).isEqualTo(4);
        assertThat(totals.filedOnTime()).isEqualTo(2);

        // returned with a reason: the union chair's filing task is back, with the reason in it
        assertThatThrownBy(() -> tracker.returnDossier(returned, "  ")).hasMessage("dossier.reasonRequired");
        tracker.returnDossier(returned, "Thiếu biên bản bầu Ban Thanh tra nhân dân");
        assertThat(rows().get(body.names().get(6)).state()).isEqualTo(FilingState.RETURNED);
        assertThatThrownBy(() -> tracker.accept(returned)).hasMessage("tracker.notAwaitingReview");
        TestUsers.signIn(accounts, s.get(6).unionChair());
        TaskInbox.TaskRow task = inbox.page("nop ho so", 0, 10).stream()
                .filter(r -> r.assemblyLabel().contains(body.names().get(6))).findFirst().orElseThrow();
        assertThat(followUp.dossier(task.id()).dossier().getReturnReason())
                .isEqualTo("Thiếu biên bản bầu Ban Thanh tra nhân dân");

        // filed again, then accepted: accepted wins over the earlier return
        followUp.file(task.id(), new vn.hoinghi.assembly.Inputs.Filing(true, true, true, "Đã bổ sung"));
        TestUsers.signIn(accounts, body.officer());
        assertThat(rows().get(body.names().get(6)).state()).isEqualTo(FilingState.SUBMITTED);
        tracker.accept(returned);
        tracker.accept(submitted);
        rows = rows();
        assertThat(rows.get(body.names().get(6)).state()).isEqualTo(FilingState.ACCEPTED);
        assertThat(rows.get(body.names().get(6)).stage()).isEqualTo(Stage.SIX_MONTH_REVIEW);
        assertThat(rows.get(body.names().get(5)).state()).isEqualTo(FilingState.ACCEPTED);
        assertThat(tracker.totals(year).filedLate()).as("filed again after the deadline").isEqualTo(1);
    }

    private void launch(DemoAssemblies.People p, LocalDate deadline) {
        assemblies.drive(p, new DemoAssemblies.Plan(year, deadline.minusDays(2), deadline, false, null),
                DemoAssemblies.Target.PREPARATORY, null);
    }

    private Map<String, TrackerRow> rows() {
        return tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 100).stream()
                .collect(Collectors.toMap(TrackerRow::schoolName, r -> r));
    }
}
