package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;

import vn.hoinghi.assembly.DraftStatus;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.DraftData;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ui.TaskForm;

/** Writing (or revising) one assigned draft. */
class DraftForm extends TaskForm<DraftForm.Values> {

    static final class Values {
        @NotBlank(message = "draft.contentRequired")
        String content;
    }

    private final PreparationService service;
    private final String taskId;
    private final TextArea content;
    private final com.vaadin.flow.component.orderedlayout.VerticalLayout files =
            new com.vaadin.flow.component.orderedlayout.VerticalLayout();

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
        add(new com.vaadin.flow.component.html.H3(getTranslation("draftFile.title")),
                FormSupport.hint(getTranslation("draftFile.hint")), upload(), files);
        showFiles();
        addSubmit(getTranslation("draft.submit"));
    }

    /** A DOCX replaces the text area's content with its text; the file itself is kept with the draft. */
    private com.vaadin.flow.component.upload.Upload upload() {
        long max = PreparationService.MAX_DRAFT_FILE_MB * 1024L * 1024L;
        com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(
                new com.vaadin.flow.server.streams.InMemoryUploadHandler((meta, bytes) -> {
                    try {
                        content.setValue(service.uploadDraftFile(taskId, meta.fileName(), bytes));
                        content.setInvalid(false);
                        vn.hoinghi.shared.Errors.showSuccess(getTranslation("draftFile.read", meta.fileName()));
                        showFiles();
                    } catch (RuntimeException e) {
                        vn.hoinghi.shared.BusinessRuleException rule = vn.hoinghi.shared.Errors.findRule(e);
                        if (rule == null) {
                            throw e;
                        }
                        show(rule.field(), getTranslation(rule.messageKey(), rule.args()));
                    }
                }) {
                    @Override
                    public long getFileSizeMax() {
                        return max;
                    }

                    @Override
                    public long getRequestSizeMax() {
                        return max + 64 * 1024L;
                    }
                });
        upload.setAcceptedFileTypes(".docx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) max);
        upload.addClassName("draft-upload");
        upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                        .setOne(getTranslation("draftFile.add")).setMany(getTranslation("draftFile.add")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                        .setOne(getTranslation("draftFile.drop")).setMany(getTranslation("draftFile.drop")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                        .setTooManyFiles(getTranslation("draftFile.add"))
                        .setFileIsTooBig(getTranslation("draftFile.tooBig", PreparationService.MAX_DRAFT_FILE_MB))
                        .setIncorrectFileType(getTranslation("draftFile.notDocx", ""))));
        upload.addFileRejectedListener(e -> vn.hoinghi.shared.Errors.showError(e.getErrorMessage()));
        // each upload is a new version: the list below keeps them all, the widget starts empty again
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    private void showFiles() {
        files.removeAll();
        files.setPadding(false);
        files.setSpacing(false);
        for (PreparationService.DraftFileView f : service.draftFiles(taskId)) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = service.draftFileBytes(taskId, f.id());
                        return new com.vaadin.flow.server.streams.DownloadResponse(
                                new java.io.ByteArrayInputStream(bytes), f.fileName(),
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                bytes.length);
                    }), getTranslation("draftFile.line", f.fileName(), Texts.dateTime(f.uploadedAt()),
                    f.uploadedBy()));
            files.add(link);
        }
    }

    @Override
    protected void submit(Values v) {
        service.submitDraft(taskId, v.content);
    }
}
