package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.NewStaff;
import vn.hoinghi.school.Position;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.Role;
import vn.hoinghi.tasks.TaskInbox;

/**
 * Real life in a real Chromium, on a desktop and on a 360 px phone: a draft author leaves and the draft goes to a
 * colleague; a department set up after the key-staff meeting gets its meeting and the consolidation completes; a
 * launch date is corrected and the due date moves; a half-filled form survives the browser being closed. The
 * steps around them run through the services. E2E_PORT fixes the port for a walk by hand; by default any is free.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"hoinghi.demo-data=true", "server.port=${E2E_PORT:0}"})
class RealLifeInTheBrowserIT extends ChromiumTest {

    static final String PASSWORD = "hoinghi2023";

    @LocalServerPort int port;
    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired SchoolAdminService admin;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;

    private AssemblyWalk walk;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** A desktop window and a phone, in that order. */
    private List<BrowserContext> screens() {
        return List.of(screen(false), screen(true));
    }

    private BrowserContext screen(boolean phone) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(phone ? 360 : 1280, phone ? 740 : 900));
    }

    @Test
    void a_draft_author_who_leaves_hands_the_draft_to_a_colleague_on_a_desktop_and_on_a_phone() {
        long id = launchYear(1970);
        TestUsers.signIn(accounts, "quantri");
        long first = newTeacher("GV91", "Kiều Văn Tạm");
        long second = newTeacher("GV92", "Lạc Thị Đi");
        String prep = walk.onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
        PreparationService.PreparatoryData data = preparation.preparatory(prep);
        preparation.recordPreparatory(prep, new Inputs.Preparatory(LocalDate.of(1970, 9, 20), data.suggestedAttendees(),
                "Ban tổ chức", "", data.suggestedAssignments().stream()
                .map(a -> a.kind() == DraftKind.EMULATION_REPORT ? new Inputs.DraftAssignment(a.kind(), first, a.dueOn())
                        : a.kind() == DraftKind.REGULATIONS ? new Inputs.DraftAssignment(a.kind(), second, a.dueOn()) : a)
                .toList()));
        TestUsers.signOut();

        String[] leavers = {"Kiều Văn Tạm", "Lạc Thị Đi"};
        List<BrowserContext> screens = screens();
        for (int i = 0; i < 2; i++) {
            Page page = signIn(screens.get(i), "quantri");
            String shot = i == 0 ? "desktop" : "phone";
            page.navigate(base() + "/admin/staff");
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm theo tên, mã hoặc tên đăng nhập"))
                    .fill(leavers[i]);
            Locator leave = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nghỉ việc")
                    .setExact(true));
            // the list shows only the person searched for; a grid's cell text is slotted content, not the cell's own
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(leavers[i]))
                    .first().waitFor();
            page.waitForCondition(() -> leave.count() == 1);
            // the search has reached the server and the grid has its new row
            page.getByText("1 người", new Page.GetByTextOptions().setExact(true)).waitFor();
            leave.click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-handover-open-" + shot + ".png")));
            page.getByText(leavers[i] + " đang giữ việc").waitFor();
            Locator holder = page.locator("vaadin-combo-box.hand-over-holder").first();
            holder.locator("input").fill("Nguyễn Thị Ánh");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Nguyễn Thị Ánh"))
                    .first().click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-handover-" + shot + ".png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao việc và cho nghỉ")).click();
            page.getByText("Đã giao 1 việc của " + leavers[i]).waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-handover-done-" + shot + ".png")));
        }
        screens.forEach(BrowserContext::close);
        assertThat(directory.staff(first).active()).isFalse();
        assertThat(directory.staff(second).active()).isFalse();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).taskAssignee("giaovien")
                .taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).count()).isEqualTo(2);
    }

    @Test
    void a_department_set_up_after_the_key_staff_meeting_gets_its_meeting_and_the_consolidation_completes() {
        long id = launchYear(1971);
        walk.preparatoryMeeting(LocalDate.of(1971, 9, 20));
        walk.draftsSubmitted();
        TestUsers.signIn(accounts, "hieutruong");
        walk.keyStaffMeeting();
        TestUsers.signIn(accounts, "quantri");
        long languages = admin.addDepartment("Tổ Ngoại ngữ");
        long head = accounts.findUser("giaovien").orElseThrow().staffId();
        var teacher = directory.staff(head);
        NewStaff move = new NewStaff();
        move.setCode(teacher.code());
        move.setFullName(teacher.fullName());
        move.setPosition(teacher.position());
        move.setDepartmentId(languages);
        admin.updateStaff(head, move);
        admin.assignRole(head, Role.DEPARTMENT_HEAD, languages, null);
        walk.departmentMeeting("totruongth");
        walk.departmentMeeting("totruongtn");
        TestUsers.signOut();

        List<BrowserContext> screens = screens();
        Page desk = signIn(screens.get(0), "hieutruong");
        desk.navigate(base() + "/assembly/" + id);
        desk.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Điều chỉnh")).click();
        desk.getByText("Tổ Ngoại ngữ — Tổ mới, chưa quyết định").waitFor();
        desk.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-department-new-desktop.png"))
                .setFullPage(true));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao việc họp tổ")).click();
        desk.getByText("Tổ Ngoại ngữ đã có việc họp riêng").waitFor();

        walk.departmentMeeting("totruongxh");
        walk.departmentMeeting("totruongvp");
        walk.departmentMeeting("giaovien");
        TestUsers.signIn(accounts, "ctcongdoan");
        String consolidation = walk.onlyTaskOf("ctcongdoan", AssemblyStep.CONSOLIDATE_FEEDBACK.taskId());
        TestUsers.signOut();

        Page phone = signIn(screens.get(1), "ctcongdoan");
        phone.navigate(base() + "/task/" + consolidation);
        phone.getByText("5 / 5 tổ đã báo cáo").waitFor();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-consolidation-phone.png"))
                .setFullPage(true));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tổng hợp cho Hiệu trưởng")).click();
        // the whole text: the inbox it returns to also has "Bộ lọc đã lưu"
        phone.getByText("Đã lưu và chuyển sang bước tiếp theo.").first().waitFor();
        screens.forEach(BrowserContext::close);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.ANSWER_FEEDBACK.taskId()).count()).isEqualTo(1);
    }

    @Test
    void a_corrected_launch_date_moves_the_due_date_in_the_inbox() {
        long id = launchYear(1972);
        TestUsers.signOut();
        List<BrowserContext> screens = screens();
        String[] days = {"19/09/1972", "18/09/1972"};
        for (int i = 0; i < 2; i++) {
            Page page = signIn(screens.get(i), "hieutruong");
            String shot = i == 0 ? "desktop" : "phone";
            page.navigate(base() + "/assembly/" + id);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Điều chỉnh")).click();
            Locator prep = page.getByLabel("Hội nghị trù bị", new Page.GetByLabelOptions().setExact(true));
            if (i == 0) {
                prep.fill(days[i]);
                prep.press("Enter");
            } else {
                // a phone opens the calendar full screen: the day is picked in it
                prep.click();
                page.locator("vaadin-month-calendar").filter(new Locator.FilterOptions().setHasText("Tháng 9 1972"))
                        .locator("[part~='date']").filter(new Locator.FilterOptions().setHasText("18")).first().click();
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-correction-" + shot + ".png"))
                    .setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thay đổi")).click();
            page.getByText("Đã lưu kế hoạch mới").waitFor();
            page.navigate(base() + "/");
            page.getByText(days[i]).first().waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-inbox-due-" + shot + ".png"))
                    .setFullPage(true));
        }
        screens.forEach(BrowserContext::close);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getDueDate())
                .isEqualTo(vn.hoinghi.assembly.workflow.AssemblyDates.endOf(LocalDate.of(1972, 9, 18)));
    }

    @Test
    void a_half_filled_form_survives_the_browser_being_closed_and_leaving_it_asks_first() {
        launchYear(1973);
        walk.preparatoryMeeting(LocalDate.of(1973, 9, 20));
        String draft = walk.onlyTaskOf("hieutruong", AssemblyStep.DRAFTING.taskId());
        TestUsers.signOut();
        for (String shot : List.of("desktop", "phone")) {
            String text = "Báo cáo viết dở trên " + shot + ": phần I đã xong";
            BrowserContext first = screen(shot.equals("phone"));
            Page page = signIn(first, "hieutruong");
            page.navigate(base() + "/task/" + draft);
            Locator content = page.getByLabel("Nội dung dự thảo");
            content.fill(text);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
            page.getByText("Đã lưu nháp").first().waitFor();
            content.fill(text + " và phần II chưa lưu");
            content.blur();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-before-leave-" + shot + ".png")));
            // dispatched, not clicked: in development mode Vaadin's Copilot covers the top of a phone's screen
            page.getByText("Về danh sách việc").dispatchEvent("click");
            page.getByText("Có thay đổi chưa lưu").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-leave-ask-" + shot + ".png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ở lại")).click();
            first.close();

            BrowserContext again = screen(shot.equals("phone"));
            Page reopened = signIn(again, "hieutruong");
            reopened.navigate(base() + "/task/" + draft);
            reopened.getByText("Đang mở bản nháp lưu lúc").waitFor();
            assertThat(reopened.getByLabel("Nội dung dự thảo").inputValue()).isEqualTo(text);
            reopened.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/people-draft-reopened-" + shot
                    + ".png")).setFullPage(true));
            again.close();
        }
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, base() + "/login", username, PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private long launchYear(int year) {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
        return walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, LocalDate.of(year, 9, 20),
                LocalDate.of(year, 9, 21), LocalDate.of(year, 9, 22), LocalDate.of(year, 9, 28),
                LocalDate.of(year, 10, 5), false);
    }

    private long newTeacher(String code, String fullName) {
        NewStaff form = new NewStaff();
        form.setCode(code);
        form.setFullName(fullName);
        form.setPosition(Position.GV);
        return admin.addStaff(form).staffId();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
