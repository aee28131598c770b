package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/** The season: principals asked for their planned date, launch defaults, and a moved deadline moving timers. */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class SeasonIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired SeasonService seasons;
    @Autowired PlannedDates plannedDates;
    @Autowired Tracker tracker;
    @Autowired LaunchService launch;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired vn.hoinghi.tasks.TaskInbox inbox;

    private final LocalDate today = VietnamTime.today();
    private final String year = SeasonService.schoolYearOf(today);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void saving_the_season_asks_every_principal_for_the_planned_date_which_the_tracker_and_launch_form_show() {
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.OTHER, 2);
        TestUsers.signIn(accounts, body.officer());
        assertThat(seasons.season(year).saved()).isFalse();
        assertThatThrownBy(() -> seasons.save(new SeasonForm(year, today.plusDays(5), today.plusDays(4),
                today.plusDays(9), "Nghị quyết"))).hasMessage("season.datesOrder");
        SeasonService.SaveResult result = seasons.save(new SeasonForm(year, today.plusDays(5), today.plusDays(15),
                today.plusDays(25), "Nghị quyết\nQuy chế làm việc"));
        assertThat(result.tasksStarted()).isEqualTo(2);
        assertThat(seasons.season(year).saved()).isTrue();

        DemoAssemblies.People first = body.schools().get(0);
        TestUsers.signIn(accounts, first.principal());
        Task task = principalsTask(first);
        assertThat(task.getDueDate().getTime()).isEqualTo(endOf(today.plusDays(5)));
        // from the inbox it can be taken and given back like any task offered to a role
        inbox.claim(task.getId());
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(first.principal());
        inbox.release(task.getId());
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        PlannedDates.PlannedDateData data = plannedDates.data(task.getId());
        assertThat(data.schoolName()).isEqualTo(body.names().get(0));
        assertThat(data.fileBy()).isEqualTo(today.plusDays(25));
        // a principal sees only their own school's task
        Task other = principalsTask(body.schools().get(1));
        assertThatThrownBy(() -> plannedDates.report(other.getId(), today)).hasMessage("task.notYours");
        assertThatThrownBy(() -> plannedDates.data(other.getId())).hasMessage("task.notYours");
        plannedDates.report(task.getId(), today.plusDays(12));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();

        // the launch form starts from the body's deadline and the reported date
        LaunchService.LaunchContext ctx = launch.context(today);
        assertThat(ctx.defaults().getSchoolYear()).isEqualTo(year);
        assertThat(ctx.defaults().getFilingDeadline()).isEqualTo(today.plusDays(25));
        assertThat(ctx.defaults().getPlenaryOn()).isEqualTo(today.plusDays(12));

        TestUsers.signIn(accounts, body.officer());
        TrackerRow row = tracker.rows(TrackerFilter.all(year).withSearch(body.names().get(0)), TrackerSort.DEFAULT, 0, 5)
                .get(0);
        assertThat(row.plannedOn()).isEqualTo(today.plusDays(12));
        assertThat(row.plannedReported()).isTrue();

        // a later reporting deadline follows into the open task
        SeasonService.SaveResult again = seasons.save(new SeasonForm(year, today.plusDays(7), today.plusDays(15),
                today.plusDays(25), "Nghị quyết"));
        assertThat(again.tasksStarted()).isZero();
        assertThat(again.tasksRescheduled()).isEqualTo(1);
        TestUsers.signIn(accounts, body.schools().get(1).principal());
        assertThat(principalsTask(body.schools().get(1)).getDueDate().getTime()).isEqualTo(endOf(today.plusDays(7)));
    }

    @Test
    void a_new_filing_deadline_moves_open_assemblies_their_filing_task_and_timers_not_accepted_ones() {
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.PROVINCIAL_DEPARTMENT_OF_EDUCATION, 3);
        TestUsers.signIn(accounts, body.officer());
        LocalDate fileBy = today.plusDays(20);
        seasons.save(new SeasonForm(year, today.minusDays(10), today.plusDays(5), fileBy, "Nghị quyết"));
        TestUsers.signOut();
        long filing = assemblies.drive(body.schools().get(0), new DemoAssemblies.Plan(year, today.minusDays(3), fileBy,
                false, null), DemoAssemblies.Target.FILING, body.officer());
        assemblies.drive(body.schools().get(1), new DemoAssemblies.Plan(year, today.plusDays(4), fileBy, false, null),
                DemoAssemblies.Target.PREPARATORY, body.officer());
        assemblies.drive(body.schools().get(2), new DemoAssemblies.Plan(year, today.minusDays(6), today.minusDays(1),
                false, today.minusDays(2)), DemoAssemblies.Target.ACCEPTED, body.officer());
        assertThat(timers(filing)).containsOnly(
                Map.entry("filingReminder", at(fileBy.minusDays(3), LocalTime.of(7, 0))),
                Map.entry("filingReminderLastDay", at(fileBy.minusDays(1), LocalTime.of(7, 0))),
                Map.entry("filingDeadlineMissed", endOf(fileBy)));

        TestUsers.signIn(accounts, body.officer());
        LocalDate later = today.plusDays(30);
        SeasonService.SaveResult result = seasons.save(new SeasonForm(year, today.minusDays(10), today.plusDays(5),
                later, "Nghị quyết"));
        assertThat(result.deadlinesMoved()).isEqualTo(2);
        assertThat(timers(filing)).containsOnly(
                Map.entry("filingReminder", at(later.minusDays(3), LocalTime.of(7, 0))),
                Map.entry("filingReminderLastDay", at(later.minusDays(1), LocalTime.of(7, 0))),
                Map.entry("filingDeadlineMissed", endOf(later)));
        Task fileDossier = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(filing))
                .taskDefinitionKey(AssemblyStep.FILE_DOSSIER.taskId()).singleResult();
        assertThat(fileDossier.getDueDate().getTime()).isEqualTo(endOf(later));
        Map<String, LocalDate> deadlines = tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 10).stream()
                .collect(Collectors.toMap(TrackerRow::schoolName, TrackerRow::deadline));
        assertThat(deadlines).containsEntry(body.names().get(0), later).containsEntry(body.names().get(1), later)
                .containsEntry(body.names().get(2), today.minusDays(1));

        // the same deadline again moves nothing
        assertThat(seasons.save(new SeasonForm(year, today.minusDays(10), today.plusDays(5), later, "Nghị quyết"))
                .deadlinesMoved()).isZero();
        // the moved timer still does its job when it fires
        Job missed = management.createTimerJobQuery().processInstanceId(fileDossier.getProcessInstanceId())
                .elementId("filingDeadlineMissed").singleResult();
        management.executeJob(management.moveTimerToExecutableJob(missed.getId()).getId());
        assertThat(management.createTimerJobQuery().processInstanceId(fileDossier.getProcessInstanceId())
                .elementId("filingDeadlineMissed").count()).isZero();
    }

    private Task principalsTask(DemoAssemblies.People p) {
        return tasks.createTaskQuery().processDefinitionKey(SupervisionProcess.PROCESS_KEY)
                .processVariableValueEquals(SupervisionProcess.SCHOOL_ID, p.schoolId()).singleResult();
    }

    private Map<String, Long> timers(long assemblyId) {
        String pid = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId)).list().get(0)
                .getProcessInstanceId();
        List<Job> jobs = management.createTimerJobQuery().processInstanceId(pid).list();
        return jobs.stream().collect(Collectors.toMap(Job::getElementId, j -> j.getDuedate().getTime()));
    }

    private static long at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(VietnamTime.ZONE).toInstant()).getTime();
    }

    private static long endOf(LocalDate day) {
        return at(day, LocalTime.of(23, 59, 59));
    }
}
