package vn.hoinghi.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitUntilState;

import vn.hoinghi.Application;
import vn.hoinghi.PostgresqlServer;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.benchmark.ProvinceGenerator.GeneratedSchool;
import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.e2e.Chromium;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.Role;

/**
 * The deadline-day crowd: the production build on PostgreSQL, N people of N schools at once in one headless
 * Chromium, each doing what the filing deadline's day holds, while the supervising body's tracker is refreshed.
 * The figures are the server's own, read from its metrics endpoint before and after each round. Run with
 * `./mvnw -Pproduction,benchmark verify -Dbench.mode=crowd` (`-Dbench.crowd=25,50,100,200` sets the rounds);
 * writes target/benchmark/crowd-results.json and crowd-results.md.
 */
@EnabledIfSystemProperty(named = "bench.mode", matches = "crowd")
class CrowdBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CrowdBenchmark.class);
    private static final Path OUT = Path.of("target", "benchmark");
    private static final String PASSWORD = "hoinghi2023";
    /** A step not done by then is a failed action (the browser's own slowness at 200 pages included). */
    private static final int STEP_TIMEOUT_SECONDS = 300;
    private static final String METRICS_PASSWORD = "crowd-" + System.nanoTime();
    private static final List<String> KINDS = List.of("signin", "page", "uidl", "upload", "download", "heartbeat",
            "redirect", "static");

    private final List<Integer> rounds = Arrays.stream(System.getProperty("bench.crowd", "25,50,100,200").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    /** A first round, not reported, so the server's JIT has seen every page before the first figure. */
    private final int warmup = Integer.getInteger("bench.crowdWarmup", 20);
    /** The officer's tracker is reloaded this often while a round runs. */
    private final int trackerEverySeconds = Integer.getInteger("bench.trackerSeconds", 5);
    private final String appJvmArgs = System.getProperty("bench.appJvmArgs", "");
    /**
     * The browser runs at this niceness (0 = as the app): on the same cores, its renderers would otherwise take
     * two thirds of the CPU and the app's requests would wait for a core behind them.
     */
    private final int browserNice = Integer.getInteger("bench.browserNice", 19);
    private final Map<String, Object> results = new LinkedHashMap<>();
    private Stats browserStats = new Stats();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final byte[] scan = scanPdf();
    private int screenshots;

    /** A school seeded for the day: its assembly and whether its principal signs or its union chair files. */
    record Seeded(GeneratedSchool school, long assemblyId, boolean principalSigns) {
    }

    @Test
    void deadline_day_crowd() throws Exception {
        Files.createDirectories(OUT);
        System.setProperty(PostgresqlServer.DURABLE, System.getProperty("bench.pgDurable", "true"));
        String url = PostgresqlServer.get().createDatabase();
        results.put("machine", machine());
        results.put("database", "PostgreSQL (Debian's, on loopback, durable commits unless -Dbench.pgDurable=false)");
        results.put("rounds", rounds);
        results.put("warmupSessions", warmup);
        int needed = warmup + rounds.stream().mapToInt(Integer::intValue).sum();
        List<Seeded> seeded = seed(url, needed);
        Process app = startApp(url);
        try {
            int next = 0;
            List<Map<String, Object>> reported = new ArrayList<>();
            try (Playwright playwright = Chromium.playwright(); Browser browser = launchBrowser(playwright)) {
                round(browser, seeded.subList(next, next + warmup), app);
                next += warmup;
                for (int n : rounds) {
                    Map<String, Object> r = round(browser, seeded.subList(next, next + n), app);
                    next += n;
                    reported.add(r);
                    log.warn("Crowd round {}: {}", n, r);
                    // written after every round: a run stopped for time keeps the rounds it measured
                    results.put("roundsMeasured", reported);
                    results.put("target", "p95 < 300 ms for every kind at N = 100");
                    results.put("largestNMeetingTarget", reported.stream()
                            .filter(m -> Boolean.TRUE.equals(m.get("meetsTarget")))
                            .mapToInt(m -> (Integer) m.get("sessions")).max().orElse(0));
                    write();
                }
            }
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        write();
    }

    // ---- seeding: the province, each school's assembly up to its filing day, the dossier mostly signed ----

    private List<Seeded> seed(String url, int schools) throws Exception {
        long start = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresqlServer.USER,
                        "--spring.datasource.password=", "--hoinghi.demo-data=false",
                        "--flowable.async-executor-activate=false", "--server.port=0",
                        "--logging.level.org.flowable=warn", "--logging.level.vn.hoinghi=warn");
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            String hash = ctx.getBean(PasswordEncoder.class).encode(PASSWORD);
            jdbc.update("insert into supervising_body (name, kind) values (?, 'PROVINCIAL_DEPARTMENT_OF_EDUCATION')",
                    "Sở Giáo dục và Đào tạo (benchmark)");
            Long bodyId = jdbc.queryForObject("select id from supervising_body where name = ?", Long.class,
                    "Sở Giáo dục và Đào tạo (benchmark)");
            jdbc.update("insert into supervisor_account (supervising_body_id, username, full_name, password_hash, "
                    + "active) values (?, 'sogd', 'Chuyên viên Sở', ?, true)", bodyId, hash);
            List<GeneratedSchool> province = new ProvinceGenerator(jdbc).generate(schools, hash);
            ctx.getBeanProvider(org.springframework.boot.ApplicationRunner.class).stream()
                    .filter(r -> r.getClass().getSimpleName().startsWith("StaffKeys")).forEach(r -> {
                        try {
                            r.run(null);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            // the filing deadline is today: launched nine days ago, the plenary two days ago
            LocalDate launchedOn = today.minusDays(9);
            int y = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
            String year = y + "-" + (y + 1);
            DocumentService documents = ctx.getBean(DocumentService.class);
            AccountDetailsService accounts = ctx.getBean(AccountDetailsService.class);
            List<Seeded> out = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < province.size(); i++) {
                GeneratedSchool school = province.get(i);
                boolean principalSigns = i % 2 == 0;
                futures.add(pool.submit(() -> {
                    driver(ctx).run(school, year, launchedOn);
                    long assemblyId = jdbc.queryForObject("select id from assembly where school_id = ?", Long.class,
                            school.id());
                    signIn(accounts, school.principal());
                    // the principal's school leaves the cover letter to sign today; the union chair's has it
                    // signed and leaves its stamped scan to upload
                    for (DocumentService.DocumentRow row : documents.documents(assemblyId)) {
                        if (row.dossierPiece() && row.ref().kind() != DocumentKind.COVER_LETTER) {
                            // the resolution is signed when it is finalised
                            if (!row.signed()) {
                                documents.sign(assemblyId, row.ref(), new DocumentService.SignInput(Role.PRINCIPAL,
                                        row.naturalDate()));
                            }
                            documents.uploadScan(assemblyId, row.ref(), "ban-co-dau.pdf", scan);
                        }
                    }
                    if (!principalSigns) {
                        for (DocumentService.DocumentRow row : documents.documents(assemblyId)) {
                            if (row.ref().kind() == DocumentKind.COVER_LETTER) {
                                documents.sign(assemblyId, row.ref(), new DocumentService.SignInput(Role.PRINCIPAL,
                                        row.naturalDate()));
                            }
                        }
                    }
                    SecurityContextHolder.clearContext();
                    out.add(new Seeded(school, assemblyId, principalSigns));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            out.sort(java.util.Comparator.comparingLong(s -> s.school().id()));
            results.put("schoolsSeeded", out.size());
            results.put("seedSeconds", round((System.nanoTime() - start) / 1e9));
            results.put("filingDeadline", today.toString());
            return out;
        } finally {
            ctx.close();
        }
    }

    private static AssemblyDriver driver(ConfigurableApplicationContext ctx) {
        return new AssemblyDriver(ctx.getBean(LaunchService.class), ctx.getBean(PreparationService.class),
                ctx.getBean(FeedbackService.class), ctx.getBean(PlenaryService.class),
                ctx.getBean(FollowUpService.class), ctx.getBean(AccountDetailsService.class),
                ctx.getBean(TaskService.class), ctx.getBean(RuntimeService.class),
                ctx.getBean(ManagementService.class), new Stats(), ctx.getBean(DocumentService.class))
                .supervisedBy("sogd").untilFiling();
    }

    private static void signIn(AccountDetailsService accounts, String username) {
        AppUser user = accounts.findUser(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    // ---- the production build, as the README starts it, with its metrics on ----

    private int appPort;
    private int metricsPort;

    private Process startApp(String url) throws Exception {
        Path app = Path.of("target", "app", "hoinghi.jar");
        Path aot = Path.of("target", "app", "hoinghi.aot");
        Path plain = Path.of("target", "hoinghi.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (!appJvmArgs.isBlank()) {
            command.addAll(List.of(appJvmArgs.trim().split("\\s+")));
        }
        if (Files.exists(app) && Files.exists(aot)) {
            command.addAll(List.of("-XX:AOTCache=" + aot, "-jar", app.toString()));
        } else if (Files.exists(plain)) {
            command.addAll(List.of("-jar", plain.toString()));
        } else {
            throw new IllegalStateException("no production jar: run with -Pproduction,benchmark verify");
        }
        results.put("appCommand", String.join(" ", command));
        appPort = freePort();
        metricsPort = freePort();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("crowd-app.log").toFile());
        pb.environment().put("HOINGHI_DB_URL", url);
        pb.environment().put("HOINGHI_DB_USER", PostgresqlServer.USER);
        pb.environment().put("HOINGHI_DB_PASSWORD", "");
        pb.environment().put("HOINGHI_DEMO", "false");
        pb.environment().put("PORT", String.valueOf(appPort));
        pb.environment().put("HOINGHI_METRICS_PORT", String.valueOf(metricsPort));
        pb.environment().put("HOINGHI_METRICS_PASSWORD", METRICS_PASSWORD);
        long start = System.nanoTime();
        Process process = pb.start();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(180)) {
            if (SeasonBenchmark.served("http://localhost:" + appPort + "/login")) {
                results.put("appStartSeconds", round((System.nanoTime() - start) / 1e9));
                results.put("appPid", process.pid());
                return process;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        process.destroy();
        throw new IllegalStateException("the production build did not serve /login: see target/benchmark/crowd-app.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    // ---- one round: N sessions at once, the officer's tracker refreshed ----

    private Map<String, Object> round(Browser browser, List<Seeded> schools, Process app) throws Exception {
        String base = "http://localhost:" + appPort;
        Map<String, Double> before = scrape();
        Map<String, Long> cpuBefore = cpuTicks(app.pid());
        List<Session> sessions = new ArrayList<>();
        for (Seeded s : schools) {
            sessions.add(s.principalSigns() ? new PrincipalSigns(browser, base, s) : new ChairFiles(browser, base, s));
        }
        Session officer = new Officer(browser, base);
        long start = System.nanoTime();
        long lastSample = 0;
        List<Map<String, Double>> samples = new ArrayList<>();
        // one thread drives every page in turn: each step is started and left to the browser, and its result
        // is looked for on the next pass, so N pages have requests under way at once
        while (sessions.stream().anyMatch(s -> !s.finished())) {
            for (Session s : sessions) {
                s.advance();
            }
            officer.advance();
            if (System.nanoTime() - lastSample > TimeUnit.SECONDS.toNanos(2)) {
                lastSample = System.nanoTime();
                samples.add(scrape());
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        officer.close();
        Map<String, Long> cpuAfter = cpuTicks(app.pid());
        Map<String, Double> after = scrape();

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sessions", schools.size());
        r.put("seconds", round(seconds));
        r.put("sessionsCompleted", sessions.stream().filter(Session::succeeded).count());
        List<String> failures = sessions.stream().filter(s -> !s.succeeded()).map(Session::failure).toList();
        r.put("failedActions", failures.size());
        if (!failures.isEmpty()) {
            r.put("failures", failures.stream().limit(10).toList());
        }
        r.put("errorNotificationsSeen", sessions.stream().mapToInt(s -> s.errorNotifications).sum()
                + officer.errorNotifications);
        r.put("trackerRefreshes", ((Officer) officer).refreshes);
        Map<String, Object> kinds = new LinkedHashMap<>();
        boolean meets = true;
        for (String kind : KINDS) {
            Histogram h = histogram(before, after, kind, null);
            if (h.count() == 0) {
                continue;
            }
            kinds.put(kind, h.summary());
            if (!kind.equals("static") && h.quantile(0.95) >= 0.3) {
                meets = false;
            }
        }
        r.put("serverMsByKind", kinds);
        r.put("serverMsByKindAndView", byView(before, after));
        r.put("meetsTarget", meets);
        r.put("http5xx", delta(before, after, "http_server_requests_seconds_count", "status=\"5"));
        r.put("requestsFailed", delta(before, after, "hoinghi_ui_requests_failed_total", ""));
        r.put("uiErrorsUnexpected", delta(before, after, "hoinghi_ui_errors_total", "kind=\"unexpected\""));
        r.put("uiErrorsRule", delta(before, after, "hoinghi_ui_errors_total", "kind=\"rule\""));
        r.put("heapUsedMaxMb", round(samples.stream().mapToDouble(m -> sum(m, "jvm_memory_used_bytes",
                "area=\"heap\"")).max().orElse(0) / 1024 / 1024));
        r.put("heapUsedAfterMb", round(sum(after, "jvm_memory_used_bytes", "area=\"heap\"") / 1024 / 1024));
        r.put("processCpuUsageMean", round(samples.stream().mapToDouble(m -> sum(m, "process_cpu_usage", ""))
                .average().orElse(0)));
        r.put("poolPendingMax", samples.stream().mapToDouble(m -> sum(m, "hikaricp_connections_pending", ""))
                .max().orElse(0));
        r.put("poolActiveMax", samples.stream().mapToDouble(m -> sum(m, "hikaricp_connections_active", ""))
                .max().orElse(0));
        double acquires = delta(before, after, "hikaricp_connections_acquire_seconds_count", "");
        r.put("poolAcquireMeanMs", acquires == 0 ? 0 : round(delta(before, after,
                "hikaricp_connections_acquire_seconds_sum", "") / acquires * 1000));
        r.put("poolAcquireMaxMs", round(sum(after, "hikaricp_connections_acquire_seconds_max", "") * 1000));
        r.put("poolUsageMeanMs", round(ratio(before, after, "hikaricp_connections_usage_seconds") * 1000));
        r.put("sessionsActive", sum(after, "tomcat_sessions_active_current_sessions", ""));
        // CPU seconds per process group in the round, against the two cores' wall time
        Map<String, Object> cpu = new LinkedHashMap<>();
        double available = seconds * Runtime.getRuntime().availableProcessors();
        for (String group : cpuAfter.keySet()) {
            double s = (cpuAfter.get(group) - cpuBefore.getOrDefault(group, 0L)) / 100.0;
            cpu.put(group, Map.of("cpuSeconds", round(s), "shareOfMachine", round(s / available)));
        }
        r.put("cpu", cpu);
        r.put("browserStepsMs", browserStats.summaries().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.format(Locale.ROOT,
                        "p50 %.0f / p95 %.0f (%d)", e.getValue().p50(), e.getValue().p95(), e.getValue().count()),
                        (a, b) -> a, TreeMap::new)));
        browserStats = new Stats();
        return r;
    }

    /** A person's page driven as a series of steps: each starts an action and names what shows it is done. */
    private abstract class Session {
        final BrowserContext context;
        final Page page;
        final String username;
        int step;
        long stepStart = System.nanoTime();
        boolean done;
        String failure;
        int errorNotifications;
        private boolean started;

        Session(Browser browser, String username) {
            this.context = browser.newContext();
            this.page = context.newPage();
            this.username = username;
            page.setDefaultTimeout(120_000);
        }

        boolean finished() {
            return done || failure != null;
        }

        boolean succeeded() {
            return done && failure == null;
        }

        String failure() {
            return failure;
        }

        /** Starts step n (0 is the login page); returns false when there is no step n. */
        abstract boolean start(int n, String base);

        /** Whether step n is done. */
        abstract boolean isDone(int n);

        abstract String stepName(int n);

        String base;

        void advance() {
            if (finished()) {
                return;
            }
            if (!started) {
                started = true;
                stepStart = System.nanoTime();
                startStep();
                return;
            }
            boolean stepDone;
            try {
                stepDone = isDone(step);
            } catch (RuntimeException e) {
                // the page between two documents (a navigation under way): looked at again on the next pass
                stepDone = false;
            }
            if (!stepDone) {
                if (page.url().contains("?error")) {
                    fail("sign-in refused");
                } else if (System.nanoTime() - stepStart > TimeUnit.SECONDS.toNanos(STEP_TIMEOUT_SECONDS)) {
                    fail(page.locator(".v-system-error").count() > 0 ? "Vaadin's system error" : "timed out");
                }
                return;
            }
            browserStats.record("browser." + stepName(step), System.nanoTime() - stepStart);
            try {
                errorNotifications += page.locator("vaadin-notification-card[theme~='error']").count();
                if (page.locator(".v-system-error").count() > 0) {
                    fail("Vaadin's system error");
                    return;
                }
            } catch (RuntimeException ignored) {
                // navigating: nothing to count
            }
            step++;
            stepStart = System.nanoTime();
            startStep();
        }

        private void startStep() {
            try {
                if (!start(step, base)) {
                    done = true;
                    close();
                }
            } catch (RuntimeException e) {
                fail(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                        .orElse(""));
            }
        }

        /** The upload of the dialog just opened: the page may hold other uploads (a task's attachments). */
        Locator dialogUpload() {
            return page.locator("vaadin-upload input[type=file]").last();
        }

        void openUploadDialog(Locator card) {
            card.getByText("Tải lên bản có dấu").click();
        }

        /** The dialog is shown and its upload has its file input (rendered a moment after the dialog's text). */
        boolean uploadDialogOpen() {
            // any visible match: on the assembly page the first one can sit in a tab that is not shown
            return page.getByText("Bản chụp có chữ ký, đóng dấu").filter(new Locator.FilterOptions().setVisible(true))
                    .count() > 0 && dialogUpload().count() > 0;
        }

        void upload() {
            dialogUpload().setInputFiles(new FilePayload("cong-van-co-dau.pdf", "application/pdf", scan),
                    new Locator.SetInputFilesOptions().setTimeout(30_000));
        }

        void fail(String why) {
            failure = username + " at " + stepName(step) + ": " + why;
            log.warn("Crowd session failed: {}", failure);
            if (screenshots++ < 5) {
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve("crowd-failure-" + screenshots
                            + ".png")));
                } catch (RuntimeException ignored) {
                    // the page may be gone
                }
            }
            close();
        }

        void close() {
            try {
                context.close();
            } catch (RuntimeException ignored) {
                // already closed
            }
        }

        void signInStart(String base) {
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).fill(username);
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mật khẩu")).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        }

        boolean loginReady() {
            return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).count() > 0
                    && (Boolean) page.evaluate("() => !!(window.Vaadin && window.Vaadin.Flow"
                    + " && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                    + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
        }

        boolean visible(Locator l) {
            return l.count() > 0 && l.first().isVisible();
        }

        void go(String url) {
            page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        }
    }

    /** The principal signs the cover letter, the last piece of the dossier, and uploads its stamped scan. */
    private final class PrincipalSigns extends Session {
        private final long assemblyId;

        PrincipalSigns(Browser browser, String base, Seeded s) {
            super(browser, s.school().principal());
            this.base = base;
            this.assemblyId = s.assemblyId();
        }

        private Locator card() {
            return page.locator(".document-card").filter(new Locator.FilterOptions().setHasText("Công văn gửi hồ sơ"));
        }

        @Override
        String stepName(int n) {
            return List.of("loginPage", "signIn", "assemblyPage", "documentsTab", "signDialog", "signed",
                    "downloadPdf", "uploadDialog", "scanUploaded", "end").get(Math.min(n, 9));
        }

        @Override
        boolean start(int n, String base) {
            switch (n) {
                case 0 -> go(base + "/login");
                case 1 -> signInStart(base);
                case 2 -> go(base + "/assembly/" + assemblyId);
                case 3 -> page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Văn bản")).click();
                case 4 -> card().getByText("Ký và cấp số").click();
                case 5 -> page.locator(".document-sign-confirm").click();
                case 6 -> {
                    // the signed PDF fetched by the page itself, as the download link does
                    String href = card().locator("a").filter(new Locator.FilterOptions().setHasText("Tải PDF"))
                            .first().getAttribute("href");
                    page.evaluate("u => { window.__crowdDownload = 0; fetch(u).then(r => r.arrayBuffer())"
                            + ".then(b => window.__crowdDownload = b.byteLength); }", href);
                }
                case 7 -> openUploadDialog(card());
                case 8 -> upload();
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        boolean isDone(int n) {
            return switch (n) {
                case 0 -> loginReady();
                case 1 -> page.locator(".app-header").count() > 0 && page.locator("vaadin-grid").count() > 0;
                case 2 -> visible(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Văn bản")));
                case 3 -> visible(card().getByText("Ký và cấp số"));
                case 4 -> visible(page.locator(".document-sign-confirm"));
                case 5 -> card().locator(".document-signed-by").count() > 0;
                case 6 -> ((Number) page.evaluate("() => window.__crowdDownload || 0")).intValue() > 0;
                case 7 -> uploadDialogOpen();
                // the assembly page's card counts the versions of the stamped scan, not the file's name
                case 8 -> card().getByText("Bản có dấu: 1 phiên bản").count() > 0;
                default -> true;
            };
        }
    }

    /** The union chair opens the filing task from the inbox, uploads the cover letter's scan and files. */
    private final class ChairFiles extends Session {

        ChairFiles(Browser browser, String base, Seeded s) {
            super(browser, s.school().unionChair());
            this.base = base;
        }

        private Locator card() {
            return page.locator(".document-card").filter(new Locator.FilterOptions().setHasText("Công văn gửi hồ sơ"));
        }

        @Override
        String stepName(int n) {
            return List.of("loginPage", "signIn", "filingTask", "uploadDialog", "scanUploaded", "filed", "end")
                    .get(Math.min(n, 6));
        }

        @Override
        boolean start(int n, String base) {
            switch (n) {
                case 0 -> go(base + "/login");
                case 1 -> signInStart(base);
                case 2 -> page.getByText("Nộp hồ sơ về cơ quan quản lý").first().click();
                case 3 -> openUploadDialog(card());
                case 4 -> upload();
                case 5 -> {
                    for (String box : List.of("Nghị quyết hội nghị", "Quy chế làm việc của nhà trường",
                            "Đăng ký thi đua")) {
                        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(box))
                                .locator("input").check();
                    }
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")
                            .setExact(true)).first().click();
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        boolean isDone(int n) {
            return switch (n) {
                case 0 -> loginReady();
                case 1 -> page.locator(".app-header").count() > 0
                        && page.getByText("Nộp hồ sơ về cơ quan quản lý").count() > 0;
                case 2 -> visible(card().getByText("Tải lên bản có dấu"));
                case 3 -> uploadDialogOpen();
                case 4 -> card().getByText("cong-van-co-dau.pdf").count() > 0;
                case 5 -> !page.url().contains("/task/");
                default -> true;
            };
        }
    }

    /** The supervising body's officer, the tracker reloaded every few seconds while the schools file. */
    private final class Officer extends Session {
        int refreshes;
        private long shown;

        Officer(Browser browser, String base) {
            super(browser, "sogd");
            this.base = base;
        }

        @Override
        String stepName(int n) {
            return n == 0 ? "loginPage" : n == 1 ? "signIn" : "tracker";
        }

        @Override
        boolean start(int n, String base) {
            switch (n) {
                case 0 -> go(base + "/login");
                case 1 -> signInStart(base);
                default -> {
                    go(base + "/supervision");
                    refreshes++;
                }
            }
            return true;
        }

        @Override
        boolean isDone(int n) {
            if (n < 2) {
                return n == 0 ? loginReady() : page.locator(".app-header").count() > 0;
            }
            // shown, then left for a while before the next reload
            if (shown == 0 && page.url().contains("/supervision") && page.locator("vaadin-grid").count() > 0) {
                shown = System.nanoTime();
                browserStats.record("browser.officer.tracker", shown - stepStart);
            }
            if (shown != 0 && System.nanoTime() - shown > TimeUnit.SECONDS.toNanos(trackerEverySeconds)) {
                shown = 0;
                return true;
            }
            return false;
        }
    }

    // ---- the metrics endpoint ----

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+)");

    /** Every series of the endpoint, named with its labels as the endpoint writes them. */
    private Map<String, Double> scrape() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + metricsPort
                        + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("prometheus:"
                        + METRICS_PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("metrics endpoint answered " + response.statusCode());
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher x = LINE.matcher(line);
            if (x.find()) {
                try {
                    m.put(x.group(1) + (x.group(2) == null ? "" : x.group(2)), Double.parseDouble(x.group(3)));
                } catch (NumberFormatException ignored) {
                    // NaN and friends
                }
            }
        }
        return m;
    }

    private static double sum(Map<String, Double> m, String name, String labelPart) {
        return m.entrySet().stream().filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> e.getKey().contains(labelPart)).mapToDouble(Map.Entry::getValue).sum();
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String name, String labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }

    private static double ratio(Map<String, Double> before, Map<String, Double> after, String timer) {
        double n = delta(before, after, timer + "_count", "");
        return n == 0 ? 0 : delta(before, after, timer + "_sum", "") / n;
    }

    /** The round's requests of one kind (and view, unless null): bucket counts after minus before. */
    private static Histogram histogram(Map<String, Double> before, Map<String, Double> after, String kind,
                                       String view) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String prefix = "hoinghi_ui_requests_seconds_bucket{";
        for (Map.Entry<String, Double> e : after.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(prefix) || !k.contains("kind=\"" + kind + "\"")
                    || (view != null && !k.contains("view=\"" + view + "\""))) {
                continue;
            }
            String le = k.replaceAll(".*le=\"([^\"]+)\".*", "$1");
            double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
            buckets.merge(bound, e.getValue() - before.getOrDefault(k, 0.0), Double::sum);
        }
        double sumSeconds = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("hoinghi_ui_requests_seconds_sum{") && k.contains("kind=\"" + kind + "\"")
                    && (view == null || k.contains("view=\"" + view + "\""))) {
                sumSeconds += e.getValue() - before.getOrDefault(k, 0.0);
            }
        }
        return new Histogram(buckets, sumSeconds);
    }

    private static Map<String, Object> byView(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : after.keySet()) {
            if (key.startsWith("hoinghi_ui_requests_seconds_count{")) {
                String kind = key.replaceAll(".*kind=\"([^\"]+)\".*", "$1");
                String view = key.replaceAll(".*view=\"([^\"]+)\".*", "$1");
                if (kind.equals("static")) {
                    continue;
                }
                Histogram h = histogram(before, after, kind, view);
                if (h.count() > 0) {
                    out.put(kind + " " + view, h.summary());
                }
            }
        }
        return out;
    }

    /** Cumulative buckets (upper bound in seconds → count), as Prometheus keeps them. */
    record Histogram(TreeMap<Double, Double> buckets, double sumSeconds) {
        double count() {
            return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
        }

        /** The quantile in seconds, interpolated inside its bucket as Prometheus' histogram_quantile does. */
        double quantile(double q) {
            double rank = q * count();
            double lower = 0;
            double below = 0;
            for (Map.Entry<Double, Double> b : buckets.entrySet()) {
                if (b.getValue() >= rank) {
                    if (b.getKey().isInfinite()) {
                        return lower;
                    }
                    double inBucket = b.getValue() - below;
                    return inBucket == 0 ? b.getKey() : lower + (b.getKey() - lower) * (rank - below) / inBucket;
                }
                lower = b.getKey();
                below = b.getValue();
            }
            return lower;
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", (long) count());
            m.put("p50", round(quantile(0.5) * 1000));
            m.put("p95", round(quantile(0.95) * 1000));
            m.put("p99", round(quantile(0.99) * 1000));
            m.put("mean", count() == 0 ? 0 : round(sumSeconds / count() * 1000));
            return m;
        }
    }

    /** Chromium as the end-to-end tests start it, through {@code nice} when {@link #browserNice} is set. */
    private Browser launchBrowser(Playwright playwright) throws IOException {
        results.put("browserNice", browserNice);
        if (browserNice == 0) {
            return Chromium.launch(playwright);
        }
        Path wrapper = OUT.resolve("chromium-nice.sh");
        Files.writeString(wrapper, "#!/bin/sh\nexec nice -n " + browserNice + " " + Chromium.PATH + " \"$@\"\n");
        wrapper.toFile().setExecutable(true);
        return Chromium.launch(playwright, wrapper.toAbsolutePath());
    }

    // ---- CPU by process, from /proc ----

    /** CPU ticks (1/100 s) of the app, the browser, PostgreSQL and this JVM with its Playwright driver. */
    private static Map<String, Long> cpuTicks(long appPid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        long self = ProcessHandle.current().pid();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    long pid = Long.parseLong(p.getFileName().toString());
                    String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String group = pid == appPid ? "app" : pid == self ? "benchmarkJvm"
                            : comm.startsWith("chrom") || cmdline.contains("/chromium") ? "chromium"
                            : comm.startsWith("postgres") || cmdline.contains("postgres") ? "postgresql"
                            : cmdline.contains("playwright") || comm.equals("node") ? "playwrightDriver" : null;
                    if (group != null) {
                        ticks.merge(group, t, Long::sum);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the process ended while reading
                }
            }
        } catch (IOException e) {
            log.warn("no /proc", e);
        }
        return ticks;
    }

    // ---- output ----

    /** A stamped scan: a one-page PDF made here. */
    private static byte[] scanPdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("benchmarkJvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        return m;
    }

    @SuppressWarnings("unchecked")
    private void write() throws IOException {
        Files.writeString(OUT.resolve("crowd-results.json"), json(results, "") + "\n");
        StringBuilder md = new StringBuilder("# The deadline-day crowd\n\n");
        results.forEach((k, v) -> {
            if (!k.equals("roundsMeasured")) {
                md.append("- ").append(k).append(": ").append(v).append('\n');
            }
        });
        List<Map<String, Object>> measured = (List<Map<String, Object>>) results.getOrDefault("roundsMeasured",
                List.of());
        md.append("\nServer time per request (ms, p50 / p95 / p99, count), from the app's metrics endpoint:\n\n")
                .append("| kind |");
        measured.forEach(r -> md.append(" N = ").append(r.get("sessions")).append(" |"));
        md.append("\n|---|").append("---|".repeat(measured.size())).append('\n');
        for (String kind : KINDS) {
            md.append("| ").append(kind).append(" |");
            for (Map<String, Object> r : measured) {
                Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) r.get("serverMsByKind")).get(kind);
                md.append(s == null ? " – |" : String.format(Locale.ROOT, " %s / %s / %s (%s) |", s.get("p50"),
                        s.get("p95"), s.get("p99"), s.get("count")));
            }
            md.append('\n');
        }
        for (String figure : List.of("meetsTarget", "seconds", "sessionsCompleted", "failedActions",
                "errorNotificationsSeen", "http5xx", "requestsFailed", "uiErrorsUnexpected", "uiErrorsRule",
                "heapUsedMaxMb", "processCpuUsageMean", "poolActiveMax", "poolPendingMax", "poolAcquireMeanMs",
                "poolAcquireMaxMs", "poolUsageMeanMs", "cpu", "trackerRefreshes", "browserStepsMs", "failures")) {
            md.append("| ").append(figure).append(" |");
            measured.forEach(r -> md.append(' ').append(r.getOrDefault(figure, "")).append(" |"));
            md.append('\n');
        }
        md.append("\nBy kind and view (ms):\n\n");
        for (Map<String, Object> r : measured) {
            md.append("- N = ").append(r.get("sessions")).append(": ").append(r.get("serverMsByKindAndView"))
                    .append('\n');
        }
        Files.writeString(OUT.resolve("crowd-results.md"), md);
        log.warn("Crowd results:\n{}", md);
    }

    private static String json(Object v, String indent) {
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(x -> json(x, indent + "  "))
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            String sep = "\n" + indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",").append(sep).append('"').append(e.getKey()).append("\": ")
                        .append(json(e.getValue(), indent + "  "));
                first = false;
            }
            return sb.append("\n").append(indent).append('}').toString();
        }
        return '"' + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
