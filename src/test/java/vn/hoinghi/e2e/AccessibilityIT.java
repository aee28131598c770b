package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.tasks.TaskInbox;

/**
 * axe-core (WCAG 2.1 A and AA plus its best practices) in Chromium on every page, as each page's own user sees
 * it: no violation of impact moderate, serious or critical anywhere (the minor ones are printed), and none of
 * Vaadin's English screen-reader strings left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class AccessibilityIT extends ChromiumTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> FAILING = Set.of("moderate", "serious", "critical");
    /** Vaadin's English screen-reader strings still on the page, and how many sorters speak Vietnamese. */
    private static final String ENGLISH = """
            () => {
              const sorters = [...document.querySelectorAll('vaadin-grid-sorter')].map(s => s.getAttribute('aria-label'));
              const english = sorters.filter(l => l && l.startsWith('Sort by'));
              document.querySelectorAll('vaadin-drawer-toggle').forEach(t => {
                if (t.getAttribute('aria-label') === 'Toggle navigation panel') english.push('Toggle navigation panel');
              });
              document.querySelectorAll('vaadin-password-field').forEach(p => {
                if (!p.i18n || p.i18n.reveal === 'Show password') english.push('Show password');
              });
              return { english, vietnamese: sorters.filter(l => l && l.startsWith('Sắp xếp theo')).length };
            }""";

    @LocalServerPort int port;
    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired ConferenceService conferences;

    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int vietnameseSorters;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_page_passes_axe_core_without_a_serious_or_critical_violation() {
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        long assemblyId = walk.launch("1949-1950", AssemblyKind.REGULAR, LocalDate.of(1949, 9, 20),
                LocalDate.of(1949, 9, 22), LocalDate.of(1949, 9, 24), LocalDate.of(1949, 9, 29),
                LocalDate.of(1949, 10, 3), false);
        walk.preparatoryMeeting(LocalDate.of(1949, 9, 20));
        String draftTask = walk.onlyTaskOf("ctcongdoan", "drafting");
        TestUsers.signIn(accounts, "chuyenvien");
        long conferenceId = conferences.list().get(0).id();
        TestUsers.signOut();
        String base = "http://localhost:" + port;

        try (BrowserContext anonymous = browser.newContext(size())) {
            Page page = anonymous.newPage();
            page.navigate(base + "/login");
            Chromium.waitForVaadin(page);
            page.locator("vaadin-login-form").waitFor();
            check(page, "login");
        }
        try (BrowserContext chair = browser.newContext(size())) {
            Page page = signIn(chair, "ctcongdoan");
            page.locator(".inbox-grid").waitFor();
            check(page, "inbox");
            page.navigate(base + "/task/" + draftTask);
            page.locator(".comment-text").waitFor();
            check(page, "task page (draft)");
            page.navigate(base + "/account/password");
            page.waitForLoadState();
            settle(page);
            check(page, "change password");
        }
        try (BrowserContext principal = browser.newContext(size())) {
            Page page = signIn(principal, "hieutruong");
            page.navigate(base + "/assembly/" + assemblyId);
            page.locator("process-diagram[rendered]").waitFor();
            check(page, "assembly page");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Văn bản")).click();
            settle(page);
            check(page, "assembly page, documents tab");
            for (String route : List.of("assemblies", "launch")) {
                visit(page, base, route);
            }
        }
        try (BrowserContext admin = browser.newContext(size())) {
            Page page = signIn(admin, "quantri");
            for (String route : List.of("admin/staff", "admin/departments", "admin/roles", "admin/import",
                    "admin/settings", "outbox")) {
                visit(page, base, route);
            }
        }
        try (BrowserContext officer = browser.newContext(size())) {
            Page page = signIn(officer, "chuyenvien");
            for (String route : List.of("supervision", "supervision/season", "supervision/admins", "conferences",
                    "conferences/" + conferenceId)) {
                visit(page, base, route);
            }
        }
        try (BrowserContext system = browser.newContext(size())) {
            Page page = signIn(system, "quantrihethong");
            for (String route : List.of("province/schools", "province/import", "province/bodies",
                    "province/accounts", "province/holidays")) {
                visit(page, base, route);
            }
        }
        notes.forEach(System.out::println);
        assertThat(failures).as("axe-core violations of impact moderate or above, or English screen-reader strings")
                .isEmpty();
        assertThat(vietnameseSorters).as("sortable columns seen, their sorters named in Vietnamese").isPositive();
    }

    @Test
    void the_app_is_installable_with_a_vietnamese_manifest_icons_and_an_offline_page() {
        try (BrowserContext anonymous = browser.newContext(size())) {
            Page page = anonymous.newPage();
            String base = "http://localhost:" + port;
            page.navigate(base + "/login");
            Chromium.waitForVaadin(page);
            page.locator("vaadin-login-form").waitFor();
            String manifestHref = page.locator("link[rel=manifest]").getAttribute("href");
            var manifest = page.request().get(base + "/" + manifestHref.replaceFirst("^\\.?/", ""));
            assertThat(manifest.ok()).isTrue();
            assertThat(manifest.text()).containsPattern("\"short_name\"\\s*:\\s*\"Hội nghị\"")
                    .contains("Hội nghị viên chức, người lao động").contains("icons/icon");
            var offline = page.request().get(base + "/offline.html");
            assertThat(offline.ok()).isTrue();
            assertThat(offline.text()).contains("Không có kết nối mạng");
            assertThat(page.request().get(base + "/sw.js").ok()).as("the service worker is served").isTrue();
        }
    }

    private static Browser.NewContextOptions size() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("vi-VN");
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, "hoinghi2023");
        page.locator(".app-header").waitFor();
        return page;
    }

    private void visit(Page page, String base, String route) {
        page.navigate(base + "/" + route);
        page.locator(".app-header").waitFor();
        settle(page);
        check(page, route);
    }

    private static void settle(Page page) {
        page.waitForLoadState();
        page.waitForTimeout(800);
    }

    private void check(Page page, String name) {
        // Vaadin's development-mode tools are not part of the app, nor is its connection indicator (the framework's
        // loading bar and reconnect status, outside any landmark by design)
        AxeResults results = new AxeBuilder(page).withTags(TAGS).exclude(List.of("vaadin-dev-tools"))
                .exclude(List.of("copilot-main")).exclude(List.of("vaadin-connection-indicator")).analyze();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> strings = (java.util.Map<String, Object>) page.evaluate(ENGLISH);
        if (!((List<?>) strings.get("english")).isEmpty()) {
            failures.add(name + ": English screen-reader strings " + strings.get("english"));
        }
        vietnameseSorters += ((Number) strings.get("vietnamese")).intValue();
        for (Rule rule : results.getViolations()) {
            List<String> where = rule.getNodes().stream().limit(4).map(AccessibilityIT::describe).toList();
            String line = name + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + where;
            if (FAILING.contains(rule.getImpact())) {
                failures.add(line);
            } else {
                notes.add("axe " + line);
            }
        }
    }

    private static String describe(CheckedNode node) {
        String html = String.valueOf(node.getHtml());
        return node.getTarget() + " " + (html.length() > 120 ? html.substring(0, 120) + "…" : html);
    }
}
