package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.tasks.TaskInbox;

/**
 * On a 360 px phone: the union chair filters her overdue tasks, opens one and mentions the principal, who sees
 * the bell and jumps to the task; no page (inbox, task form, assembly page, tracker) scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class PhoneInboxIT extends ChromiumTest {

    /** The page, and the layout's own scrolling content, are no wider than the screen. */
    private static final String NO_SIDEWAYS_SCROLL = """
            () => {
              const boxes = [document.documentElement, document.body];
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              if (content) boxes.push(content);
              return boxes.every(b => b.scrollWidth <= b.clientWidth);
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

    private Page phone(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, "hoinghi2023");
        page.locator(".app-header").waitFor();
        return page;
    }

    private static void fitsThePhone(Page page, String name) {
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-phone-" + name + ".png"))
                .setFullPage(true));
        assertThat((Boolean) page.evaluate(NO_SIDEWAYS_SCROLL)).as(name + " scrolls sideways at 360 px").isTrue();
    }

    @Test
    void the_union_chair_mentions_the_principal_on_a_phone_and_he_jumps_to_the_task() {
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        long assemblyId = walk.launch("2017-2018", AssemblyKind.REGULAR, LocalDate.of(2017, 9, 21),
                LocalDate.of(2017, 9, 22), LocalDate.of(2017, 9, 23), LocalDate.of(2017, 9, 28),
                LocalDate.of(2017, 10, 2), false);
        walk.preparatoryMeeting(LocalDate.of(2017, 9, 21));
        TestUsers.signOut();
        String base = "http://localhost:" + port;
        Browser.NewContextOptions size = new Browser.NewContextOptions().setViewportSize(360, 740);

        BrowserContext chair = browser.newContext(size);
        Page page = phone(chair, "ctcongdoan");
        page.locator(".inbox-grid").waitFor();
        fitsThePhone(page, "inbox");
        // the overdue counter filters the list to her overdue tasks
        page.locator("vaadin-button.counter.overdue").click();
        page.waitForTimeout(500);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn dự thảo")).first().click();
        page.locator(".comment-text textarea").waitFor();
        fitsThePhone(page, "task-form");
        page.locator(".comment-text textarea").fill("Nhờ thầy xem giúp số liệu @hieutruong");
        page.locator("vaadin-button.comment-send").click();
        page.getByText("Đã gửi ý kiến.").waitFor();
        chair.close();

        BrowserContext principal = browser.newContext(size);
        page = phone(principal, "hieutruong");
        assertThat(page.locator(".app-header").innerHTML()).contains("notification-bell");
        // dispatched, not clicked at a point: in development mode Vaadin's tool overlay covers the phone's header
        page.locator(".notification-bell").dispatchEvent("click");
        page.locator("vaadin-button.notification.unread").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Lê Thị Hồng nhắc đến bạn")).first().dispatchEvent("click");
        page.getByText("Nhờ thầy xem giúp số liệu @Nguyễn Văn Hùng").waitFor();
        fitsThePhone(page, "followed-task");

        page.navigate(base + "/assembly/" + assemblyId);
        page.locator(".stepper").waitFor();
        fitsThePhone(page, "assembly");
        principal.close();

        BrowserContext officer = browser.newContext(size);
        page = phone(officer, "chuyenvien");
        page.navigate(base + "/supervision");
        page.waitForLoadState();
        page.locator("vaadin-grid").first().waitFor();
        fitsThePhone(page, "tracker");
        officer.close();
    }
}
