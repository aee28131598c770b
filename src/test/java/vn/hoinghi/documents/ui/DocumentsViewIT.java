package vn.hoinghi.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.RequestedBy;
import vn.hoinghi.tasks.TaskInbox;

/** The documents tab of the assembly page and the documents under a task, as the principal sees them. */
class DocumentsViewIT extends KaribuSupport {

    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired TaskInbox inbox;
    @Autowired org.flowable.engine.TaskService tasks;

    /** An assembly of 2021 (no other test signs documents in 2021) with its preparatory meeting recorded. */
    private long assemblyWithPlan() {
        login("hieutruong");
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear("2021-2022");
        f.setKind(AssemblyKind.EXTRAORDINARY);
        f.setRequestedBy(RequestedBy.PRINCIPAL);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(LocalDate.of(2021, 10, 4));
        f.setKeyStaffOn(LocalDate.of(2021, 10, 5));
        f.setGroupMeetingsOn(LocalDate.of(2021, 10, 6));
        f.setPlenaryOn(LocalDate.of(2021, 10, 11));
        f.setFilingDeadline(LocalDate.of(2021, 10, 15));
        long id = launch.launch(f);
        String task = taskOf(id, "Hội nghị trù bị");
        PreparationService.PreparatoryData data = preparation.preparatory(task);
        preparation.recordPreparatory(task, new Inputs.Preparatory(LocalDate.of(2021, 10, 4), data.suggestedAttendees(),
                "Trưởng ban: Hiệu trưởng", "", data.suggestedAssignments()));
        return id;
    }

    private String taskOf(long assemblyId, String name) {
        return inbox.page("", 0, 100).stream().filter(r -> r.name().equals(name)).map(TaskInbox.TaskRow::id)
                .filter(t -> tasks.createTaskQuery().taskId(t).processInstanceBusinessKey(String.valueOf(assemblyId))
                        .count() == 1)
                .findFirst().orElseThrow();
    }

    @Test
    void the_principal_previews_downloads_and_signs_the_plan_on_the_documents_tab() {
        long id = assemblyWithPlan();
        UI.getCurrent().navigate("assembly/" + id);
        TabSheet sheet = _get(TabSheet.class);
        Tab tab = _find(Tab.class).stream().filter(t -> t.getLabel().equals("Văn bản")).findFirst().orElseThrow();
        sheet.setSelectedTab(tab);

        Div plan = card("Kế hoạch tổ chức hội nghị");
        assertThat(text(plan)).contains("Chưa ký (bản dự thảo, chưa có số)");
        assertThat(_find(plan, Anchor.class)).extracting(Anchor::getText).contains("Tải DOCX", "Tải PDF");
        assertThat(_find(plan, Anchor.class)).allMatch(a -> !a.getHref().isBlank());
        // The resolution cannot be written before the plenary.
        assertThat(text(card("Nghị quyết hội nghị"))).contains("Chưa lập được");
        assertThat(_find(card("Nghị quyết hội nghị"), Button.class)).isEmpty();

        ButtonKt._click(_get(plan, Button.class, spec -> spec.withText("Xem trước")));
        Dialog preview = openDialog();
        assertThat(_get(preview, IFrame.class).getSrc()).isNotBlank();
        preview.close();

        ButtonKt._click(_get(plan, Button.class, spec -> spec.withText("Ký và cấp số")));
        Dialog sign = openDialog();
        assertThat(_get(sign, TextField.class, spec -> spec.withLabel("Người ký")).getValue()).isEqualTo("Nguyễn Văn Hùng");
        ButtonKt._click(_get(sign, Button.class, spec -> spec.withClasses("document-sign-confirm")));

        Div signed = card("Kế hoạch tổ chức hội nghị");
        assertThat(text(signed)).contains("Số 01/KH-TH&THCSHH, ký ngày 04/10/2021 – Nguyễn Văn Hùng",
                "Chưa có bản có dấu");
        assertThat(_find(signed, Button.class)).extracting(Button::getText).contains("Tải lên bản có dấu")
                .doesNotContain("Ký và cấp số");
        assertThat(text(_get(Div.class, spec -> spec.withClasses("documents-dossier")))).contains("Hồ sơ còn thiếu:");
    }

    @Test
    void a_task_shows_the_documents_of_its_stage_and_a_teacher_cannot_sign() {
        long id = assemblyWithPlan();
        // The principal's own draft: the plan it was assigned by is one click away.
        String draft = taskOf(id, "Soạn dự thảo");
        UI.getCurrent().navigate("task/" + draft);
        DocumentsPanel panel = _get(DocumentsPanel.class);
        List<String> titles = _find(panel, H4.class).stream().map(H4::getText).toList();
        assertThat(titles).containsExactly("Kế hoạch tổ chức hội nghị");
        assertThat(_find(panel, Anchor.class)).extracting(Anchor::getText).contains("Tải DOCX", "Tải PDF");

        login("giaovien");
        UI.getCurrent().navigate("assembly/" + id);
        TabSheet sheet = _get(TabSheet.class);
        sheet.setSelectedTab(_find(Tab.class).stream().filter(t -> t.getLabel().equals("Văn bản")).findFirst()
                .orElseThrow());
        Div plan = card("Kế hoạch tổ chức hội nghị");
        assertThat(_find(plan, Anchor.class)).extracting(Anchor::getText).contains("Tải DOCX", "Tải PDF");
        assertThat(_find(plan, Button.class)).extracting(Button::getText).doesNotContain("Ký và cấp số");
    }

    private static Dialog openDialog() {
        List<Dialog> open = _find(Dialog.class).stream().filter(Dialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static Div card(String title) {
        return _find(Div.class, spec -> spec.withClasses("document-card")).stream()
                .filter(d -> _find(d, H4.class).stream().anyMatch(h -> h.getText().equals(title))).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
    }

    private static String text(com.vaadin.flow.component.Component c) {
        StringBuilder b = new StringBuilder();
        _find(c, Span.class).forEach(s -> b.append(s.getText()).append(' '));
        _find(c, com.vaadin.flow.component.html.ListItem.class).forEach(s -> b.append(s.getText()).append(' '));
        return b.toString();
    }
}
