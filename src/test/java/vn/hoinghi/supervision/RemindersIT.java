package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.NotificationService;
import vn.hoinghi.assembly.NotificationService.NotificationView;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/**
 * Reminders 3 days and 1 day before the filing deadline and on the day it is missed, in the app and by
 * e-mail to the principal and the union chair, each once: not again when the timers fire again (a
 * returned dossier re-arms them) nor when delivery runs again after a restart.
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class RemindersIT {

    @Autowired SchoolRegistry registry;
    @Autowired DemoSchools schools;
    @Autowired DemoAssemblies assemblies;
    @Autowired AccountDetailsService accounts;
    @Autowired Tracker tracker;
    @Autowired FollowUpService followUp;
    @Autowired NotificationService notifications;
    @Autowired MailOutbox outbox;
    @Autowired MailDelivery delivery;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    private final LocalDate today = VietnamTime.today();
    private final String year = SeasonService.schoolYearOf(today);

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void each_reminder_goes_out_once_in_the_app_and_by_e_mail_and_the_missed_deadline_reaches_the_officer() {
        SupervisionFixture.Body body = SupervisionFixture.body(registry, schools, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        DemoAssemblies.People school = body.schools().get(0);
        LocalDate deadline = today.minusDays(1);
        long id = assemblies.drive(school, new DemoAssemblies.Plan(year, today.minusDays(6), deadline, false, null),
                DemoAssemblies.Target.FILING, body.officer());
        assertThat(fireTimers(id)).isEqualTo(3);

        for (String person : List.of(school.principal(), school.unionChair())) {
            TestUsers.signIn(accounts, person);
            assertThat(mine(id)).as(person).containsExactlyInAnyOrder("notification.filingReminder",
                    "notification.filingLastDayReminder", "notification.filingOverdue");
        }
        TestUsers.signIn(accounts, body.officer());
        assertThat(mine(id)).containsExactly("notification.filingOverdueBody");
        List<MailOutbox.OutboxRow> mail = outbox.page(0, 50);
        assertThat(mail).hasSize(6);
        assertThat(mail).extracting(MailOutbox.OutboxRow::recipientEmail).containsOnly(
                "hieutruong@" + DemoSchools.code(body.names().get(0)) + ".edu.vn",
                "ctcongdoan@" + DemoSchools.code(body.names().get(0)) + ".edu.vn");
        assertThat(mail).extracting(MailOutbox.OutboxRow::status).as("no mail server in tests: kept in the app")
                .containsOnly(OutboxStatus.IN_APP);
        assertThat(mail).extracting(MailOutbox.OutboxRow::subject).contains(
                "[Hội nghị] Quá hạn nộp hồ sơ hội nghị – " + body.names().get(0));
        assertThat(mail.get(0).body()).contains("Kính gửi").contains(body.names().get(0));

        // filed, returned: the filing task and its timers come back; nothing is sent twice
        TestUsers.signIn(accounts, school.unionChair());
        String file = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.FILE_DOSSIER.taskId()).singleResult().getId();
        TestUsers.signIn(accounts, school.principal());
        assemblies.signDossierPieces(id);
        TestUsers.signIn(accounts, school.unionChair());
        followUp.file(file, new Inputs.Filing(true, true, true, null));
        TestUsers.signIn(accounts, body.officer());
        tracker.returnDossier(id, "Thiếu bản scan có dấu đỏ");
        assertThat(fireTimers(id)).isEqualTo(3);
        // a restart: the sweep runs again over what is stored
        delivery.deliverPending();
        delivery.deliverPending();

        assertThat(outbox.page(0, 50)).hasSize(6).extracting(MailOutbox.OutboxRow::status)
                .containsOnly(OutboxStatus.IN_APP);
        TestUsers.signIn(accounts, school.unionChair());
        assertThat(mine(id)).hasSize(3);
        TestUsers.signIn(accounts, body.officer());
        assertThat(mine(id)).hasSize(1);
    }

    private List<String> mine(long assemblyId) {
        return notifications.mine().stream().filter(n -> n.assemblyId() != null && n.assemblyId() == assemblyId)
                .map(NotificationView::messageKey).filter(k -> k.startsWith("notification.filing")).toList();
    }

    /** Fires every due timer of the assembly, as the async executor would; returns how many. */
    private int fireTimers(long assemblyId) {
        String pid = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId)).list().get(0)
                .getProcessInstanceId();
        List<Job> due = management.createTimerJobQuery().processInstanceId(pid).executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.size();
    }
}
