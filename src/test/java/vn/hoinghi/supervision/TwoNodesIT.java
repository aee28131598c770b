package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import vn.hoinghi.Application;
import vn.hoinghi.PostgresqlServer;
import vn.hoinghi.TestUsers;
import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/**
 * Two application nodes on one PostgreSQL database behave as one: every due timer (filing reminders, the
 * escalation, recognition overdue, the six-month review) runs once although both nodes' job executors compete
 * for it, every e-mail is sent once although both nodes deliver and sweep, and documents signed at the same time
 * on both nodes get distinct numbers, 1, 2, 3… with no gap, also when the year's register is opened by both.
 */
@Tag("postgresql-only")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    /** Every e-mail handed to a mail server, by node: "node|recipient|subject". */
    static final Queue<String> SENT = new ConcurrentLinkedQueue<>();

    private Node a;
    private Node b;
    private SupervisionFixture.Body body;
    private final LocalDate today = VietnamTime.today();
    private final Map<String, Long> assemblies = new java.util.HashMap<>();

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        String url = PostgresqlServer.get().createDatabase();
        // one after the other, as in production: the first creates the schema (Flyway and Flowable)
        a = new Node("a", url);
        b = new Node("b", url);

        // The assemblies are brought to their point with the job executors still off, so no timer runs while
        // the data is being entered; then both executors start and compete for the due timers.
        body = SupervisionFixture.body(a.bean(SchoolRegistry.class), a.bean(DemoSchools.class),
                BodyKind.COMMUNE_PEOPLES_COMMITTEE, 4);
        List<DemoAssemblies.People> s = body.schools();
        String year = SeasonService.schoolYearOf(today);
        // filing due yesterday: the 3-days and 1-day reminders and the escalation are all due
        Future<Long> filingA = async(() -> a.bean(DemoAssemblies.class).drive(s.get(0), new DemoAssemblies.Plan(year,
                today.minusDays(6), today.minusDays(1), false, null), DemoAssemblies.Target.FILING, body.officer()));
        Future<Long> filingB = async(() -> b.bean(DemoAssemblies.class).drive(s.get(1), new DemoAssemblies.Plan(year,
                today.minusDays(6), today.minusDays(1), false, null), DemoAssemblies.Target.FILING, body.officer()));
        // the board elected 30 days ago and never recognised: recognition is overdue
        Future<Long> board = async(() -> b.bean(DemoAssemblies.class).drive(s.get(2), new DemoAssemblies.Plan(year,
                today.minusDays(30), today.minusDays(20), true, null), DemoAssemblies.Target.BOARD, body.officer()));
        // accepted, the plenary 7 months ago: the six-month review is due
        LocalDate longAgo = today.minusMonths(7);
        Future<Long> accepted = async(() -> a.bean(DemoAssemblies.class).drive(s.get(3), new DemoAssemblies.Plan(
                SeasonService.schoolYearOf(longAgo), longAgo, longAgo.plusDays(5), false, longAgo.plusDays(2)),
                DemoAssemblies.Target.ACCEPTED, body.officer()));
        assemblies.put("filingA", filingA.get());
        assemblies.put("filingB", filingB.get());
        assemblies.put("board", board.get());
        assemblies.put("accepted", accepted.get());
    }

    @AfterAll
    void stopNodes() {
        if (b != null) {
            b.context.close();
        }
        if (a != null) {
            a.context.close();
        }
    }

    @Test
    void each_due_timer_runs_once_and_each_e_mail_goes_out_once_while_both_nodes_execute_jobs() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Object>> starting = List.of(a, b).stream().map(node -> async(() -> {
            together.await();
            node.startJobExecutor();
            return null;
        })).toList();
        for (Future<Object> f : starting) {
            f.get();
        }
        ManagementService management = a.bean(ManagementService.class);
        HistoryService history = a.bean(HistoryService.class);
        Map<String, String> expected = Map.of(
                "filingA", "sendFilingReminder,sendFilingLastDayReminder,escalateFiling",
                "filingB", "sendFilingReminder,sendFilingLastDayReminder,escalateFiling",
                "board", "notifyRecognitionOverdue",
                "accepted", "sixMonthReview");
        // 3 mailed notifications x (principal + union chair) for each school whose filing is overdue
        waitUntil(() -> expected.entrySet().stream().allMatch(e -> List.of(e.getValue().split(",")).stream()
                        .allMatch(activity -> runs(history, e.getKey(), activity) >= 1))
                && SENT.size() >= 12 && pendingMail() == 0);

        for (var e : expected.entrySet()) {
            for (String activity : e.getValue().split(",")) {
                assertThat(runs(history, e.getKey(), activity)).as("%s of %s", activity, e.getKey()).isEqualTo(1);
            }
        }
        assertThat(management.createDeadLetterJobQuery().count()).as("jobs that failed for good").isZero();
        assertThat(management.createTimerJobQuery().executable().count()).as("due timers left").isZero();

        JdbcClient jdbc = a.bean(JdbcClient.class);
        List<String> sentKeys = jdbc.sql("select recipient_email || '|' || subject from outbox_message"
                + " where status = 'SENT' and school_id in (:schools)")
                .param("schools", body.schools().stream().map(DemoAssemblies.People::schoolId).toList())
                .query(String.class).list();
        List<String> delivered = SENT.stream().map(m -> m.substring(m.indexOf('|') + 1)).toList();
        assertThat(sentKeys).hasSize(12);
        assertThat(delivered).as("what the mail server received, once each").containsExactlyInAnyOrderElementsOf(sentKeys);
        System.out.println("Two nodes: e-mail sent by node " + SENT.stream()
                .collect(Collectors.groupingBy(m -> m.substring(0, m.indexOf('|')), Collectors.counting())));
    }

    @Test
    void documents_signed_at_the_same_time_on_both_nodes_get_distinct_numbers_without_a_gap() throws Exception {
        // an accepted dossier is frozen (nothing more is signed), so the race is run while filing
        for (String key : List.of("filingA")) {
            long assemblyId = assemblies.get(key);
            DemoAssemblies.People school = key.equals("filingA") ? body.schools().get(0) : body.schools().get(3);
            TestUsers.signIn(a.bean(AccountDetailsService.class), school.principal());
            List<DocumentService.DocumentRow> unsigned = a.bean(DocumentService.class).documents(assemblyId).stream()
                    .filter(r -> r.available() && !r.signed() && r.ref().kind() != DocumentKind.COVER_LETTER)
                    .filter(r -> !r.myCapacities().isEmpty())
                    .toList();
            TestUsers.signOut();
            // at least one for each node and one more (the resolution is already signed as it is sent)
            assertThat(unsigned).as("documents to sign in %s", key).hasSizeGreaterThanOrEqualTo(3);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<?>> signing = new ArrayList<>();
            for (Node node : List.of(a, b)) {
                List<DocumentService.DocumentRow> mine = new ArrayList<>();
                for (int i = node == a ? 0 : 1; i < unsigned.size(); i += 2) {
                    mine.add(unsigned.get(i));
                }
                signing.add(async(() -> {
                    TestUsers.signIn(node.bean(AccountDetailsService.class), school.principal());
                    together.await();
                    for (DocumentService.DocumentRow row : mine) {
                        node.bean(DocumentService.class).sign(assemblyId, row.ref(),
                                new DocumentService.SignInput(row.myCapacities().get(0),
                                        row.naturalDate()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : signing) {
                f.get();
            }
            Map<Integer, List<Integer>> numbersByYear = a.bean(JdbcClient.class)
                    .sql("select issue_year, seq_no from issued_document where school_id = :school")
                    .param("school", school.schoolId())
                    .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2))).list().stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            numbersByYear.forEach((year, numbers) -> assertThat(numbers).as("%s, register of %d", key, year)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                            .boxed().toList()));
            assertThat(numbersByYear.values().stream().mapToInt(List::size).sum())
                    .isGreaterThanOrEqualTo(unsigned.size());
        }
    }

    private long runs(HistoryService history, String assembly, String activity) {
        String pid = a.bean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(assemblies.get(assembly))).singleResult()
                .getProcessInstanceId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityId(activity).count();
    }

    private long pendingMail() {
        return a.bean(JdbcClient.class).sql("select count(*) from outbox_message where status <> 'SENT'")
                .query(Long.class).single();
    }

    /** Waits for the job executors, which run on their own threads and clocks; at most two minutes. */
    private static void waitUntil(BooleanSupplier done) {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the two nodes did not finish their jobs within two minutes");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    private static <T> Future<T> async(Callable<T> work) {
        return POOL.submit(() -> {
            try {
                return work.call();
            } finally {
                TestUsers.signOut();
            }
        });
    }

    /** One application instance: the production configuration, this database, a mail server that records. */
    static final class Node {
        final String name;
        final ConfigurableApplicationContext context;

        Node(String name, String url) {
            this.name = name;
            this.context = new SpringApplicationBuilder(Application.class, RecordingMail.class)
                    .properties("hoinghi.test.node=" + name)
                    .run("--spring.config.location=classpath:/application.properties",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + PostgresqlServer.USER,
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--hoinghi.demo-data=false",
                            // started by the test once the data is in place
                            "--flowable.async-executor-activate=false",
                            // one job per acquisition: the nodes take turns and meet on the same jobs
                            "--flowable.process.async.executor.max-timer-jobs-per-acquisition=1",
                            "--flowable.process.async.executor.max-async-jobs-due-per-acquisition=1",
                            "--flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.5S",
                            "--flowable.process.async.executor.default-async-job-acquire-wait-time=PT0.5S",
                            // both nodes sweep the outbox every second as well
                            "--hoinghi.mail.sweep-initial-delay=PT1S",
                            "--hoinghi.mail.sweep-delay=PT1S");
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        void startJobExecutor() {
            ProcessEngineConfiguration config = bean(SpringProcessEngineConfiguration.class);
            config.getAsyncExecutor().start();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RecordingMail {
        @Bean
        JavaMailSender recordingMailSender(org.springframework.core.env.Environment env) {
            String node = env.getProperty("hoinghi.test.node", "?");
            return new JavaMailSenderImpl() {
                @Override
                protected void doSend(MimeMessage[] messages, Object[] originals) {
                    for (MimeMessage m : messages) {
                        try {
                            SENT.add(node + "|" + m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "")
                                    + "|" + m.getSubject());
                        } catch (MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            };
        }
    }
}
