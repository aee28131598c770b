package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceStep;
import vn.hoinghi.conference.Nominations;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.VietnamTime;

/**
 * A real headless Chromium, at a desktop's width and a phone's: the body's officer finds the demo conference's
 * plan in the inbox, is told at the field that the counts do not add up, submits it; the leader approves and signs
 * it; a principal nominates two of the school's teachers and another school a collective; a third school is
 * reminded by its timer, misses the deadline and the officer closes it; every unit's people report their duties
 * done; a school's principal and the officer confirm their bridge points; the leader signs the invitations; the
 * emulation office consolidates, the leader signs the award decision; the day is refused before its date, then
 * recorded, and the conference closed; the officer downloads the documents from the conference page. The other
 * schools' empty answers and bridge points go through the services, as their principals would send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class OfficerRunsConferenceIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired AccountDetailsService accounts;
    @Autowired ConferenceService conferences;
    @Autowired Nominations nominations;
    @Autowired SchoolDirectory schools;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_whole_conference_from_the_plan_to_the_summary_in_the_browser() throws Exception {
        String base = "http://localhost:" + port;
        TestUsers.signIn(accounts, "chuyenvien");
        long id = conferences.list().get(0).id();
        String draft = conferences.openTaskOf(id, ConferenceStep.DRAFT_PLAN);
        TestUsers.signOut();
        Page officer = page(1280, "chuyenvien");
        officer.navigate(base + "/task/" + draft);
        Locator total = officer.getByLabel("Tổng số dự trực tiếp");
        total.waitFor();
        shot(officer, "plan-desktop");
        total.fill("999");
        total.press("Tab");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình lãnh đạo duyệt")).click();
        officer.getByText("khác tổng số dự trực tiếp (999)").waitFor();
        shot(officer, "plan-counts-refused");
        String sum = officer.locator(".conf-sum").textContent().replaceAll("\\D", "");
        total.fill(sum);
        total.press("Tab");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình lãnh đạo duyệt")).click();
        officer.getByText("Đã trình kế hoạch cho lãnh đạo duyệt.").waitFor();

        Page phone = page(360, "chuyenvien");
        phone.navigate(base + "/conferences");
        phone.locator(".conferences-page vaadin-grid").waitFor();
        shot(phone, "conferences-360");

        Page leader = page(1280, "lanhdao");
        leader.navigate(base + "/task/" + officerTask(id, ConferenceStep.APPROVE_PLAN));
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt và ký kế hoạch")).click();
        leader.getByText("Đã ký kế hoạch số 01/KH-UBND").waitFor();

        List<Task> schoolTasks = tasks.createTaskQuery()
                .taskDefinitionKey(ConferenceStep.NOMINATE_CANDIDATES.taskId()).orderByTaskId().asc().list();
        Task first = schoolTasks.get(0);
        long firstSchool = schoolOf(first);
        String principal = principalOf(first);
        TestUsers.signOut();

        Page school = page(360, principal);
        school.navigate(base + "/task/" + first.getId());
        school.getByLabel("Tập thể, cá nhân được đề nghị").waitFor();
        school.getByLabel("Đợt khen thưởng").click();
        school.getByRole(AriaRole.OPTION).nth(2).click();
        school.getByLabel("Tập thể, cá nhân được đề nghị").fill("Cô Nguyễn Thị Mai");
        school.getByLabel("Thành tích").fill("Giải Nhất ngày hội CNTT cấp Thành phố");
        Chromium.waitForVaadin(school);
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
        school.getByText("Vui lòng nhập mục này.").waitFor();
        shot(school, "nomination-refused-360");
        school.getByLabel("Minh chứng (số quyết định, giấy chứng nhận…)").fill("Giấy chứng nhận số 88/GCN");
        Chromium.waitForVaadin(school);
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
        school.getByText("Cô Nguyễn Thị Mai").waitFor();
        school.getByLabel("Tập thể, cá nhân được đề nghị").fill("Thầy Lê Văn Nam");
        school.getByLabel("Thành tích").fill("Giải Nhất ngày hội STEM");
        school.getByLabel("Minh chứng (số quyết định, giấy chứng nhận…)").fill("Giấy chứng nhận số 91/GCN");
        Chromium.waitForVaadin(school);
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
        school.getByText("Thầy Lê Văn Nam").waitFor();
        shot(school, "nomination-360");

        // The school's delegates: the principal is there from the roster; two teachers at most from one school.
        school.getByText("(theo danh sách cán bộ)", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        for (String teacher : List.of("Cô Nguyễn Thị Mai", "Thầy Lê Văn Nam", "Cô Trần Thu Hà")) {
            school.getByLabel("Thành phần").click();
            school.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Giáo viên đạt giải"))
                    .click();
            school.getByLabel("Họ và tên").fill(teacher);
            school.getByLabel("Chức vụ hoặc lớp").fill("Giáo viên");
            school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đại biểu")).click();
            if (!teacher.equals("Cô Trần Thu Hà")) {
                school.getByText(teacher + " · Giáo viên").waitFor();
            }
        }
        school.getByText("Mỗi trường cử tối đa 2 người", new Page.GetByTextOptions().setExact(false)).waitFor();
        assertThat(school.getByText("Cô Trần Thu Hà · Giáo viên").count()).as("refused, not saved").isZero();
        shot(school, "delegates-refused-360");
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đề nghị khen thưởng")).click();
        school.getByText("Đã gửi đề nghị khen thưởng và danh sách đại biểu của trường.").waitFor();

        // A second school proposes a collective.
        Task second = schoolTasks.get(1);
        Page other = page(1280, principalOf(second));
        other.navigate(base + "/task/" + second.getId());
        other.getByLabel("Tập thể, cá nhân được đề nghị").waitFor();
        other.getByLabel("Đợt khen thưởng").click();
        other.getByRole(AriaRole.OPTION).nth(0).click();
        other.getByLabel("Tập thể, cá nhân được đề nghị").fill("Tổ chuyên môn Khối 5");
        other.getByLabel("Thành tích").fill("Tổ xuất sắc phong trào đổi mới sáng tạo");
        other.getByLabel("Minh chứng (số quyết định, giấy chứng nhận…)").fill("Biên bản bình xét số 12/BB");
        Chromium.waitForVaadin(other);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
        other.getByText("Tổ chuyên môn Khối 5").waitFor();
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đề nghị khen thưởng")).click();
        other.getByText("Đã gửi đề nghị khen thưởng và danh sách đại biểu của trường.").waitFor();

        // A third is reminded by the timer, sees it in the inbox, misses the deadline; the officer closes it.
        Task third = schoolTasks.get(2);
        String lateSchool = schools.school(schoolOf(third)).name();
        fire(third, "nominationReminder");
        Page late = page(360, principalOf(third));
        late.navigate(base + "/");
        late.locator(".conference-reminders").getByText("hạn gửi đề nghị khen thưởng là",
                new Locator.GetByTextOptions().setExact(false)).waitFor();
        shot(late, "reminder-360");
        fire(third, "nominationDeadline");
        officer.navigate(base + "/task/" + officerTask(id, ConferenceStep.LATE_NOMINATION));
        officer.getByText(lateSchool + " chưa gửi đề nghị khen thưởng trước hạn",
                new Page.GetByTextOptions().setExact(false)).waitFor();
        shot(officer, "late-desktop");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc không có đề nghị")).click();
        officer.getByText("Đã kết thúc việc đề nghị của trường.").waitFor();
        otherSchoolsAnswer(schoolTasks.subList(3, schoolTasks.size()));

        // Each unit's people report their duties done, from their own inbox.
        List<Task> duties = tasks.createTaskQuery().taskDefinitionKey(ConferenceStep.UNIT_ASSIGNMENT.taskId())
                .orderByTaskId().asc().list();
        assertThat(duties).hasSize(6);
        boolean refusedOnce = false;
        for (Task duty : duties) {
            String person = duty.getAssignee() != null ? duty.getAssignee() : unitPerson(duty);
            Page unit = person.equals("chuyenvien") ? officer : page(person.equals("kinhte") ? 360 : 1280, person);
            unit.navigate(base + "/task/" + duty.getId());
            Locator note = unit.getByLabel("Kết quả thực hiện");
            note.waitFor();
            Locator done = unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo đã hoàn thành"));
            if (!refusedOnce) {
                done.click();
                unit.getByText("Ghi kết quả thực hiện (ví dụ", new Page.GetByTextOptions().setExact(false)).waitFor();
                shot(unit, "assignment-refused");
                refusedOnce = true;
            }
            note.fill("Đã thực hiện xong, gửi kèm sản phẩm cho Phòng Văn hóa – Xã hội");
            if (person.equals("kinhte")) {
                shot(unit, "assignment-360");
            }
            done.click();
            unit.getByText("Đã ghi nhận nhiệm vụ hoàn thành.").waitFor();
            if (unit != officer) {
                unit.context().close();
            }
        }

        // The bridge points: the first school's principal confirms its own, the officer the hall's.
        school.navigate(base + "/task/" + bridgeTaskOf("school:" + firstSchool + ":"));
        school.getByLabel("Ngày đã thử kết nối").waitFor();
        shot(school, "bridge-360");
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận điểm cầu sẵn sàng")).click();
        school.getByText("Đã xác nhận điểm cầu sẵn sàng.").waitFor();
        officer.navigate(base + "/task/" + bridgeTaskOf("body:"));
        officer.getByText("Điểm cầu chính tại hội trường", new Page.GetByTextOptions().setExact(false)).waitFor();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận điểm cầu sẵn sàng")).click();
        officer.getByText("Đã xác nhận điểm cầu sẵn sàng.").waitFor();
        otherBridgePointsReady();

        // The leader signs the invitations.
        leader.navigate(base + "/task/" + officerTask(id, ConferenceStep.ISSUE_INVITATIONS));
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký và phát hành giấy mời")).click();
        leader.getByText("Đã phát hành giấy mời số", new Page.GetByTextOptions().setExact(false)).waitFor();

        officer.navigate(base + "/conferences/" + id);
        Locator schoolsList = officer.locator(".conference-schools");
        schoolsList.waitFor();
        assertThat(schoolsList.textContent()).contains("Quá hạn, kết thúc không có đề nghị");
        assertThat(officer.getByText("Điểm cầu trực tuyến (" + bridgeCount(id) + "/" + bridgeCount(id) + ")")
                .count()).as("every bridge point ready").isEqualTo(1);
        schoolsList.scrollIntoViewIfNeeded();
        shot(officer, "ready-desktop");

        // The emulation office consolidates; the leader signs.
        Page emulation = page(1280, "thidua");
        emulation.navigate(base + "/task/" + officerTask(id, ConferenceStep.CONSOLIDATE_AWARDS));
        emulation.getByText("Cô Nguyễn Thị Mai", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        shot(emulation, "consolidate-desktop");
        emulation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tổng hợp xong")).click();
        emulation.getByText("Đã tổng hợp danh sách khen thưởng theo đợt.").waitFor();
        leader.navigate(base + "/task/" + officerTask(id, ConferenceStep.SIGN_AWARD_DECISION));
        leader.getByText("kèm danh sách 3 tập thể, cá nhân").waitFor();
        shot(leader, "decision-desktop");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký quyết định khen thưởng")).click();
        leader.getByText("Đã ký quyết định khen thưởng số").waitFor();

        // The day: refused before its date; recorded once it has come.
        String day = officerTask(id, ConferenceStep.CONFERENCE_DAY);
        officer.navigate(base + "/task/" + day);
        Locator record = officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Ghi nhận kết quả hội nghị"));
        record.click();
        officer.getByText("Chỉ ghi nhận kết quả hội nghị từ ngày tổ chức", new Page.GetByTextOptions().setExact(false))
                .waitFor();
        jdbc.update("update conference set held_on = ?, starts_at = ? where id = ?", VietnamTime.today(),
                java.time.LocalTime.MIDNIGHT, id);
        officer.navigate(base + "/task/" + day);
        officer.getByText("Đã công bố quyết định và trao thưởng").click();
        officer.getByLabel("Ghi chú").fill("Hội nghị diễn ra đúng chương trình; 23 điểm cầu kết nối ổn định.");
        shot(officer, "day-desktop");
        record.click();
        officer.getByText("Đã ghi nhận kết quả hội nghị.").waitFor();
        officer.navigate(base + "/task/" + officerTask(id, ConferenceStep.CONFERENCE_SUMMARY));
        officer.getByLabel("Nội dung tổng kết").fill("Các trường tổ chức hội nghị triển khai nhiệm vụ năm học mới "
                + "theo lịch của cấp học và báo cáo về Phòng Văn hóa – Xã hội.");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành hội nghị")).click();
        officer.getByText("Đã hoàn thành hội nghị tổng kết.").waitFor();

        officer.navigate(base + "/conferences/" + id);
        officer.locator(".conference-documents").waitFor();
        shot(officer, "conference-desktop");
        Locator decision = officer.locator(".conference-document").filter(new Locator.FilterOptions()
                .setHasText("Quyết định khen thưởng"));
        assertThat(decision.textContent()).contains("/QĐ-UBND");
        Download pdf = officer.waitForDownload(() -> decision.getByText("PDF").click());
        Path saved = Path.of("target/e2e-quyet-dinh-khen-thuong.pdf");
        pdf.saveAs(saved);
        assertThat(new String(Files.readAllBytes(saved), 0, 4)).isEqualTo("%PDF");
        Download docx = officer.waitForDownload(() -> decision.getByText("DOCX").click());
        docx.saveAs(Path.of("target/e2e-quyet-dinh-khen-thuong.docx"));
        // The other documents, for LibreOffice to open (the plan, the schools' invitation, the programme sheet).
        for (String[] doc : List.of(new String[] {"Kế hoạch tổ chức hội nghị", "ke-hoach"},
                new String[] {"Giấy mời các trường", "giay-moi-cac-truong"},
                new String[] {"Chương trình hội nghị", "chuong-trinh"})) {
            Locator row = officer.locator(".conference-document").filter(new Locator.FilterOptions().setHasText(doc[0]))
                    .first();
            officer.waitForDownload(() -> row.getByText("DOCX").click())
                    .saveAs(Path.of("target/e2e-" + doc[1] + ".docx"));
        }
        assertThat(officer.locator(".conference-delegates").textContent()).as("delegates by category")
                .contains("Giáo viên đạt giải Nhất ngày hội CNTT cấp Thành phố");
        officer.locator(".conference-levels").scrollIntoViewIfNeeded();
        shot(officer, "conference-levels-desktop");
        officer.locator(".conference-schools").scrollIntoViewIfNeeded();
        shot(officer, "conference-schools-desktop");
        officer.locator(".conference-page .process-picture").scrollIntoViewIfNeeded();
        shot(officer, "conference-diagram-desktop");
        phone.navigate(base + "/conferences/" + id);
        phone.locator(".conference-documents").waitFor();
        shot(phone, "conference-360");
    }

    private String officerTask(long id, ConferenceStep step) {
        TestUsers.signIn(accounts, "chuyenvien");
        try {
            return conferences.openTaskOf(id, step);
        } finally {
            TestUsers.signOut();
        }
    }

    /** The schools after the first three have nothing to propose: each principal sends the empty form. */
    private void otherSchoolsAnswer(List<Task> rest) {
        for (Task t : rest) {
            TestUsers.signIn(accounts, principalOf(t));
            nominations.submit(t.getId());
        }
        TestUsers.signOut();
    }

    /** The other schools' principals confirm their own bridge points, as the first did in the browser. */
    private void otherBridgePointsReady() {
        for (Task t : tasks.createTaskQuery().taskDefinitionKey(ConferenceStep.BRIDGE_POINT_READINESS.taskId())
                .list()) {
            long school = Long.parseLong(group(t).split(":")[1]);
            TestUsers.signIn(accounts, schools.holders(school, Role.PRINCIPAL).get(0).username());
            conferences.confirmBridgePoint(t.getId(), VietnamTime.today());
        }
        TestUsers.signOut();
        assertThat(tasks.createTaskQuery().taskDefinitionKey(ConferenceStep.BRIDGE_POINT_READINESS.taskId()).count())
                .isZero();
    }

    private String bridgeTaskOf(String groupPrefix) {
        return tasks.createTaskQuery().taskDefinitionKey(ConferenceStep.BRIDGE_POINT_READINESS.taskId()).list()
                .stream().filter(t -> group(t).startsWith(groupPrefix)).findFirst().orElseThrow().getId();
    }

    private int bridgeCount(long id) {
        TestUsers.signIn(accounts, "chuyenvien");
        try {
            return conferences.overview(id).bridgePoints().size();
        } finally {
            TestUsers.signOut();
        }
    }

    /** Fires the school's timer of that boundary event now, as the async executor would on its day. */
    private void fire(Task schoolTask, String timer) {
        Job job = management.createTimerJobQuery().processInstanceId(schoolTask.getProcessInstanceId()).list()
                .stream().filter(j -> timer.equals(j.getElementId()))
                .filter(j -> Long.valueOf(schoolOf(schoolTask)).equals(runtime.getVariable(j.getExecutionId(),
                        "schoolId")))
                .findFirst().orElseThrow();
        management.executeJob(management.moveTimerToExecutableJob(job.getId()).getId());
    }

    private String group(Task t) {
        return tasks.getIdentityLinksForTask(t.getId()).stream().map(l -> l.getGroupId())
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    private long schoolOf(Task schoolTask) {
        return Long.parseLong(group(schoolTask).split(":")[1]);
    }

    private String principalOf(Task schoolTask) {
        return schools.holders(schoolOf(schoolTask), Role.PRINCIPAL).get(0).username();
    }

    /** A demo officer of the unit whose people have the duty. */
    private String unitPerson(Task t) {
        Set<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream().map(l -> l.getGroupId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return List.of("vanphong", "kinhte", "thidua", "pholanhdao", "chuyenvien").stream()
                .filter(u -> accounts.findUser(u).orElseThrow().taskGroups().stream().anyMatch(groups::contains))
                .findFirst().orElseThrow();
    }

    private Page page(int width, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width,
                width < 600 ? 780 : 900).setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, "hoinghi2023");
        page.locator(".app-header").first().waitFor();
        return page;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-conference-" + name + ".png"))
                .setFullPage(true));
    }
}
