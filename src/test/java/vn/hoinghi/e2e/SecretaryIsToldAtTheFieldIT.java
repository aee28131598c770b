package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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
import vn.hoinghi.tasks.TaskInbox;

/** In a real browser, a vote counted above the attendance is refused under that count, in Vietnamese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class SecretaryIsToldAtTheFieldIT extends ChromiumTest {

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

    @Test
    void the_secretary_sees_a_refused_count_under_the_field_that_caused_it() {
        // an assembly of 2015 (no other test uses it) whose plenary checked in 20 of the 30 staff
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        walk.launch("2015-2016", AssemblyKind.REGULAR, LocalDate.of(2015, 9, 21), LocalDate.of(2015, 9, 22),
                LocalDate.of(2015, 9, 23), LocalDate.of(2015, 9, 28), LocalDate.of(2015, 10, 2), false);
        walk.preparatoryMeeting(LocalDate.of(2015, 9, 21));
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(LocalDate.of(2015, 9, 28), 20);
        String task = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        TestUsers.signOut();

        Page page = browser.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", "thuky", "hoinghi2023");
        page.getByText("Việc của tôi").first().waitFor();
        page.navigate("http://localhost:" + port + "/task/" + task);

        label(page, "Chủ tịch đoàn").fill("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh");
        label(page, "Thư ký hội nghị").fill("Ngô Thị Thu; Trịnh Thị Hoa");
        label(page, "Nội dung nghị quyết").fill("Năm học mới phấn đấu 100% học sinh hoàn thành chương trình.");
        label(page, "Tán thành").first().fill("15");
        label(page, "Không tán thành").first().fill("5");
        label(page, "Không biểu quyết").first().fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả hội nghị")).click();

        String refusal = "Tổng số tán thành, không tán thành và không biểu quyết (25) vượt quá số người dự họp (20).";
        Locator field = page.locator("vaadin-integer-field[invalid]");
        field.getByText(refusal).waitFor();
        assertThat(field.count()).isEqualTo(1);
        assertThat(field.evaluate("e => e.label")).isEqualTo("Tán thành");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-refused-count.png")).setFullPage(true));
        page.setViewportSize(360, 800);
        field.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-refused-count-360.png")));
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isEqualTo(1);
        page.close();
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }
}
