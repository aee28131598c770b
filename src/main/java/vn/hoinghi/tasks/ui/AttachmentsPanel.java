package vn.hoinghi.tasks.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.TaskAttachments;
import vn.hoinghi.tasks.TaskAttachments.AttachmentView;
import vn.hoinghi.tasks.TaskAttachments.FileContent;

/** A task's attachments: the list with a link to each file, and an upload checked on the server. */
class AttachmentsPanel extends VerticalLayout {

    private final TaskAttachments attachments;
    private final String taskId;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    AttachmentsPanel(TaskAttachments attachments, String taskId) {
        this.attachments = attachments;
        this.taskId = taskId;
        addClassName("attachments");
        setPadding(false);
        long maxMb = attachments.maxBytes() / (1024 * 1024);
        Paragraph hint = new Paragraph(getTranslation("attachment.hint", maxMb));
        hint.addClassName("hint");
        none.setText(getTranslation("attachment.none"));
        none.addClassName("hint");
        list.addClassName("attachment-list");

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.addClassName("attachment-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxBytes()));
        upload.setMaxFiles(1);
        // Vaadin's own labels are English: the app's words instead
        upload.setDropLabel(new Span(getTranslation("attachment.drop")));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("attachment.button")));
        upload.setUploadHandler(new LimitedUpload(attachments.maxBytes()) {
            @Override
            void received(UploadEvent event) {
                try {
                    AttachmentView saved = attachments.attach(taskId, event.getFileName(), event.getFileSize(),
                            event.getInputStream());
                    ui.access(() -> {
                        Errors.showSuccess(getTranslation("attachment.saved", saved.fileName()));
                        upload.clearFileList();
                        reload();
                    });
                } catch (RuntimeException ex) {
                    BusinessRuleException rule = Errors.findRule(ex);
                    event.reject(rule == null ? "" : getTranslation(rule.messageKey(), rule.args()));
                    ui.access(() -> {
                        upload.clearFileList();
                        Errors.showError(rule == null ? getTranslation("error.unexpected")
                                : getTranslation(rule.messageKey(), rule.args()));
                    });
                }
            }
        });
        upload.addFileRejectedListener(e -> Errors.showError(getTranslation("attachment.tooLarge",
                e.getFileName(), maxMb)));
        add(list, none, hint, upload);
        reload();
    }

    private void reload() {
        list.removeAll();
        List<AttachmentView> files = attachments.onTask(taskId);
        none.setVisible(files.isEmpty());
        for (AttachmentView a : files) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
                try {
                    FileContent f = attachments.content(a.id());
                    return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.mediaType(),
                            f.bytes().length);
                } catch (BusinessRuleException ex) {
                    return DownloadResponse.error(403, ex.messageKey());
                }
            }), a.fileName());
            link.getElement().setAttribute("download", a.fileName());
            Span meta = new Span(" · " + getTranslation("attachment.meta", size(a.sizeBytes()), a.uploadedBy(),
                    Texts.dateTime(a.uploadedAt())));
            meta.addClassName("hint");
            list.add(new ListItem(new Div(link, meta)));
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
    }

    /**
     * Vaadin refuses a body over the limit before reading it (413), by the limits below; the service then reads
     * at most the limit again, whatever the browser announced.
     */
    abstract static class LimitedUpload implements UploadHandler {
        private final long max;

        LimitedUpload(long max) {
            this.max = max;
        }

        abstract void received(UploadEvent event) throws IOException;

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            received(event);
        }

        @Override
        public long getFileSizeMax() {
            return max;
        }

        @Override
        public long getRequestSizeMax() {
            // the file and the multipart framing around it
            return max + 64 * 1024;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }
}
