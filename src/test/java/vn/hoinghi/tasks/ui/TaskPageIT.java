package vn.hoinghi.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.audit.ui.AuditTrailList;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.ErrorView;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.NoAccessView;
import vn.hoinghi.tasks.NoticeKind;
import vn.hoinghi.tasks.Notices;
import vn.hoinghi.tasks.Notices.NoticeView;
import vn.hoinghi.tasks.TaskAttachments;
import vn.hoinghi.tasks.TaskComments;
import vn.hoinghi.tasks.TaskInbox;

/** The task page as the union chair and the principal use it: comments with @, attachments, history, refusals. */
class TaskPageIT extends KaribuSupport {

    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired Notices notices;
    @Autowired TaskComments comments;
    @Autowired TaskAttachments attachments;

    private AssemblyWalk walk;

    /** The union chair's "Soạn dự thảo" of an assembly of the year. */
    private String unionChairsDraft(int year) {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
        walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, LocalDate.of(year, 9, 21),
                LocalDate.of(year, 9, 22), LocalDate.of(year, 9, 23), LocalDate.of(year, 9, 28),
                LocalDate.of(year, 10, 2), false);
        walk.preparatoryMeeting(LocalDate.of(year, 9, 21));
        return walk.onlyTaskOf("ctcongdoan", AssemblyStep.DRAFTING.taskId());
    }

    private static void open(String route) {
        UI.getCurrent().navigate("account/password");
        UI.getCurrent().navigate(route);
    }

    @Test
    void the_union_chair_mentions_the_principal_who_is_told_once_and_jumps_to_the_task() {
        String task = unionChairsDraft(2010);
        login("ctcongdoan");
        // a new task was announced to its author when it was made
        assertThat(notices.mine(50)).anyMatch(n -> n.kind() == NoticeKind.NEW_TASK && ("task/" + task).equals(n.link()));

        open("task/" + task);
        TextArea text = _get(TextArea.class, spec -> spec.withClasses("comment-text"));
        text.setValue("Nhờ thầy xem giúp phần số liệu @hieutruong");
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));
        assertThat(text.isInvalid()).isFalse();
        // the comment shows with the principal's name in place of the username
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("comment-body")))
                .anyMatch(d -> d.getText().equals("Nhờ thầy xem giúp phần số liệu @Nguyễn Văn Hùng"));

        // too long: refused at the field, nothing saved
        text.setValue("x".repeat(TaskComments.MAX_LENGTH + 1));
        _click(_get(Button.class, spec -> spec.withClasses("comment-send")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("Ý kiến dài tối đa 2.000 ký tự");
        assertThat(comments.onTask(task)).hasSize(1);

        login("hieutruong");
        open("");
        NotificationBell.Bell bell = _get(NotificationBell.Bell.class);
        int before = bell.unread();
        NoticeView mention = notices.mine(50).stream().filter(n -> n.kind() == NoticeKind.MENTION).findFirst()
                .orElseThrow();
        assertThat(mention.link()).isEqualTo("task/" + task);
        assertThat(notices.mine(200)).filteredOn(n -> n.kind() == NoticeKind.MENTION && n.link().equals("task/" + task))
                .hasSize(1);
        bell.open();
        _click(_find(Button.class, spec -> spec.withClasses("notification unread")).stream()
                .filter(b -> b.getText().startsWith("Lê Thị Hồng nhắc đến bạn: Soạn dự thảo")).findFirst().orElseThrow());
        // on the task's page, followed (it is the union chair's to do), with the thread
        _get(TaskView.class);
        _get(Paragraph.class, spec -> spec.withText(
                "Bạn đang theo dõi việc này; người được giao sẽ thực hiện. Bạn vẫn có thể trao đổi và đính kèm tệp."));
        assertThat(comments.onTask(task)).hasSize(1);
        assertThat(notices.unreadCount()).isEqualTo(before - 1);
    }

    @Test
    void attachments_are_checked_by_content_and_size_on_the_server() throws IOException {
        String task = unionChairsDraft(2011);
        login("ctcongdoan");
        byte[] docx = zip("word/document.xml", "<w:document/>");
        attachments.attach(task, "so-lieu.docx", docx.length, new ByteArrayInputStream(docx));
        assertThat(attachments.onTask(task)).extracting(TaskAttachments.AttachmentView::fileName)
                .containsExactly("so-lieu.docx");

        // a spreadsheet renamed .pdf, a text file, a file announced too big, a stream longer than the limit
        byte[] xlsx = zip("xl/workbook.xml", "<workbook/>");
        assertThatThrownBy(() -> attachments.attach(task, "bang-tinh.pdf", xlsx.length, new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.renamed"));
        byte[] text = "chỉ là chữ".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attachments.attach(task, "ghi-chu.docx", text.length, new ByteArrayInputStream(text)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.wrongType"));
        assertThatThrownBy(() -> attachments.attach(task, "lon.pdf", attachments.maxBytes() + 1,
                new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.tooLarge"));
        byte[] big = new byte[(int) attachments.maxBytes() + 10];
        assertThatThrownBy(() -> attachments.attach(task, "lon.pdf", -1, new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.tooLarge"));
        assertThat(attachments.onTask(task)).hasSize(1);

        // a teacher of the school who is not on the task may not read the file
        long id = attachments.onTask(task).get(0).id();
        login("giaovien");
        assertThatThrownBy(() -> attachments.content(id)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void the_task_page_shows_its_history_and_a_page_one_may_not_open_says_so_inside_the_app() {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
        walk.launch("2012-2013", AssemblyKind.REGULAR, LocalDate.of(2012, 9, 21), LocalDate.of(2012, 9, 22),
                LocalDate.of(2012, 9, 23), LocalDate.of(2012, 9, 28), LocalDate.of(2012, 10, 2), false);
        String task = walk.onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
        login("hieutruong");
        inbox.claim(task);
        open("task/" + task);
        // the history comes from the audit trail: who claimed it, when
        AuditTrailList history = _get(AuditTrailList.class);
        assertThat(history.getElement().getTextRecursively()).contains("Nguyễn Văn Hùng đã nhận việc");

        // a teacher opening it gets the app's own page, inside the layout
        login("giaovien");
        open("task/" + task);
        _get(MainLayout.class);
        _get(ErrorView.class);
        _get(Paragraph.class, spec -> spec.withText("Việc này không thuộc về bạn hoặc vai trò của bạn tại trường."));

        // and so does a page of the administrator's
        open("admin/staff");
        _get(MainLayout.class);
        assertThat(_find(NoAccessView.class).size() + _find(NoAccessView.Denied.class).size()).isEqualTo(1);
        _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Không mở được trang này"));
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
