package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;

import vn.hoinghi.assembly.DraftStatus;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.DraftData;
import vn.hoinghi.shared.Texts;

/** Writing (or revising) one assigned draft. */
class DraftForm extends TaskForm<DraftForm.Values> {

    static final class Values {
        @NotBlank(message = "draft.contentRequired")
        String content;
    }

    private final PreparationService service;
    private final String taskId;
    private final TextArea content;

    DraftForm(PreparationService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        DraftData data = service.draft(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(new Paragraph(getTranslation("draft.what", getTranslation(data.draft().kind().messageKey()),
                Texts.date(data.draft().dueOn()))));
        if (data.draft().status() == DraftStatus.REVISION_REQUESTED) {
            Span comment = new Span(getTranslation("draft.revisionComment", data.draft().reviewComment()));
            comment.addClassName("rule-bad");
            add(comment);
        }
        content = FormSupport.area(getTranslation("draft.content"), data.draft().latestContent());
        content.setMinHeight("20em");
        add(content, FormSupport.hint(getTranslation("draft.versions", data.draft().versions())));
        bind(content, v -> v.content, (v, x) -> v.content = x);
        addSubmit(getTranslation("draft.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.submitDraft(taskId, v.content);
    }
}
