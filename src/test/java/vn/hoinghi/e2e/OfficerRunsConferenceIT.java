package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * it; a principal nominates two of the school's teachers; once the other strands are done (through the services,
 * as their people would), the officer consolidates the nominations and signs the award decision, and downloads
 * it from the conference page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class OfficerRunsConferenceIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired AccountDetailsService accounts;
    @Autowired ConferenceService conferences;
    @Autowired Nominations nominations;
    @Autowired SchoolDirectory schools;
    @Autowired TaskService tasks;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_officer_plans_the_leader_approves_a_school_nominates_and_the_award_decision_is_signed() throws Exception {
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

        Task first = tasks.createTaskQuery().taskDefinitionKey(ConferenceStep.NOMINATE_CANDIDATES.taskId())
                .orderByTaskId().asc().list().get(0);
        long schoolId = Long.parseLong(tasks.getIdentityLinksForTask(first.getId()).stream()
                .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId().split(":")[1]);
        String principal = schools.holders(schoolId, Role.PRINCIPAL).get(0).username();
        TestUsers.signOut();

        Page school = page(360, principal);
        school.navigate(base + "/task/" + first.getId());
        school.getByLabel("Tập thể, cá nhân được đề nghị").waitFor();
        school.getByLabel("Đợt khen thưởng").click();
        school.getByRole(AriaRole.OPTION).nth(2).click();
        school.getByLabel("Tập thể, cá nhân được đề nghị").fill("Cô Nguyễn Thị Mai");
        school.getByLabel("Thành tích").fill("Giải Nhất ngày hội CNTT cấp Thành phố");
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
        school.getByText("Vui lòng nhập mục này.").waitFor();
        shot(school, "nomination-refused-360");
        school.getByLabel("Minh chứng (số quyết định, giấy chứng nhận…)").fill("Giấy chứng nhận số 88/GCN");
        school.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đề nghị")).click();
        school.getByText("Cô Nguyễn Thị Mai").waitFor();
        school.getByLabel("Tập thể, cá nhân được đề nghị").fill("Thầy Lê Văn Nam");
        school.getByLabel("Thành tích").fill("Giải Nhất ngày hội STEM");
        school.getByLabel("Minh chứng (số quyết định, giấy chứng nhận…)").fill("Giấy chứng nhận số 91/GCN");
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

        finishOtherStrands(id);

        // The emulation office consolidates; the leader signs.
        Page emulation = page(1280, "thidua");
        emulation.navigate(base + "/task/" + officerTask(id, ConferenceStep.CONSOLIDATE_AWARDS));
        emulation.getByText("Cô Nguyễn Thị Mai", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        shot(emulation, "consolidate-desktop");
        emulation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tổng hợp xong")).click();
        emulation.getByText("Đã tổng hợp danh sách khen thưởng theo đợt.").waitFor();
        leader.navigate(base + "/task/" + officerTask(id, ConferenceStep.SIGN_AWARD_DECISION));
        leader.getByText("kèm danh sách 2 tập thể, cá nhân").waitFor();
        shot(leader, "decision-desktop");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ký quyết định khen thưởng")).click();
        leader.getByText("Đã ký quyết định khen thưởng số").waitFor();

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

    /** The assignments, the other schools' answers, the bridge points and the invitations, by their people. */
    private void finishOtherStrands(long id) {
        for (Task t : tasks.createTaskQuery().taskDefinitionKey(ConferenceStep.UNIT_ASSIGNMENT.taskId()).list()) {
            TestUsers.signIn(accounts, t.getAssignee() != null ? t.getAssignee() : unitPerson(t));
            conferences.completeAssignment(t.getId(), "Đã hoàn thành");
        }
        for (ConferenceStep step : List.of(ConferenceStep.NOMINATE_CANDIDATES, ConferenceStep.BRIDGE_POINT_READINESS)) {
            for (Task t : tasks.createTaskQuery().taskDefinitionKey(step.taskId()).list()) {
                String group = tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
                        .findFirst().orElseThrow().getGroupId();
                String who = group.startsWith("school:")
                        ? schools.holders(Long.parseLong(group.split(":")[1]), Role.PRINCIPAL).get(0).username()
                        : "chuyenvien";
                TestUsers.signIn(accounts, who);
                if (step == ConferenceStep.NOMINATE_CANDIDATES) {
                    nominations.submit(t.getId());
                } else {
                    conferences.confirmBridgePoint(t.getId(), VietnamTime.today());
                }
            }
        }
        TestUsers.signIn(accounts, "lanhdao");
        conferences.issueInvitations(conferences.openTaskOf(id, ConferenceStep.ISSUE_INVITATIONS), "Nguyễn Văn Hưng",
                "Phó Chủ tịch", VietnamTime.today());
        Set<String> left = tasks.createTaskQuery().list().stream().map(Task::getTaskDefinitionKey)
                .filter(k -> k.equals(ConferenceStep.CONSOLIDATE_AWARDS.taskId())).collect(Collectors.toSet());
        assertThat(left).containsExactly(ConferenceStep.CONSOLIDATE_AWARDS.taskId());
        TestUsers.signOut();
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
