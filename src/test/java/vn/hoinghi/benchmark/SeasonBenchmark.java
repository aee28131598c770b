package vn.hoinghi.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.Application;
import vn.hoinghi.PostgresqlServer;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.benchmark.ProvinceGenerator.GeneratedSchool;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.e2e.Chromium;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.RosterFiles;
import vn.hoinghi.school.RosterImportService;
import vn.hoinghi.school.RosterImportSummary;
import vn.hoinghi.school.RosterPreview;
import vn.hoinghi.supervision.FilingState;
import vn.hoinghi.supervision.Tracker;
import vn.hoinghi.supervision.TrackerExport;
import vn.hoinghi.supervision.TrackerFilter;
import vn.hoinghi.supervision.TrackerSort;
import vn.hoinghi.security.AppUser;

/**
 * A province's assembly season on one machine. Not part of `./mvnw verify`: run it with
 * `./mvnw -Pproduction,benchmark verify` (2,500 schools) or add `-Dbench.schools=100` for the quick mode;
 * `-Dbench.db=postgresql` runs it on the test PostgreSQL server instead of an H2 file, and with
 * `-Dbench.nodes=2` a second app instance on the same database drives every other school.
 * Writes target/benchmark/results.json and results.md.
 */
@DisabledIfSystemProperty(named = "bench.mode", matches = "crowd") // CrowdBenchmark's turn
class SeasonBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SeasonBenchmark.class);
    private static final Path OUT = Path.of("target", "benchmark");
    /** The options of the app's own URL (application.properties), for both the app and the engine baseline. */
    private static final String H2_OPTIONS = ";AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256";
    /** Enough samples that a p95 is not the second-slowest of a handful (40 and 30 before 03/12). */
    private static final int SEARCH_SAMPLES = 100;
    private static final int TRACKER_ROUNDS = 100;

    /** h2 (the default: a file database, as ./mvnw) or postgresql (the test PostgreSQL server, as production). */
    private final String db = System.getProperty("bench.db", "h2");
    /** 2: a second app instance on the same PostgreSQL database takes every other school. */
    private final int nodes = Integer.getInteger("bench.nodes", 1);
    private final int schools = Integer.getInteger("bench.schools", 2500);
    /**
     * season (the default): the whole season driven task by task. pages: the province and its season's records
     * written in bulk (each assembly launched through the service, its meetings, plenary, election and dossier
     * inserted as the season leaves them), then only what a person waits for is measured: inbox, tracker, exports,
     * searches, roster import. A few minutes at 2,500 schools instead of the season's half hour.
     */
    private final String mode = System.getProperty("bench.mode", "season");
    private final int threads = Integer.getInteger("bench.threads", 2);
    private final int inboxSamples = Integer.getInteger("bench.inboxSamples", 500);
    /** Measured sessions, each a real sign-in in Chromium (about 3 s here), after as many for warm-up. */
    private final int sessions = Integer.getInteger("bench.sessions", schools >= 1000 ? 60 : 30);
    /** Assemblies run first and not counted, so neither side is measured with a cold JIT. */
    private final int warmup = Integer.getInteger("bench.warmup",
            "pages".equals(mode) || "roster".equals(mode) ? 0 : schools >= 1000 ? 100 : 10);
    /** Steps left out, comma-separated: memory (the Chromium sessions), startup (the jar started three times). */
    private final Set<String> skip = Set.of(System.getProperty("bench.skip", "").split(","));
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Stats stats = new Stats();

    @Test
    void province_season() throws Exception {
        Files.createDirectories(OUT);
        try (var files = Files.list(OUT)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("(season|engine).*\\.db")).toList()) {
                Files.delete(p);
            }
        }
        results.put("machine", machine());
        results.put("schools", schools);
        results.put("warmupSchools", warmup);
        results.put("threads", threads);
        results.put("mode", mode);
        if (!mode.equals("season") && !mode.equals("pages") && !mode.equals("roster")) {
            throw new IllegalArgumentException("bench.mode is season, pages or roster, not " + mode);
        }
        if (!db.equals("h2") && !db.equals("postgresql")) {
            throw new IllegalArgumentException("bench.db is h2 or postgresql, not " + db);
        }
        if (nodes > 1 && !postgresql()) {
            throw new IllegalArgumentException("bench.nodes=2 needs -Dbench.db=postgresql: H2 is one process's");
        }
        // commits flushed to disk, as a production server does, unless -Dbench.pgDurable=false
        System.setProperty(PostgresqlServer.DURABLE, System.getProperty("bench.pgDurable", "true"));
        seasonUrl = database("season");
        results.put("databaseKind", postgresql() ? "PostgreSQL " + (Boolean.getBoolean(PostgresqlServer.DURABLE)
                ? "(Debian's, on loopback, durable commits)" : "(Debian's, on loopback, fsync off)") : "H2 file");
        results.put("nodes", nodes);
        long started = System.nanoTime();
        ConfigurableApplicationContext ctx = node(seasonUrl);
        results.put("contextStartSeconds", round((System.nanoTime() - started) / 1e9));
        ConfigurableApplicationContext second = nodes > 1 ? node(seasonUrl) : null;
        results.put("database", ctx.getEnvironment().getProperty("spring.datasource.url"));
        try {
            List<GeneratedSchool> all = generate(ctx);
            List<GeneratedSchool> warm = all.subList(0, warmup);
            List<GeneratedSchool> province = all.subList(warmup, all.size());
            if (mode.equals("roster")) {
                // the roster import alone (with -Dbench.schools=1: about a minute), to measure and profile it
                rosterImport(ctx);
                return;
            }
            if (mode.equals("pages")) {
                bulkSeason(ctx, province);
                inbox(ctx, province);
                tracker(ctx);
                searches(ctx, province);
                rosterImport(ctx);
                results.put("rssAfterSeasonMb", rssMb());
                return;
            }
            // both nodes share this JVM and so its JIT: warming one warms both
            warmUp(ctx, warm);
            season(second == null ? List.of(ctx) : List.of(ctx, second), province);
            timersOnce(ctx);
            if (second != null) {
                second.close();
                second = null;
                // each app instance installs its own holder strategy (Vaadin's) globally: the first one's again,
                // which its method security reads
                SecurityContextHolder.setContextHolderStrategy(
                        ctx.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
            }
            baseline(province);
            inbox(ctx, province);
            tracker(ctx);
            searches(ctx, province);
            rosterImport(ctx);
            if (!skip.contains("memory")) {
                memory(ctx, province);
            }
            results.put("rssAfterSeasonMb", rssMb());
        } finally {
            if (second != null) {
                second.close();
            }
            ctx.close();
            if (!mode.equals("season")) {
                write();
            }
        }
        if (!skip.contains("startup")) {
            startup();
        }
        write();
    }

    private String seasonUrl;

    private boolean postgresql() {
        return db.equals("postgresql");
    }

    /** A fresh database: an H2 file under target/benchmark, or a new database of the test PostgreSQL server. */
    private String database(String name) {
        return postgresql() ? PostgresqlServer.get().createDatabase()
                : "jdbc:h2:file:" + OUT.toAbsolutePath().resolve(name) + H2_OPTIONS;
    }

    /** One app instance on the database. */
    private ConfigurableApplicationContext node(String url) {
        // command-line arguments outrank the test classpath's config/application.properties (an in-memory DB)
        return new SpringApplicationBuilder(Application.class)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(StatementCounter.postProcessor()))
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (postgresql() ? PostgresqlServer.USER : "sa"),
                        "--spring.datasource.password=", "--hoinghi.demo-data=false",
                        "--flowable.async-executor-activate=false", "--server.port=0",
                        "--logging.level.org.flowable=warn", "--logging.level.vn.hoinghi=warn");
    }

    private List<GeneratedSchool> generate(ConfigurableApplicationContext ctx) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String hash = ctx.getBean(PasswordEncoder.class).encode("hoinghi2023");
        jdbc.update("insert into supervising_body (name, kind) values (?, 'PROVINCIAL_DEPARTMENT_OF_EDUCATION')",
                "Sở Giáo dục và Đào tạo (benchmark)");
        Long bodyId = jdbc.queryForObject("select id from supervising_body where name = ?", Long.class,
                "Sở Giáo dục và Đào tạo (benchmark)");
        jdbc.update("insert into supervisor_account (supervising_body_id, username, full_name, password_hash, active) "
                + "values (?, 'sogd', 'Chuyên viên Sở', ?, true)", bodyId, hash);
        long start = System.nanoTime();
        List<GeneratedSchool> province = new ProvinceGenerator(jdbc).generate(schools + warmup, hash);
        // the staff search keys are computed in Java (diacritics); the app's own start-up task fills them in
        ctx.getBeanProvider(org.springframework.boot.ApplicationRunner.class).stream()
                .filter(r -> r.getClass().getSimpleName().startsWith("StaffKeys")).forEach(r -> {
                    try {
                        r.run(null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        long staff = province.stream().mapToLong(s -> s.staff().size()).sum();
        results.put("staff", staff);
        results.put("generationSeconds", round((System.nanoTime() - start) / 1e9));
        log.warn("Generated {} schools with {} staff", schools, staff);
        return province;
    }

    /** The season: each school's assembly driven to its end, schools handed out in turn to the nodes. */
    private void season(List<ConfigurableApplicationContext> onNodes, List<GeneratedSchool> province)
            throws Exception {
        List<AssemblyDriver> drivers = onNodes.stream().map(this::driver).toList();
        AtomicInteger tasks = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long sql = StatementCounter.TOTAL.sum();
        long start = System.nanoTime();
        long[] halfway = new long[1];
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < province.size(); i++) {
            GeneratedSchool school = province.get(i);
            int index = i;
            LocalDate day = LocalDate.of(2024, 9, 16).plusDays(i % 40);
            futures.add(pool.submit(() -> {
                tasks.addAndGet(drivers.get(index % drivers.size()).run(school, "2024-2025", day));
                int n = finished.incrementAndGet();
                if (n == province.size() / 2) {
                    halfway[0] = System.nanoTime();
                }
                if (n % 100 == 0) {
                    log.warn("{} assemblies closed", n);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        results.put("seasonSeconds", round(seconds));
        results.put("seasonTasks", tasks.get());
        results.put("assembliesPerMinute", round(province.size() / seconds * 60));
        results.put("appTasksPerSecond", round(tasks.get() / seconds));
        // the launch and the documents' signing count in too: all the SQL of the season over its user tasks
        results.put("appStatementsPerTask", round((StatementCounter.TOTAL.sum() - sql) / (double) tasks.get()));
        // the second half runs on a JIT that has seen the whole season's code: the rate a server keeps up
        double secondHalf = (System.nanoTime() - halfway[0]) / 1e9;
        results.put("assembliesPerMinuteSecondHalf",
                round((province.size() - province.size() / 2) / secondHalf * 60));
    }

    /** Every timer-driven step (reminders, escalation, recognition overdue, six-month review) ran once per assembly. */
    private void timersOnce(ConfigurableApplicationContext ctx) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String timed = "act_id_ in ('sendFilingReminder', 'sendFilingLastDayReminder', 'escalateFiling',"
                + " 'notifyRecognitionOverdue', 'sixMonthReview')";
        results.put("timerStepsRun", jdbc.queryForObject("select count(*) from act_hi_actinst where " + timed,
                Long.class));
        results.put("timerStepsRunTwice", jdbc.queryForObject("select count(*) from (select proc_inst_id_, act_id_"
                + " from act_hi_actinst where " + timed + " group by proc_inst_id_, act_id_ having count(*) > 1) t",
                Long.class));
        results.put("deadLetterJobs", ctx.getBean(ManagementService.class).createDeadLetterJobQuery().count());
    }

    /** The same work, unmeasured: the app's and the engine's code paths get compiled before either is timed. */
    private void warmUp(ConfigurableApplicationContext ctx, List<GeneratedSchool> warm) throws Exception {
        Stats ignored = new Stats();
        AssemblyDriver driver = new AssemblyDriver(ctx.getBean(LaunchService.class), ctx.getBean(PreparationService.class),
                ctx.getBean(FeedbackService.class), ctx.getBean(PlenaryService.class),
                ctx.getBean(FollowUpService.class), ctx.getBean(AccountDetailsService.class),
                ctx.getBean(TaskService.class), ctx.getBean(RuntimeService.class),
                ctx.getBean(ManagementService.class), ignored, ctx.getBean(DocumentService.class))
                .supervisedBy("sogd");
        for (GeneratedSchool school : warm) {
            driver.run(school, "2024-2025", LocalDate.of(2024, 9, 16));
        }
        try (EngineBaseline engine = new EngineBaseline(database("engine-warmup"))) {
            for (int i = 0; i < warm.size(); i++) {
                engine.run(100_000 + i, warm.get(i).departmentHeads().size(), ignored);
            }
        }
    }

    private AssemblyDriver driver(ConfigurableApplicationContext ctx) {
        return new AssemblyDriver(ctx.getBean(LaunchService.class), ctx.getBean(PreparationService.class),
                ctx.getBean(FeedbackService.class), ctx.getBean(PlenaryService.class),
                ctx.getBean(FollowUpService.class), ctx.getBean(AccountDetailsService.class),
                ctx.getBean(TaskService.class), ctx.getBean(RuntimeService.class),
                ctx.getBean(ManagementService.class), stats, ctx.getBean(DocumentService.class))
                .supervisedBy("sogd");
    }

    private void baseline(List<GeneratedSchool> province) throws Exception {
        try (EngineBaseline engine = new EngineBaseline(database("engine"))) {
            AtomicInteger tasks = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long sql = StatementCounter.TOTAL.sum();
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < province.size(); i++) {
                long id = i + 1;
                int departments = province.get(i).departmentHeads().size();
                futures.add(pool.submit(() -> tasks.addAndGet(engine.run(id, departments, stats))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            results.put("engineSeconds", round(seconds));
            results.put("engineTasksPerSecond", round(tasks.get() / seconds));
            results.put("engineStatementsPerTask", round((StatementCounter.TOTAL.sum() - sql) / (double) tasks.get()));
            results.put("appToEngineThroughput", round(((Number) results.get("appTasksPerSecond")).doubleValue()
                    / (tasks.get() / seconds)));
        }
    }

    /** The next season is launched everywhere, so inboxes hold open tasks on top of a full season's history. */
    private void inbox(ConfigurableApplicationContext ctx, List<GeneratedSchool> province) {
        LaunchService launch = ctx.getBean(LaunchService.class);
        AccountDetailsService accounts = ctx.getBean(AccountDetailsService.class);
        for (GeneratedSchool s : province) {
            signIn(accounts, s.principal());
            vn.hoinghi.assembly.LaunchForm f = new vn.hoinghi.assembly.LaunchForm();
            f.setPreviousOpenConfirmed(true);
            f.setSchoolYear("2025-2026");
            f.setKind(vn.hoinghi.assembly.AssemblyKind.REGULAR);
            f.setMode(vn.hoinghi.assembly.AssemblyMode.FULL);
            f.setPreparatoryOn(LocalDate.of(2025, 9, 22));
            f.setKeyStaffOn(LocalDate.of(2025, 9, 23));
            f.setGroupMeetingsOn(LocalDate.of(2025, 9, 24));
            f.setPlenaryOn(LocalDate.of(2025, 9, 30));
            f.setFilingDeadline(LocalDate.of(2025, 10, 3));
            stats.time("launch.nextSeason", () -> launch.launch(f));
        }
        TaskInbox inbox = ctx.getBean(TaskInbox.class);
        Random random = new Random(7);
        // 50 samples first, not counted: the pages mode reaches here on a cold JIT
        for (int i = -50; i < inboxSamples; i++) {
            Stats into = i < 0 ? new Stats() : stats;
            GeneratedSchool s = province.get(random.nextInt(province.size()));
            String user = random.nextBoolean() ? s.principal() : s.staff().get(random.nextInt(s.staff().size()));
            signIn(accounts, user);
            touch(ctx);
            into.time("inbox.firstPage", () -> inbox.page("", 0, 50));
            into.time("inbox.count", () -> inbox.count(""));
        }
        SecurityContextHolder.clearContext();
    }

    /**
     * The pages mode's season: each school's 2024-2025 assembly launched through the service (its process and first
     * task, as the season starts), then the records the season leaves for the tracker written in bulk, as the
     * driven season leaves them: the preparatory, key-staff, department and plenary meetings, the plenary record,
     * the board election and the dossier (19 in 20 accepted, the rest submitted, returned or not yet filed).
     */
    private void bulkSeason(ConfigurableApplicationContext ctx, List<GeneratedSchool> province) throws Exception {
        LaunchService launch = ctx.getBean(LaunchService.class);
        AccountDetailsService accounts = ctx.getBean(AccountDetailsService.class);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < province.size(); i++) {
            GeneratedSchool s = province.get(i);
            LocalDate day = LocalDate.of(2024, 9, 16).plusDays(i % 40);
            futures.add(pool.submit(() -> {
                signIn(accounts, s.principal());
                vn.hoinghi.assembly.LaunchForm f = new vn.hoinghi.assembly.LaunchForm();
                f.setPreviousOpenConfirmed(true);
                f.setSchoolYear("2024-2025");
                f.setKind(vn.hoinghi.assembly.AssemblyKind.REGULAR);
                f.setMode(vn.hoinghi.assembly.AssemblyMode.FULL);
                f.setPreparatoryOn(day);
                f.setKeyStaffOn(day.plusDays(1));
                f.setGroupMeetingsOn(day.plusDays(2));
                f.setPlenaryOn(day.plusDays(7));
                f.setFilingDeadline(day.plusDays(9));
                f.setElectBoard(true);
                f.setBoardSeats(3);
                launch.launch(f);
                SecurityContextHolder.clearContext();
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String year = "a.regular_year = '2024-2025'";
        for (String kind : List.of("PREPARATORY", "KEY_STAFF")) {
            jdbc.update("insert into meeting (assembly_id, kind, convocation, held_on, convened, present, quorum_reached,"
                    + " recorded_by, recorded_at) select a.id, '" + kind + "', 1, a.preparatory_on, a.staff_count,"
                    + " a.staff_count, true, 'bench', a.launched_at from assembly a where " + year);
        }
        jdbc.update("insert into meeting (assembly_id, kind, department_id, convocation, held_on, convened, present,"
                + " quorum_reached, recorded_by, recorded_at) select a.id, 'DEPARTMENT', d.id, 1, a.group_meetings_on,"
                + " 20, 18, true, 'bench', a.launched_at from assembly a join department d on d.school_id = a.school_id"
                + " where " + year);
        jdbc.update("insert into meeting (assembly_id, kind, convocation, held_on, convened, present, quorum_reached,"
                + " recorded_by, recorded_at) select a.id, 'PLENARY', 1, a.plenary_on, a.staff_count,"
                + " a.staff_count * 9 / 10, true, 'bench', a.launched_at from assembly a where " + year);
        jdbc.update("insert into plenary_record (assembly_id, resolution_adopted, resolution_adopted_on, written_ballot)"
                + " select a.id, true, a.plenary_on, false from assembly a where " + year);
        jdbc.update("insert into board_election (assembly_id, seats, attending, ballots_issued, ballots_received,"
                + " ballots_valid, ballots_invalid, held_on, recognition_due, recognized_on, officers_elected_on)"
                + " select a.id, 3, a.staff_count * 9 / 10, a.staff_count * 9 / 10, a.staff_count * 9 / 10,"
                + " a.staff_count * 9 / 10, 0, a.plenary_on, a.filing_deadline, a.filing_deadline, a.plenary_on"
                + " from assembly a where " + year);
        // the launch opened each dossier: 19 in 20 are filed, most of them accepted
        jdbc.update("update dossier set status = case when mod(assembly_id, 20) = 1 then 'SUBMITTED'"
                + " when mod(assembly_id, 20) = 2 then 'RETURNED' else 'ACCEPTED' end, submitted_on = deadline,"
                + " submitted_by = 'bench', reviewed_on = deadline, reviewed_by = 'sogd',"
                + " return_reason = case when mod(assembly_id, 20) = 2 then 'Thiếu biên bản' end"
                + " where mod(assembly_id, 20) <> 3 and assembly_id in (select a.id from assembly a where " + year + ")");
        jdbc.update("update assembly a set stage = case when mod(a.id, 20) in (1, 2, 3) then 'FILING'"
                + " else 'SIX_MONTH_REVIEW' end where " + year);
        results.put("bulkSeasonSeconds", round((System.nanoTime() - start) / 1e9));
    }

    /**
     * The staff list's search in a school (its administrator) and the province's school search (the system
     * administrator), both as their pages call them: one page of 50 and the count.
     */
    private void searches(ConfigurableApplicationContext ctx, List<GeneratedSchool> province) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String hash = ctx.getBean(PasswordEncoder.class).encode("hoinghi2023");
        jdbc.update("insert into system_admin (username, full_name, password_hash, active) values"
                + " ('quantri.tinh', 'Quản trị tỉnh', ?, true)", hash);
        AccountDetailsService accounts = ctx.getBean(AccountDetailsService.class);
        vn.hoinghi.school.SchoolAdminService admin = ctx.getBean(vn.hoinghi.school.SchoolAdminService.class);
        vn.hoinghi.school.ProvinceService provinceService = ctx.getBean(vn.hoinghi.school.ProvinceService.class);
        Random random = new Random(11);
        List<GeneratedSchool> sampled = new ArrayList<>();
        for (int i = 0; i < SEARCH_SAMPLES; i++) {
            sampled.add(province.get(random.nextInt(province.size())));
        }
        // each sampled school's principal administers its staff list too
        for (GeneratedSchool s : sampled.stream().distinct().toList()) {
            jdbc.update("insert into role_assignment (staff_id, role, valid_from) select id, 'ADMIN', ? from staff"
                    + " where username = ?", LocalDate.of(2022, 8, 1), s.principal());
        }
        String[] staffSearches = {"nguyen", "thi hoa", "tran van", "cb1"};
        String[] schoolSearches = {"hoa binh", "tieu hoc", "thcs quang", "s12"};
        for (int round = 0; round < 2; round++) {
            // the first round warms the JIT and the caches up and is not counted
            Stats into = round == 0 ? new Stats() : stats;
            for (int i = 0; i < sampled.size(); i++) {
                signIn(accounts, sampled.get(i).principal());
                vn.hoinghi.school.StaffFilter filter = new vn.hoinghi.school.StaffFilter(
                        staffSearches[i % staffSearches.length], false);
                touch(ctx);
                into.time("search.staff", () -> {
                    admin.staffPage(filter, org.springframework.data.domain.PageRequest.of(0, 50));
                    admin.countStaff(filter);
                });
            }
            signIn(accounts, "quantri.tinh");
            for (int i = 0; i < SEARCH_SAMPLES; i++) {
                String q = schoolSearches[i % schoolSearches.length];
                touch(ctx);
                into.time("search.schools", () -> {
                    provinceService.schools(null, q, 0, 50);
                    provinceService.countSchools(null, q);
                });
            }
        }
        SecurityContextHolder.clearContext();
    }

    /** The supervising body's tracker over every school of the province, for the season just run. */
    private void tracker(ConfigurableApplicationContext ctx) {
        AccountDetailsService accounts = ctx.getBean(AccountDetailsService.class);
        Tracker tracker = ctx.getBean(Tracker.class);
        TrackerExport export = ctx.getBean(TrackerExport.class);
        signIn(accounts, "sogd");
        TrackerFilter all = TrackerFilter.all("2024-2025");
        TrackerFilter search = all.withSearch("hoa binh");
        TrackerFilter accepted = all.withStates(Set.of(FilingState.ACCEPTED));
        // 10 rounds first, not counted: the pages mode reaches here on a cold JIT
        for (int i = -10; i < TRACKER_ROUNDS; i++) {
            Stats into = i < 0 ? new Stats() : stats;
            boolean bySearch = i % 2 == 0;
            TrackerFilter filtered = bySearch ? search : accepted;
            touch(ctx);
            into.time("tracker.firstPage", () -> {
                tracker.rows(all, TrackerSort.DEFAULT, 0, 50);
                tracker.count(all);
            });
            touch(ctx);
            long t0 = System.nanoTime();
            into.time("tracker.filteredPage", () -> {
                tracker.rows(filtered, TrackerSort.DEFAULT, 0, 50);
                tracker.count(filtered);
            });
            into.record(bySearch ? "tracker.filteredPage.search" : "tracker.filteredPage.accepted",
                    System.nanoTime() - t0);
        }
        for (int i = -2; i < 10; i++) {
            Stats into = i < 0 ? new Stats() : stats;
            touch(ctx);
            into.time("tracker.exportXlsx", () -> export.xlsx(all, TrackerSort.DEFAULT));
            touch(ctx);
            into.time("tracker.exportCsv", () -> export.csv(all, TrackerSort.DEFAULT));
        }
        SecurityContextHolder.clearContext();
    }

    /**
     * A write between two measured reads, as a live server has: H2 hands back the previous result of an identical
     * query while none of its tables changed, which made a repeated page look free (the tracker's first page
     * "4.7 ms" at 2,500 schools was that; the query itself took 170 ms).
     */
    private static void touch(ConfigurableApplicationContext ctx) {
        // H2 keeps a result while none of the tables the query reads changed: one row of each that is read here
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        jdbc.update("update school set name = name where id = (select min(id) from school)");
        jdbc.update("update staff set full_name = full_name where id = (select min(id) from staff)");
        jdbc.update("update act_ru_task set priority_ = priority_ where id_ = (select min(id_) from act_ru_task)");
    }

    /** A 10,000-row roster imported into a new school through the same service the import page calls. */
    private void rosterImport(ConfigurableApplicationContext ctx) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Long bodyId = jdbc.queryForObject("select id from supervising_body where name = ?", Long.class,
                "Sở Giáo dục và Đào tạo (benchmark)");
        jdbc.update("insert into school (name, short_code, place_name, supervising_body_id, has_union) "
                + "values ('Trường THPT Nhập danh sách', 'THPTNDS', 'Hòa Bình', ?, true)", bodyId);
        long schoolId = jdbc.queryForObject("select max(id) from school", Long.class);
        for (int d = 1; d <= 8; d++) {
            jdbc.update("insert into department (school_id, name, active) values (?, ?, true)", schoolId, "Tổ " + d);
        }
        String hash = ctx.getBean(PasswordEncoder.class).encode("hoinghi2023");
        jdbc.update("insert into staff (school_id, code, full_name, position, username, password_hash, union_member, "
                + "active) values (?, 'QT', 'Quản trị Nhập', 'NV', 'quantri.nhap', ?, true, true)", schoolId, hash);
        long adminId = jdbc.queryForObject("select id from staff where username = 'quantri.nhap'", Long.class);
        jdbc.update("insert into role_assignment (staff_id, role, valid_from) values (?, 'ADMIN', ?)", adminId,
                LocalDate.of(2024, 1, 1));
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new String[]{"CB" + i, "Nguyễn Văn Thành " + i, "01/01/1985", i % 2 == 0 ? "Nam" : "Nữ", "GV",
                    "Tổ " + (1 + i % 8), "", "", "Có", ""});
        }
        byte[] file = RosterFiles.xlsx(RosterFiles.headers(), rows);
        signIn(ctx.getBean(AccountDetailsService.class), "quantri.nhap");
        RosterImportService roster = ctx.getBean(RosterImportService.class);
        // the process's CPU time too: on a machine shared with other work the wall time says little
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        RosterPreview preview = roster.preview(new ByteArrayInputStream(file), "danh-sach.xlsx");
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        double previewCpu = (os.getProcessCpuTime() - cpu) / 1e9;
        cpu = os.getProcessCpuTime();
        start = System.nanoTime();
        RosterImportSummary summary = roster.importRows(preview, false);
        results.put("rosterImport10kPreviewSeconds", round(previewSeconds));
        results.put("rosterImport10kImportSeconds", round((System.nanoTime() - start) / 1e9));
        results.put("rosterImport10kPreviewCpuSeconds", round(previewCpu));
        results.put("rosterImport10kImportCpuSeconds", round((os.getProcessCpuTime() - cpu) / 1e9));
        results.put("rosterImport10kCreated", summary.created());
        SecurityContextHolder.clearContext();
    }

    /**
     * Heap retained per open inbox session: real sessions of this server, each signed in through the login form
     * in a headless Chromium and showing the inbox, then measured after GC. The browser is closed, but the
     * server keeps each session and its UI until they time out, which is what an open session costs.
     */
    private void memory(ConfigurableApplicationContext ctx, List<GeneratedSchool> province) {
        String base = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            users.add(province.get(i % province.size()).staff().get(i % 20));
        }
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            // pages stay open while measuring: Vaadin drops a UI as soon as its page is closed
            List<BrowserContext> open = new ArrayList<>();
            // a first round for the same people fills the database's page cache and the JIT, which would
            // otherwise be counted as session memory on a large database
            users.forEach(u -> open.add(openInbox(browser, base, u)));
            long before = usedHeapAfterGc();
            users.forEach(u -> open.add(openInbox(browser, base, u)));
            long after = usedHeapAfterGc();
            results.put("inboxSessionsOpened", users.size() + " measured, after " + users.size() + " for warm-up");
            results.put("heapPerInboxSessionKb", round((after - before) / 1024.0 / users.size()));
            open.forEach(BrowserContext::close);
        }
    }

    private BrowserContext openInbox(Browser browser, String base, String username) {
        long start = System.nanoTime();
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mật khẩu")).fill("hoinghi2023");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.locator("vaadin-grid").waitFor();
        stats.record("browser.signInToInbox", System.nanoTime() - start);
        return context;
    }

    /**
     * The production jar started on the season's database, timed to the first page served, three times (the
     * median counts). With `-Pproduction` on JDK 25 the build leaves the extracted jar and its AOT cache in
     * target/app, started the way the README says; otherwise the plain jar.
     */
    private void startup() throws Exception {
        Path app = Path.of("target", "app", "hoinghi.jar");
        Path aot = Path.of("target", "app", "hoinghi.aot");
        Path plain = Path.of("target", "hoinghi.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC"));
        if (Files.exists(app) && Files.exists(aot)) {
            command.add("-XX:AOTCache=" + aot);
            command.addAll(List.of("-jar", app.toString()));
            results.put("startupMode", "extracted jar with AOT cache (target/app)");
        } else if (Files.exists(plain)) {
            command.addAll(List.of("-jar", plain.toString()));
            results.put("startupMode", "plain jar");
        } else {
            results.put("startupSeconds", "no jar (run with -Pproduction,benchmark verify)");
            return;
        }
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            double s = startOnce(command);
            if (s < 0) {
                results.put("startupSeconds", "not served within 120 s (see target/benchmark/startup.log)");
                return;
            }
            seconds.add(s);
        }
        results.put("startupRunsSeconds", seconds);
        results.put("startupSeconds", seconds.stream().sorted().toList().get(1));
    }

    private double startOnce(List<String> command) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(OUT.resolve("startup.log").toFile());
        if (postgresql()) {
            pb.environment().put("HOINGHI_DB_URL", seasonUrl);
            pb.environment().put("HOINGHI_DB_USER", PostgresqlServer.USER);
            pb.environment().put("HOINGHI_DB_PASSWORD", "");
        } else {
            pb.environment().put("HOINGHI_DB", OUT.toAbsolutePath().resolve("season").toString());
        }
        pb.environment().put("HOINGHI_DEMO", "false");
        pb.environment().put("PORT", String.valueOf(port));
        long start = System.nanoTime();
        Process app = pb.start();
        try {
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
                if (served("http://localhost:" + port + "/login")) {
                    double s = round((System.nanoTime() - start) / 1e9);
                    results.put("startupRssMb", rssOf(app.pid()));
                    return s;
                }
                Thread.sleep(50);
            }
            return -1;
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Whether the page answers 200: the started jar is up. */
    static boolean served(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static AppUser signIn(AccountDetailsService accounts, String username) {
        AppUser user = accounts.findUser(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long rssMb() {
        return rssOf(ProcessHandle.current().pid());
    }

    private static long rssOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            log.warn("No /proc status for {}", pid);
        }
        return -1;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return m;
    }

    private void write() throws IOException {
        Map<String, Stats.Summary> summaries = stats.summaries();
        StringBuilder json = new StringBuilder("{\n");
        results.forEach((k, v) -> json.append("  \"").append(k).append("\": ").append(jsonValue(v)).append(",\n"));
        json.append("  \"latenciesMs\": {\n");
        List<String> lines = new ArrayList<>();
        summaries.forEach((op, s) -> lines.add(String.format(Locale.ROOT,
                "    \"%s\": {\"count\": %d, \"p50\": %.2f, \"p95\": %.2f, \"p99\": %.2f, \"max\": %.2f}",
                op, s.count(), s.p50(), s.p95(), s.p99(), s.max())));
        json.append(String.join(",\n", lines)).append("\n  }\n}\n");
        json.setLength(json.length() - 2);
        json.append(",\n  \"statementsPerCall\": ").append(jsonValue(stats.statementsPerCall())).append("\n}\n");
        Files.writeString(OUT.resolve("results.json"), json);

        StringBuilder md = new StringBuilder("| figure | value |\n|---|---|\n");
        results.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| operation | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        summaries.forEach((op, s) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                op, s.count(), s.p50(), s.p95(), s.p99(), s.max())));
        md.append("\n| operation | SQL statements per call |\n|---|---:|\n");
        stats.statementsPerCall().forEach((op, n) -> md.append("| ").append(op).append(" | ").append(n).append(" |\n"));
        Files.writeString(OUT.resolve("results.md"), md);
        log.warn("Benchmark results:\n{}", md);
    }

    private static String jsonValue(Object v) {
        if (v instanceof Number) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(SeasonBenchmark::jsonValue).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                    .append(jsonValue(x)));
            return sb.append('}').toString();
        }
        return '"' + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
