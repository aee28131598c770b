package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.VoteSubject;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.tasks.TaskInbox;

/**
 * In a real browser, the secretary counts the board election: two candidates tie for the third seat, the form
 * turns to a second round among those two only for the one seat left, and that round elects one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class SecondRoundAfterATieIT extends ChromiumTest {

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
    void a_tie_for_the_third_seat_goes_to_a_second_round_between_the_tied_that_elects_one() {
        // an assembly of 2006 (no other test uses it): board of 3, 20 of the 30 staff at the plenary
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        LocalDate start = LocalDate.of(2006, 9, 21);
        walk.launch("2006-2007", AssemblyKind.REGULAR, start, start.plusDays(1), start.plusDays(2), start.plusDays(7),
                start.plusDays(11), true);
        walk.preparatoryMeeting(start);
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(start.plusDays(7), 20);
        String session = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        plenary.recordSession(session, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức; Mai Văn Tuấn", List.of(),
                List.of(new Inputs.VoteRow(VoteSubject.RESOLUTION, null, 19, 0, 1)), "Nghị quyết", null));
        String task = walk.onlyTaskOf("thuky", AssemblyStep.BOARD_ELECTION.taskId());
        List<StaffInfo> c = walk.candidates;
        TestUsers.signOut();

        Page page = browser.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", "thuky", "hoinghi2023");
        page.getByText("Việc của tôi").first().waitFor();
        page.navigate("http://localhost:" + port + "/task/" + task);

        page.getByText("Vòng 1: bầu 3 thành viên").waitFor();
        ballots(page, 20, 20, 19, 1);
        int[] first = {18, 15, 12, 12};
        for (int i = 0; i < 4; i++) {
            label(page, c.get(i).fullName()).fill(String.valueOf(first[i]));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu biên bản kiểm phiếu")).click();

        // the same task, now the second round: only the two tied stand, for the one seat left
        page.getByText("Vòng 2: bầu 1 thành viên").waitFor();
        assertThat(page.getByText("Bằng phiếu", new Page.GetByTextOptions().setExact(true)).count()).isEqualTo(2);
        assertThat(label(page, c.get(2).fullName()).count()).isEqualTo(1);
        assertThat(label(page, c.get(3).fullName()).count()).isEqualTo(1);
        assertThat(label(page, c.get(0).fullName()).count()).as("an elected candidate is not on the ballot again")
                .isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-second-round.png")).setFullPage(true));
        page.setViewportSize(360, 800);
        page.getByText("Vòng 2: bầu 1 thành viên").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-second-round-360.png")));

        ballots(page, 20, 20, 18, 2);
        label(page, c.get(2).fullName()).fill("12");
        label(page, c.get(3).fullName()).fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu kết quả vòng này")).click();
        page.getByText("Trúng cử: " + c.get(2).fullName()).waitFor();
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the election is done").isZero();
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(queries.overview(walk.assemblyId).candidates()).filteredOn(AssemblyQueries.CandidateRow::elected)
                .extracting(AssemblyQueries.CandidateRow::fullName)
                .containsExactlyInAnyOrder(c.get(0).fullName(), c.get(1).fullName(), c.get(2).fullName());
        TestUsers.signOut();
        page.close();
    }

    private static void ballots(Page page, int issued, int received, int valid, int invalid) {
        label(page, "Số phiếu phát ra").fill(String.valueOf(issued));
        label(page, "Số phiếu thu vào").fill(String.valueOf(received));
        label(page, "Phiếu hợp lệ").fill(String.valueOf(valid));
        label(page, "Phiếu không hợp lệ").fill(String.valueOf(invalid));
    }

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }
}
