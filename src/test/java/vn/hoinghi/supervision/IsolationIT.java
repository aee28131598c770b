package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.BodyMembership;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/** An officer sees and decides only for their own body's schools; a school never sees another school. */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class IsolationIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired SeasonService seasons;
    @Autowired Tracker tracker;
    @Autowired TrackerExport export;
    @Autowired MailOutbox outbox;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private final LocalDate today = VietnamTime.today();
    private final String year = SeasonService.schoolYearOf(today);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void an_officer_sees_and_decides_only_for_the_schools_under_their_own_body() {
        SupervisionFixture.Body a = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        SupervisionFixture.Body b = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        long submitted = assemblies.drive(a.schools().get(0), new DemoAssemblies.Plan(year, today.minusDays(5),
                today.plusDays(2), false, today), DemoAssemblies.Target.SUBMITTED, a.officer());

        TestUsers.signIn(accounts, b.officer());
        assertThat(names()).containsExactly(b.names().get(0));
        assertThat(tracker.count(TrackerFilter.all(year).withSearch(a.names().get(0)))).isZero();
        assertThat(new String(export.csv(TrackerFilter.all(year), TrackerSort.DEFAULT),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(a.names().get(0));
        assertThatThrownBy(() -> tracker.accept(submitted)).hasMessage("error.accessDenied");
        assertThatThrownBy(() -> tracker.returnDossier(submitted, "Không phải trường của tôi"))
                .hasMessage("error.accessDenied");
        // the demo officer's body is a third one
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(names()).doesNotContain(a.names().get(0), b.names().get(0));
        assertThatThrownBy(() -> tracker.accept(submitted)).hasMessage("error.accessDenied");

        TestUsers.signIn(accounts, a.officer());
        assertThat(names()).containsExactly(a.names().get(0));
        tracker.accept(submitted);

        // school staff have no tracker and no season, not even for their own body
        TestUsers.signIn(accounts, a.schools().get(0).principal());
        assertThatThrownBy(() -> tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 10))
                .hasMessage("error.accessDenied");
        assertThatThrownBy(() -> tracker.totals(year)).hasMessage("error.accessDenied");
        assertThatThrownBy(() -> seasons.season(year)).hasMessage("error.accessDenied");
        assertThatThrownBy(() -> seasons.save(new SeasonForm(year, today, today, today, "x")))
                .hasMessage("error.accessDenied");
    }

    @Test
    void a_school_sees_only_its_own_outbox_and_its_own_planned_date_task() {
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.OTHER, 2);
        TestUsers.signIn(accounts, body.officer());
        seasons.save(new SeasonForm(year, today.plusDays(3), today.plusDays(10), today.plusDays(20), "Nghị quyết"));
        TestUsers.signOut();
        DemoAssemblies.People x = body.schools().get(0);
        DemoAssemblies.People y = body.schools().get(1);
        // X misses its deadline: the reminders go out by e-mail (kept in the outbox here)
        long late = assemblies.drive(x, new DemoAssemblies.Plan(year, today.minusDays(6), today.minusDays(1), false,
                null), DemoAssemblies.Target.FILING, body.officer());
        fireTimers(late);

        TestUsers.signIn(accounts, "quantri." + DemoSchools.code(body.names().get(0)));
        assertThat(outbox.count()).isEqualTo(6);
        assertThat(outbox.page(0, 50)).extracting(MailOutbox.OutboxRow::schoolName).containsOnly(body.names().get(0));
        TestUsers.signIn(accounts, "quantri." + DemoSchools.code(body.names().get(1)));
        assertThat(outbox.count()).isZero();
        TestUsers.signIn(accounts, "quantri");
        assertThat(outbox.page(0, 500)).extracting(MailOutbox.OutboxRow::schoolName).doesNotContain(body.names().get(0));
        TestUsers.signIn(accounts, body.officer());
        assertThat(outbox.count()).isEqualTo(6);
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(outbox.page(0, 500)).extracting(MailOutbox.OutboxRow::schoolName).doesNotContain(body.names().get(0));
        TestUsers.signIn(accounts, x.principal());
        assertThatThrownBy(() -> outbox.count()).as("a principal is not an administrator").hasMessage("error.accessDenied");

        // X's principal cannot see or answer Y's question
        String yTask = tasks.createTaskQuery().processDefinitionKey(SupervisionProcess.PROCESS_KEY)
                .processVariableValueEquals(SupervisionProcess.SCHOOL_ID, y.schoolId()).singleResult().getId();
        TestUsers.signIn(accounts, x.principal());
        PlannedDates planned = plannedDates;
        assertThatThrownBy(() -> planned.data(yTask)).hasMessage("task.notYours");
        assertThatThrownBy(() -> planned.report(yTask, today)).hasMessage("task.notYours");
        TestUsers.signIn(accounts, "ctcongdoan." + DemoSchools.code(body.names().get(1)));
        assertThatThrownBy(() -> planned.report(yTask, today)).as("not the principal").hasMessage("task.notYours");
    }

    @Autowired PlannedDates plannedDates;

    @Test
    void a_school_moved_to_another_body_keeps_its_history_and_changes_officer() {
        SupervisionFixture.Body from = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 2);
        SupervisionFixture.Body to = SupervisionFixture.body(registry, schools, BodyKind.PROVINCIAL_DEPARTMENT_OF_EDUCATION, 1);
        DemoAssemblies.People moving = from.schools().get(1);
        long assembly = assemblies.drive(moving, new DemoAssemblies.Plan(year, today.minusDays(4), today.plusDays(3),
                false, today), DemoAssemblies.Target.PREPARATORY, null);

        registry.moveSchool(moving.schoolId(), to.id(), today);
        assertThatThrownBy(() -> registry.moveSchool(moving.schoolId(), to.id(), today))
                .hasMessage("school.alreadyUnderBody");
        List<BodyMembership> history = registry.memberships(moving.schoolId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).bodyId()).isEqualTo(from.id());
        assertThat(history.get(0).validTo()).isEqualTo(today.minusDays(1));
        assertThat(history.get(1).bodyId()).isEqualTo(to.id());
        assertThat(history.get(1).validFrom()).isEqualTo(today);
        assertThat(history.get(1).validTo()).isNull();

        TestUsers.signIn(accounts, from.officer());
        assertThat(names()).containsExactly(from.names().get(0));
        assertThatThrownBy(() -> tracker.returnDossier(assembly, "x")).hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, to.officer());
        assertThat(names()).containsExactlyInAnyOrder(to.names().get(0), from.names().get(1));
        // a signed-in person cannot move schools: there is no page for it and no role that may
        assertThatThrownBy(() -> registry.moveSchool(moving.schoolId(), from.id(), today.plusDays(1)))
                .hasMessage("error.accessDenied");
    }

    private List<String> names() {
        return tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 100).stream()
                .map(TrackerRow::schoolName).toList();
    }

    private void fireTimers(long assemblyId) {
        String pid = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId)).list().get(0)
                .getProcessInstanceId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(pid).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
    }
}
