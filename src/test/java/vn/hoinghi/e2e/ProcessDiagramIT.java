package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.TestSchools;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.tasks.ProcessDiagrams;
import vn.hoinghi.tasks.ProcessDiagrams.Diagram;
import vn.hoinghi.tasks.ProcessDiagrams.StepMark;
import vn.hoinghi.tasks.ProcessDiagrams.StepState;
import vn.hoinghi.tasks.TaskInbox;

/**
 * The assembly page draws the process with bpmn-js: the steps done, waiting and overdue marked from the engine's
 * history and runtime, a waiting step opening its task; only the school and its body see it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class ProcessDiagramIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
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
    @Autowired ProcessDiagrams diagrams;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private AssemblyWalk walk() {
        return new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
    }

    private String processOf(long assemblyId) {
        return queries.overview(assemblyId).assembly().processInstanceId();
    }

    @Test
    void the_principal_sees_the_current_step_on_the_diagram_and_clicking_it_opens_its_task() {
        AssemblyWalk walk = walk();
        long assemblyId = walk.launch("1947-1948", AssemblyKind.REGULAR, LocalDate.of(1947, 9, 20),
                LocalDate.of(1947, 9, 22), LocalDate.of(1947, 9, 24), LocalDate.of(1947, 9, 29),
                LocalDate.of(1947, 10, 3), false);
        walk.preparatoryMeeting(LocalDate.of(1947, 9, 20));
        String process = processOf(assemblyId);
        // the drafts are not due yet: the step is waiting, not overdue
        List<Task> drafting = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("drafting").list();
        assertThat(drafting).isNotEmpty();
        Date later = Date.from(ZonedDateTime.now().plusDays(10).toInstant());
        drafting.forEach(t -> tasks.setDueDate(t.getId(), later));
        TestUsers.signOut();

        BrowserContext browserContext = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        Page page = browserContext.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", "hieutruong", "hoinghi2023");
        page.locator(".app-header").waitFor();
        page.navigate("http://localhost:" + port + "/assembly/" + assemblyId);
        page.locator("process-diagram[rendered]").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-diagram.png")).setFullPage(true));

        Locator done = page.locator(".djs-element.step-done[data-element-id=preparatoryMeeting]");
        Locator current = page.locator(".djs-element.step-current[data-element-id=drafting]");
        assertThat(done.count()).as("the preparatory meeting is marked done").isEqualTo(1);
        assertThat(current.count()).as("the drafting is marked as the current step").isEqualTo(1);
        assertThat(page.locator(".djs-element.step-overdue").count()).as("nothing is overdue").isZero();
        // the state in words, not only in colour
        assertThat(page.locator(".djs-overlay [data-step=drafting]").textContent()).contains("Đang chờ");
        assertThat(page.locator(".djs-overlay [data-step=preparatoryMeeting]").textContent()).contains("Đã xong");
        assertThat(page.locator(".diagram-legend").textContent()).contains("Đã xong", "Đang chờ", "Quá hạn");

        current.click();
        page.waitForURL("**/task/**");
        String opened = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(drafting.stream().map(Task::getId)).contains(opened);
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Soạn dự thảo")).first().waitFor();
        browserContext.close();
    }

    @Test
    void overdue_steps_are_marked_and_only_the_school_and_its_body_see_the_diagram() {
        AssemblyWalk walk = walk();
        long assemblyId = walk.launch("1948-1949", AssemblyKind.REGULAR, LocalDate.of(1948, 9, 20),
                LocalDate.of(1948, 9, 22), LocalDate.of(1948, 9, 24), LocalDate.of(1948, 9, 29),
                LocalDate.of(1948, 10, 3), false);
        walk.preparatoryMeeting(LocalDate.of(1948, 9, 20));
        String process = processOf(assemblyId);
        List<Task> drafting = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("drafting").list();
        Date past = Date.from(ZonedDateTime.now().minusDays(3).toInstant());
        drafting.forEach(t -> tasks.setDueDate(t.getId(), past));

        Diagram diagram = diagrams.of(process);
        Map<String, StepMark> steps = diagram.steps().stream()
                .collect(Collectors.toMap(StepMark::activityId, Function.identity()));
        assertThat(diagram.bpmnXml()).contains("bpmndi:BPMNDiagram", "id=\"drafting\"");
        assertThat(steps.get("preparatoryMeeting").state()).isEqualTo(StepState.DONE);
        assertThat(steps.get("preparatoryMeeting").taskId()).isNull();
        assertThat(steps.get("drafting").state()).isEqualTo(StepState.OVERDUE);
        assertThat(steps.get("drafting").taskId()).as("the principal may open a drafting task")
                .isIn(drafting.stream().map(Task::getId).toList());
        assertThat(diagram.waiting()).hasSize(drafting.size()).allMatch(w -> w.overdue() && w.mayOpen());

        // a teacher sees the picture, and may open only a task that is hers
        Map<String, String> assignees = drafting.stream()
                .collect(Collectors.toMap(Task::getId, t -> String.valueOf(t.getAssignee())));
        TestUsers.signIn(accounts, "giaovien");
        assertThat(diagrams.of(process).waiting()).filteredOn(w -> w.mayOpen())
                .allMatch(w -> "giaovien".equals(assignees.get(w.taskId())));

        // the body's officer follows the school
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(diagrams.of(process).steps()).isNotEmpty();

        // another school's administrator is refused
        TestSchools.Created other = TestSchools.create(context, "Trường Tiểu học Sơ Đồ");
        TestUsers.signIn(accounts, other.adminUsername());
        assertThatThrownBy(() -> diagrams.of(process)).isInstanceOf(BusinessRuleException.class);
    }
}
