package vn.hoinghi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;

/** Notifications are made once each, and mail never holds up the one who acted nor the timers. */
class NotificationsIT {

    abstract static class Base {
        @Autowired AccountDetailsService accounts;
        @Autowired SchoolDirectory directory;
        @Autowired LaunchService launch;
        @Autowired PreparationService preparation;
        @Autowired FeedbackService feedback;
        @Autowired PlenaryService plenary;
        @Autowired FollowUpService followUp;
        @Autowired TaskInbox inbox;
        @Autowired TaskService tasks;
        @Autowired Notices notices;
        @Autowired NoticeRepository rows;
        @Autowired NoticeTimers timers;
        @Autowired TaskComments comments;

        AssemblyWalk walk(int year) {
            AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary,
                    followUp, inbox, tasks);
            walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, LocalDate.of(year, 9, 21),
                    LocalDate.of(year, 9, 22), LocalDate.of(year, 9, 23), LocalDate.of(year, 9, 28),
                    LocalDate.of(year, 10, 2), false);
            return walk;
        }

        @AfterEach
        void signOut() {
            TestUsers.signOut();
        }
    }

    @Nested
    @SpringBootTest(properties = "hoinghi.demo-data=true")
    class InTheApp extends Base {

        @Test
        void an_overdue_task_is_told_once_to_each_principal_however_often_the_timer_runs() {
            AssemblyWalk walk = walk(2013);
            String task = walk.onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
            timers.scan();
            timers.scan();
            TestUsers.signIn(accounts, "hieutruong");
            assertThat(notices.mine(500)).filteredOn(n -> n.kind() == NoticeKind.OVERDUE
                    && ("task/" + task).equals(n.link())).hasSize(1);
            assertThat(notices.mine(500)).filteredOn(n -> n.kind() == NoticeKind.NEW_TASK
                    && ("task/" + task).equals(n.link())).hasSize(1);
        }

        @Test
        void a_mention_is_told_once_and_only_to_people_of_the_school() {
            AssemblyWalk walk = walk(2014);
            walk.preparatoryMeeting(LocalDate.of(2014, 9, 21));
            String task = walk.onlyTaskOf("ctcongdoan", AssemblyStep.DRAFTING.taskId());
            comments.addToTask(task, "@hieutruong @hieutruong @chuyenvienkhac @ctcongdoan xem giúp");
            TestUsers.signIn(accounts, "hieutruong");
            assertThat(notices.mine(500)).filteredOn(n -> n.kind() == NoticeKind.MENTION
                    && ("task/" + task).equals(n.link())).hasSize(1);
            // the author is not told of her own mention
            TestUsers.signIn(accounts, "ctcongdoan");
            assertThat(notices.mine(500)).noneMatch(n -> n.kind() == NoticeKind.MENTION
                    && ("task/" + task).equals(n.link()));
        }
    }

    /** An SMTP server that accepts connections and never answers. */
    static final List<Socket> held = new ArrayList<>();
    static ServerSocket hanging;

    static synchronized int hangingPort() {
        if (hanging == null) {
            try {
                hanging = new ServerSocket(0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread t = new Thread(() -> {
                while (!hanging.isClosed()) {
                    try {
                        held.add(hanging.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "hanging-smtp");
            t.setDaemon(true);
            t.start();
        }
        return hanging.getLocalPort();
    }

    @AfterAll
    static void closeServer() throws IOException {
        if (hanging != null) {
            hanging.close();
        }
    }

    @Nested
    @SpringBootTest(properties = {"hoinghi.demo-data=true", "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.connectiontimeout=3000",
            "spring.mail.properties.mail.smtp.timeout=3000"})
    class WithAHangingMailServer extends Base {

        @Autowired JdbcTemplate jdbc;

        @DynamicPropertySource
        static void smtp(DynamicPropertyRegistry registry) {
            registry.add("spring.mail.port", NotificationsIT::hangingPort);
        }

        @Test
        void the_comment_is_saved_at_once_the_timers_go_on_and_the_mail_is_retried_later() throws Exception {
            jdbc.update("update staff set email = ? where username = ?", "hieutruong@example.org", "hieutruong");
            AssemblyWalk walk = walk(2016);
            walk.preparatoryMeeting(LocalDate.of(2016, 9, 21));
            String task = walk.onlyTaskOf("ctcongdoan", AssemblyStep.DRAFTING.taskId());

            long start = System.nanoTime();
            comments.addToTask(task, "@hieutruong nhờ thầy duyệt");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

            // while the mailer waits on the silent server, the due-date timers run through
            start = System.nanoTime();
            timers.scan();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

            // the mail failed on its timeout and is left to be retried, not lost and not marked sent
            long deadline = System.currentTimeMillis() + 20_000;
            Notice mention = null;
            while (System.currentTimeMillis() < deadline) {
                mention = rows.findAll().stream().filter(n -> n.getKind() == NoticeKind.MENTION
                        && n.getRecipient().equals("hieutruong") && ("task/" + task).equals(n.getLink()))
                        .findFirst().orElse(null);
                if (mention != null && mention.getMailAttempts() > 0) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(mention).isNotNull();
            assertThat(mention.getMailAttempts()).isEqualTo(1);
            assertThat(mention.getMailedAt()).isNull();
            assertThat(held).isNotEmpty();
        }
    }
}
