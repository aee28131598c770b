package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.hoinghi.Application;
import vn.hoinghi.SmtpSink;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.shared.VietnamTime;

/**
 * A crash in the middle of the season, on the production build as a province runs it.
 *
 * <p>What it proves: the packaged jar ({@code target/hoinghi.jar}, started with {@code java -jar} as a process
 * of its own, production configuration, H2 file database from {@code HOINGHI_DB}, mail through
 * {@code SPRING_MAIL_HOST}, metrics on) is killed with SIGKILL while the engine's job executor is firing due
 * timers and mailing reminders, and started again, the same command on the same database. A plain
 * {@code package} leaves Vaadin's production bundle out of the jar ({@code -Pproduction} puts it in); such a jar is
 * started with {@code -Dvaadin.productionMode=true}: no page is served, everything checked here is the jar's.
 * After the restarted app has caught up (its metrics show no job waiting and only the future timers):
 * <ul>
 * <li>every timer that was due fired exactly once (the engine's history, per assembly and timer), the timers
 * not yet due are still scheduled, and no job is left waiting, locked or dead-lettered;</li>
 * <li>no task is lost or duplicated: the open tasks are the same ones (same ids) as before the crash, plus the
 * one six-month review the due timer creates, each with its inbox index;</li>
 * <li>no reminder was sent twice: each in-app notification exists once, each e-mail is in the outbox once, and
 * the mail server received no message twice; every e-mail was sent, except at most the ones being handed to
 * the server at the instant of the kill, which stay marked as being sent and are not sent again;</li>
 * <li>the schools' document numbers, given while the assemblies were brought to their points, are contiguous
 * after the crash, 1…n per register and year, with the register's counter at n (nobody signs while the jar runs:
 * signing is a person's act in the browser).</li>
 * </ul>
 * The assemblies are brought to their points beforehand through the real services, in a Spring context of
 * this test on the same file database with the job executor off (production has no demo accounts); then the
 * context is closed and only the jar touches the database until it is stopped; the checks read the file
 * database with JDBC afterwards. The mail server is this test's own ({@link SmtpSink}), so what it received
 * survives the kill; it answers each message slowly, as a busy server does, which spreads the reminders over
 * a few seconds, and the kill comes while the tenth message is being handed over.
 */
class CrashMidSeasonIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int KILL_AT_MESSAGE = 10;
    private static final String METRICS_PASSWORD = "giam-sat-" + System.nanoTime();

    private final LocalDate today = VietnamTime.today();
    protected final Path dir = Path.of("target", getClass().getSimpleName()).toAbsolutePath();
    private final Path db = dir.resolve("hoinghi");

    /** The seeding context's database arguments: the same H2 file the jar's HOINGHI_DB names. */
    protected List<String> databaseArguments() {
        return List.of("--HOINGHI_DB=" + db);
    }

    /** The jar's database, as a province sets it in the service's environment. */
    protected void databaseEnvironment(Map<String, String> env) {
        env.put("HOINGHI_DB", db.toString());
    }

    /** The database read after the app has stopped. */
    protected SingleConnectionDataSource checkingDataSource() {
        return new SingleConnectionDataSource("jdbc:h2:file:" + db, "sa", "", true);
    }

    /** What was true just before the jar first started. */
    private record Season(Map<String, Long> assemblies, Map<String, String> processes, Set<String> openTasks,
                          long timersDue, long timersNotDue) {
    }

    @Test
    void after_a_sigkill_while_timers_fire_each_due_timer_fired_once_and_nothing_is_lost_duplicated_or_sent_twice()
            throws Exception {
        Path jar = Path.of("target", "hoinghi.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (mvn package, or verify, builds it)").exists();
        deleteRecursively(dir);
        Files.createDirectories(dir);

        Season season = prepare();
        assertThat(season.timersDue()).as("timers due when the jar starts").isEqualTo(21);
        assertThat(season.timersNotDue()).as("timers not yet due").isEqualTo(2);

        try (SmtpSink mail = new SmtpSink(400)) {
            int appPort = freePort();
            int metricsPort = freePort();

            // First run: the job executor fires the due timers; the kill comes in the middle of their mail.
            AtomicInteger seen = new AtomicInteger();
            Process[] first = new Process[1];
            mail.onReceived(m -> {
                if (seen.incrementAndGet() == KILL_AT_MESSAGE) {
                    first[0].destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no unlocking of jobs
                }
            });
            first[0] = start(jar, appPort, metricsPort, mail.port(), "run-1-killed.log");
            if (!first[0].waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                first[0].destroyForcibly().waitFor();
                throw new AssertionError("the first run sent fewer than " + KILL_AT_MESSAGE + " e-mails in "
                        + PATIENCE + "; log: " + tail("run-1-killed.log"));
            }
            assertThat(first[0].exitValue()).as("killed by SIGKILL (128 + 9); log: %s",
                    tail("run-1-killed.log")).isEqualTo(137);
            int beforeCrash = mail.received().size();
            mail.onReceived(m -> { });

            // Second run, the same command on the same database: it catches up.
            Process second = start(jar, appPort, metricsPort, mail.port(), "run-2.log");
            try {
                long started = System.nanoTime();
                waitUntil("the restarted app fired the due timers and delivered the mail", second, () -> {
                    Map<String, Double> m = metrics(metricsPort);
                    return m != null && m.getOrDefault("hoinghi_engine_jobs_waiting", -1.0) == 0
                            && m.getOrDefault("hoinghi_engine_timers_scheduled", -1.0) == season.timersNotDue()
                            && System.nanoTime() - started > Duration.ofSeconds(8).toNanos()
                            && quietFor(mail, Duration.ofSeconds(5));
                });
            } finally {
                second.destroy(); // SIGTERM: a clean stop, so the file database is closed
                if (!second.waitFor(60, TimeUnit.SECONDS)) {
                    second.destroyForcibly().waitFor();
                }
            }
            assertThat(Files.readString(dir.resolve("run-2.log")))
                    .as("the clean stop closes the database after the job executor, not under it")
                    .doesNotContain("Database is already closed");
            List<SmtpSink.Received> received = mail.received();
            System.out.printf("Crash test: %d e-mails before the SIGKILL, %d after the restart; %s%n", beforeCrash,
                    received.size() - beforeCrash, Files.readAllLines(dir.resolve("run-2.log")).stream()
                            .filter(l -> l.contains("JobsLeftByACrash")).findFirst()
                            .map(l -> l.replaceAll(".*: Job executor", "job executor")).orElse(""));
            assertThat(received.size()).as("the restarted app sent what was left").isGreaterThan(beforeCrash);

            check(season, received);
        }
    }

    /** Brings nine schools' assemblies to points where timers are due, with the job executor off. */
    private Season prepare() {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.config.location=classpath:/application.properties",
                "--server.port=0",
                "--hoinghi.demo-data=false",
                "--flowable.async-executor-activate=false"));
        args.addAll(databaseArguments());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(args.toArray(String[]::new))) {
            SupervisionFixture.Body body = SupervisionFixture.body(app.getBean(SchoolRegistry.class),
                    app.getBean(DemoSchools.class), BodyKind.COMMUNE_PEOPLES_COMMITTEE, 9);
            DemoAssemblies drive = app.getBean(DemoAssemblies.class);
            List<DemoAssemblies.People> s = body.schools();
            String year = SeasonService.schoolYearOf(today);
            Map<String, Long> assemblies = new LinkedHashMap<>();
            // filing due yesterday: both reminders and the escalation are due
            for (int i = 0; i < 6; i++) {
                assemblies.put("late" + i, drive.drive(s.get(i), new DemoAssemblies.Plan(year, today.minusDays(6),
                        today.minusDays(1), false, null), DemoAssemblies.Target.FILING, body.officer()));
            }
            // filing due in two days: the first reminder is due, the last one and the deadline are not
            assemblies.put("soon", drive.drive(s.get(6), new DemoAssemblies.Plan(year, today.minusDays(4),
                    today.plusDays(2), false, null), DemoAssemblies.Target.FILING, body.officer()));
            // the board elected 30 days ago and never recognised
            assemblies.put("board", drive.drive(s.get(7), new DemoAssemblies.Plan(year, today.minusDays(30),
                    today.minusDays(20), true, null), DemoAssemblies.Target.BOARD, body.officer()));
            // accepted, the plenary seven months ago: the six-month review is due
            LocalDate longAgo = today.minusMonths(7);
            assemblies.put("accepted", drive.drive(s.get(8), new DemoAssemblies.Plan(
                    SeasonService.schoolYearOf(longAgo), longAgo, longAgo.plusDays(5), false, longAgo.plusDays(2)),
                    DemoAssemblies.Target.ACCEPTED, body.officer()));

            RuntimeService runtime = app.getBean(RuntimeService.class);
            Map<String, String> processes = new LinkedHashMap<>();
            assemblies.forEach((k, id) -> processes.put(k, runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(String.valueOf(id)).singleResult().getProcessInstanceId()));
            Set<String> open = app.getBean(TaskService.class).createTaskQuery()
                    .processInstanceIdIn(List.copyOf(processes.values())).list().stream()
                    .map(t -> t.getProcessInstanceId() + "|" + t.getTaskDefinitionKey() + "|" + t.getId())
                    .collect(Collectors.toSet());
            ManagementService management = app.getBean(ManagementService.class);
            long all = management.createTimerJobQuery().count();
            long due = management.createTimerJobQuery().executable().count();
            return new Season(assemblies, processes, open, due, all - due);
        }
    }

    private void check(Season season, List<SmtpSink.Received> received) {
        SingleConnectionDataSource ds = checkingDataSource();
        try {
            JdbcClient jdbc = JdbcClient.create(ds);
            Map<String, String> p = season.processes();

            // each due timer fired exactly once; the two not yet due did not fire and are still scheduled
            Map<String, List<String>> fired = new LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
                fired.put("late" + i, List.of("sendFilingReminder", "sendFilingLastDayReminder", "escalateFiling"));
            }
            fired.put("soon", List.of("sendFilingReminder"));
            fired.put("board", List.of("notifyRecognitionOverdue"));
            fired.put("accepted", List.of("sixMonthsLater"));
            fired.forEach((assembly, activities) -> activities.forEach(activity ->
                    assertThat(runs(jdbc, p.get(assembly), activity)).as("%s of %s", activity, assembly)
                            .isEqualTo(1)));
            for (String notYet : List.of("sendFilingLastDayReminder", "escalateFiling")) {
                assertThat(runs(jdbc, p.get("soon"), notYet)).as("%s of soon, not yet due", notYet).isZero();
            }
            assertThat(jdbc.sql("select element_id_ from act_ru_timer_job where process_instance_id_ = :p")
                    .param("p", p.get("soon")).query(String.class).list())
                    .containsExactlyInAnyOrder("filingReminderLastDay", "filingDeadlineMissed");
            assertThat(count(jdbc, "select count(*) from act_ru_timer_job")).isEqualTo(season.timersNotDue());
            assertThat(count(jdbc, "select count(*) from act_ru_job")).as("jobs waiting or locked").isZero();
            assertThat(count(jdbc, "select count(*) from act_ru_deadletter_job")).as("dead-lettered jobs").isZero();

            // no task lost or duplicated: the same open tasks, plus the review the timer opened, each indexed
            List<String> open = jdbc.sql("select proc_inst_id_ || '|' || task_def_key_ || '|' || id_ from act_ru_task"
                            + " where proc_inst_id_ in (:p)").param("p", p.values())
                    .query(String.class).list();
            assertThat(open).doesNotHaveDuplicates();
            List<String> added = open.stream().filter(t -> !season.openTasks().contains(t)).toList();
            assertThat(open).as("the tasks open before the crash").containsAll(season.openTasks());
            assertThat(added).as("tasks opened since").singleElement().asString()
                    .startsWith(p.get("accepted") + "|sixMonthReview|");
            assertThat(jdbc.sql("select proc_inst_id_ || '|' || task_def_key_ from act_ru_task"
                            + " where proc_inst_id_ in (:p)").param("p", p.values()).query(String.class).list())
                    .as("one task per step").doesNotHaveDuplicates();
            assertThat(count(jdbc, "select count(*) from act_ru_task t where t.proc_inst_id_ in (:p) and not exists"
                    + " (select 1 from act_ru_variable v where v.task_id_ = t.id_ and v.name_ = 'inboxSchool')",
                    p.values())).as("open tasks missing from the inbox index").isZero();

            // each reminder once in the app: principal and union chair, and the body once per missed deadline
            Map<String, Long> notices = new LinkedHashMap<>();
            jdbc.sql("select assembly_id, message_key, count(*) from notification where assembly_id in (:a)"
                            + " and message_key in (:k) group by assembly_id, message_key")
                    .param("a", season.assemblies().values())
                    .param("k", List.of("notification.filingReminder", "notification.filingLastDayReminder",
                            "notification.filingOverdue", "notification.filingOverdueBody",
                            "notification.recognitionOverdue"))
                    .query((rs, n) -> notices.put(rs.getLong(1) + "|" + rs.getString(2), rs.getLong(3))).list();
            Map<String, Long> expected = new LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
                long id = season.assemblies().get("late" + i);
                expected.put(id + "|notification.filingReminder", 2L);
                expected.put(id + "|notification.filingLastDayReminder", 2L);
                expected.put(id + "|notification.filingOverdue", 2L);
                expected.put(id + "|notification.filingOverdueBody", 1L);
            }
            expected.put(season.assemblies().get("soon") + "|notification.filingReminder", 2L);
            expected.put(season.assemblies().get("board") + "|notification.recognitionOverdue", 2L);
            assertThat(notices).as("notifications by assembly and kind").containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(jdbc.sql("select recipient || '|' || message_key || '|' || coalesce(task_id, '')"
                            + " || '|' || coalesce(message_args, '') from person_notification")
                    .query(String.class).list()).as("each person told once").doesNotHaveDuplicates();

            // each e-mail once in the outbox (principal and union chair, for each of the 19 mailed reminders)
            List<Map<String, Object>> outbox = jdbc.sql("select recipient_email, subject, message_body, status"
                    + " from outbox_message").query().listOfRows();
            assertThat(outbox).hasSize(2 * (6 * 3 + 1));
            System.out.println("Crash test: outbox " + outbox.stream().collect(Collectors.groupingBy(
                    r -> String.valueOf(r.get("status")), Collectors.counting())) + ", the mail server received "
                    + received.size());
            Map<String, Long> byKey = received.stream()
                    .collect(Collectors.groupingBy(SmtpSink.Received::key, Collectors.counting()));
            assertThat(byKey.values()).as("messages the mail server received twice")
                    .allMatch(n -> n == 1);
            int inFlight = 0;
            for (Map<String, Object> row : outbox) {
                String key = row.get("recipient_email") + "|" + row.get("subject") + "|"
                        + String.valueOf(row.get("message_body")).replace("\r\n", "\n").strip();
                String status = String.valueOf(row.get("status"));
                if (status.equals("SENT")) {
                    assertThat(byKey.get(key)).as("received once: %s", key).isEqualTo(1L);
                } else {
                    // claimed, then killed before the server's answer was recorded: never sent again
                    assertThat(status).as("status of %s", key).isEqualTo("SENDING");
                    inFlight++;
                }
            }
            // one at a time on each of the engine's 8 job threads and on the outbox sweep's thread
            assertThat(inFlight).as("e-mails being handed over at the kill").isLessThanOrEqualTo(9);

            // the registers: numbers 1..n for each school and year, the counter at n
            Map<String, List<Integer>> numbers = jdbc.sql("select school_id, issue_year, seq_no from issued_document")
                    .query((rs, n) -> Map.entry(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3))).list().stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            assertThat(numbers).isNotEmpty();
            numbers.forEach((register, list) -> {
                assertThat(list).as("register %s", register).containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, list.size()).boxed().toList());
                String[] k = register.split("/");
                assertThat(jdbc.sql("select last_number from document_counter where school_id = :s and issue_year = :y")
                        .param("s", Long.parseLong(k[0])).param("y", Integer.parseInt(k[1])).query(Integer.class)
                        .single()).as("counter of %s", register).isEqualTo(list.size());
            });
        } finally {
            ds.destroy();
        }
    }

    private static long runs(JdbcClient jdbc, String process, String activity) {
        return jdbc.sql("select count(*) from act_hi_actinst where proc_inst_id_ = :p and act_id_ = :a")
                .param("p", process).param("a", activity).query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String sql, Object in) {
        return jdbc.sql(sql).param("p", in).query(Long.class).single();
    }

    /** The production jar as its own OS process, configured as the README's production section says. */
    private Process start(Path jar, int port, int metricsPort, int smtpPort, String log) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-XX:+UseSerialGC"));
        if (!withProductionBundle(jar)) {
            // a plain package has no Vaadin production bundle (-Pproduction adds it): production mode all the
            // same, the pages are not served but everything this test is about runs as in production
            command.add("-Dvaadin.productionMode=true");
        }
        command.addAll(List.of("-jar", jar.toString(),
                // the outbox and notification sweeps pick up what a crash left behind; minutes in production,
                // seconds here so the test need not wait for them
                "--hoinghi.mail.sweep-initial-delay=PT2S", "--hoinghi.mail.sweep-delay=PT2S",
                "--hoinghi.notify.sweep-initial-delay=PT2S", "--hoinghi.notify.sweep-delay=PT5S"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("HOINGHI_") || k.startsWith("SPRING_") || k.equals("PORT"));
        databaseEnvironment(env);
        env.put("PORT", String.valueOf(port));
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
        env.put("HOINGHI_METRICS_PORT", String.valueOf(metricsPort));
        env.put("HOINGHI_METRICS_PASSWORD", METRICS_PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(log).toFile()));
        return pb.start();
    }

    private static boolean withProductionBundle(Path jar) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            var info = zip.getEntry("BOOT-INF/classes/META-INF/VAADIN/config/flow-build-info.json");
            return info != null && new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("\\s", "").contains("\"productionMode\":true");
        }
    }

    /** The engine's gauges as the province's monitoring reads them; null while the app is not up. */
    private static Map<String, Double> metrics(int port) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("prometheus:" + METRICS_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return null;
            }
            return r.body().lines().filter(l -> l.startsWith("hoinghi_engine_"))
                    .map(l -> l.split(" "))
                    .collect(Collectors.toMap(a -> a[0].replaceAll("\\{.*", ""), a -> Double.parseDouble(a[1]),
                            (x, y) -> x));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean quietFor(SmtpSink mail, Duration quiet) {
        List<SmtpSink.Received> all = mail.received();
        return all.isEmpty() || System.nanoTime() - all.get(all.size() - 1).atNanos() > quiet.toNanos();
    }

    private void waitUntil(String what, Process app, BooleanSupplier done) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (!app.isAlive()) {
                throw new AssertionError("the app stopped before " + what + "; log: " + tail("run-2.log"));
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + PATIENCE + ": " + what + "; log: " + tail("run-2.log"));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String tail(String log) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(log));
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
