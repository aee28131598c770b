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
 * it: no violation of impact serious or critical anywhere. The moderate and minor ones are printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class AccessibilityIT extends ChromiumTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Set<String> FAILING = Set.of("serious", "critical");

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
        assertThat(failures).as("serious or critical axe-core violations").isEmpty();
    }

    private static Browser.NewContextOptions size() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("vi-VN");
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        page.navigate("http://localhost:" + port + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mật khẩu")).fill("hoinghi2023");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
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
        // Vaadin's development-mode tools are not part of the app
        AxeResults results = new AxeBuilder(page).withTags(TAGS).exclude(List.of("vaadin-dev-tools")).analyze();
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
