package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.assembly.workflow.AssemblyDates;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/**
 * The head and the union review the resolution every six months (Law 10/2022 Art. 52(3)) until the school's next
 * regular assembly adopts its own resolution; then the earlier assembly closes. A school of its own, so no other
 * test's assemblies of later years meet it.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class ReviewsUntilNextAssemblyIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired FollowUpService followUp;
    @Autowired AssemblyQueries queries;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_review_comes_back_every_six_months_and_ends_when_the_next_regular_assembly_adopts_its_resolution() {
        LocalDate today = VietnamTime.today();
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        DemoAssemblies.People p = body.schools().get(0);
        // the plenary 13 months ago: two reviews are due by now, the third in five months
        LocalDate plenaryOn = today.minusMonths(13);
        long id = assemblies.drive(p, new DemoAssemblies.Plan(SeasonService.schoolYearOf(plenaryOn), plenaryOn,
                plenaryOn.plusDays(10), false, plenaryOn.plusDays(3)), DemoAssemblies.Target.ACCEPTED, body.officer());
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();

        assertThat(nextReviewTimer(pid).getDuedate()).isEqualTo(morningOf(plenaryOn.plusMonths(6)));
        review(p, id, pid, plenaryOn.plusMonths(6).plusDays(2), "Học kỳ I: các chỉ tiêu đạt đúng tiến độ.");
        // once reviewed, the process waits six months more for the next review
        assertThat(nextReviewTimer(pid).getDuedate()).isEqualTo(morningOf(plenaryOn.plusMonths(12)));

        fire(pid);
        TestUsers.signIn(accounts, p.principal());
        String second = onlyReviewTask(id);
        assertThatThrownBy(() -> followUp.recordSixMonth(second, new Inputs.SixMonth(plenaryOn.plusMonths(6).plusDays(2),
                "Cả năm: hoàn thành.", true))).hasMessage("sixMonth.afterPrevious");
        followUp.recordSixMonth(second, new Inputs.SixMonth(plenaryOn.plusMonths(12).plusDays(2),
                "Cả năm: hoàn thành các chỉ tiêu.", true));
        assertThat(queries.overview(id).sixMonthReview().orElseThrow().findings())
                .isEqualTo("Cả năm: hoàn thành các chỉ tiêu.");
        assertThat(queries.overview(id).assembly().stage()).isEqualTo(Stage.SIX_MONTH_REVIEW);
        Job third = nextReviewTimer(pid);
        assertThat(third.getDuedate()).isEqualTo(morningOf(plenaryOn.plusMonths(18)));
        assertThat(third.getDuedate()).isAfter(new Date());

        // the next school year's regular assembly adopts its resolution today: the wait for the third review ends
        long next = assemblies.drive(p, new DemoAssemblies.Plan(SeasonService.schoolYearOf(today), today,
                today.plusDays(10), false, null), DemoAssemblies.Target.BOARD, body.officer());
        assertThat(next).isNotEqualTo(id);
        Job ended = nextReviewTimer(pid);
        assertThat(ended.getDuedate()).isBeforeOrEqualTo(new Date());
        fire(pid);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(pid).count()).isZero();
        TestUsers.signIn(accounts, p.principal());
        assertThat(queries.overview(id).assembly().stage()).isEqualTo(Stage.CLOSED);
        assertThat(queries.overview(next).assembly().stage()).isNotEqualTo(Stage.CLOSED);
    }

    private void review(DemoAssemblies.People p, long id, String pid, LocalDate on, String findings) {
        fire(pid);
        TestUsers.signIn(accounts, p.principal());
        followUp.recordSixMonth(onlyReviewTask(id), new Inputs.SixMonth(on, findings, true));
    }

    private String onlyReviewTask(long id) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.SIX_MONTH_REVIEW.taskId()).singleResult();
        assertThat(t).as("the six-month review is open").isNotNull();
        return t.getId();
    }

    private Job nextReviewTimer(String pid) {
        return management.createTimerJobQuery().processInstanceId(pid).elementId("sixMonthsLater").singleResult();
    }

    /** Fires the due wait for the next review, as the async executor would. */
    private void fire(String pid) {
        for (Job timer : management.createTimerJobQuery().processInstanceId(pid).executable().list()) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
    }

    private static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(7, 0)).atZone(AssemblyDates.VIETNAM).toInstant());
    }
}
