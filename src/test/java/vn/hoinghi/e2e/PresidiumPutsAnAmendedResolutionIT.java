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
import vn.hoinghi.assembly.AssemblyQueries;
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

/**
 * In a real browser, the secretary records a resolution that does not get more than half of those attending;
 * the form shows it not adopted with its counts, the amended text is put to a second vote and adopted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class PresidiumPutsAnAmendedResolutionIT extends ChromiumTest {

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
    @Autowired AssemblyQueries queries;

    @Test
    void a_resolution_that_fails_is_amended_and_adopted_on_the_second_vote() {
        // an assembly of 2004 (no other test uses it): 20 of the 30 staff at the plenary, 11 votes adopt
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        LocalDate start = LocalDate.of(2004, 9, 21);
        walk.launch("2004-2005", AssemblyKind.REGULAR, start, start.plusDays(1), start.plusDays(2), start.plusDays(7),
                start.plusDays(11), false);
        walk.preparatoryMeeting(start);
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(start.plusDays(7), 20);
        String task = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        TestUsers.signOut();

        Page page = browser.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", "thuky", "hoinghi2023");
        page.getByText("Việc của tôi").first().waitFor();
        page.navigate("http://localhost:" + port + "/task/" + task);

        label(page, "Chủ tịch đoàn").fill("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh");
        label(page, "Thư ký hội nghị").fill("Ngô Thị Thu; Trịnh Thị Hoa");
        label(page, "Nội dung nghị quyết").fill("Phấn đấu 100% học sinh lên lớp.");
        // the last vote row is the resolution: 10 of 20 is not more than half
        Locator votesFor = label(page, "Tán thành");
        int rows = votesFor.count();
        for (int i = 0; i < rows; i++) {
            boolean resolution = i == rows - 1;
            votesFor.nth(i).fill(resolution ? "10" : "18");
            label(page, "Không tán thành").nth(i).fill(resolution ? "8" : "1");
            label(page, "Không biểu quyết").nth(i).fill(resolution ? "2" : "1");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả hội nghị")).click();

        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Biểu quyết lại với nội dung đã sửa"))
                .waitFor();
        page.getByText("Thông qua nghị quyết, lần 1: 10 tán thành, 8 không tán thành, 2 không biểu quyết / 20 người dự họp",
                new Page.GetByTextOptions().setExact(false)).waitFor();
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the session stays open").isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-revote.png")).setFullPage(true));

        label(page, "Nội dung đã sửa").fill("Phấn đấu 98% học sinh lên lớp; bổ sung chỉ tiêu chuyển đổi số.");
        label(page, "Tán thành").fill("15");
        label(page, "Không tán thành").fill("4");
        label(page, "Không biểu quyết").fill("1");
        page.setViewportSize(360, 800);
        label(page, "Nội dung đã sửa").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-revote-360.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả biểu quyết lại")).click();
        // the whole text: the inbox it returns to also has "Bộ lọc đã lưu"
        page.getByText("Đã lưu và chuyển sang bước tiếp theo.").first().waitFor();
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the session is done").isZero();
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(queries.overview(walk.assemblyId).plenary().orElseThrow().resolutionText())
                .isEqualTo("Phấn đấu 98% học sinh lên lớp; bổ sung chỉ tiêu chuyển đổi số.");
        TestUsers.signOut();
        page.close();
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }
}
