package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.school.AccountDetailsService;

/** A real headless Chromium: the principal signs in, opens the preparatory meeting and completes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class PrincipalCompletesTaskIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired LaunchService launch;
    @Autowired AccountDetailsService accounts;
    @Autowired TaskService tasks;

    @Test
    void the_principal_signs_in_and_completes_the_preparatory_meeting() {
        TestUsers.signIn(accounts, "hieutruong");
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear("2023-2024");
        f.setKind(AssemblyKind.REGULAR);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(LocalDate.of(2023, 9, 20));
        f.setKeyStaffOn(LocalDate.of(2023, 9, 21));
        f.setGroupMeetingsOn(LocalDate.of(2023, 9, 22));
        f.setPlenaryOn(LocalDate.of(2023, 9, 27));
        f.setFilingDeadline(LocalDate.of(2023, 9, 29));
        f.setElectBoard(true);
        f.setBoardSeats(3);
        long assemblyId = launch.launch(f);
        TestUsers.signOut();

        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, base + "/login", "hieutruong", "hoinghi2023");

        page.getByText("Hội nghị trù bị").first().click();
        page.getByText("Phân công chuẩn bị dự thảo").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-preparatory-form.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả hội nghị trù bị")).click();
        page.getByText("Đã lưu và chuyển sang bước tiếp theo.").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-inbox-after.png")));

        String key = String.valueOf(assemblyId);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(AssemblyStep.PREPARATORY_MEETING.taskId())
                .count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).count())
                .isEqualTo(8);
        page.close();
    }
}
