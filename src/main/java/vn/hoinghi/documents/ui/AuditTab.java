package vn.hoinghi.documents.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.hoinghi.audit.ui.AuditTrailList;
import vn.hoinghi.documents.AuditRecord;
import vn.hoinghi.documents.DocumentService.FileContent;
import vn.hoinghi.shared.AssemblyTabProvider;
import vn.hoinghi.shared.BusinessRuleException;

/** The "Nhật ký" tab of the assembly page: who did what and when, and the same for the archive as PDF and XLSX. */
@Component
class AuditTab implements AssemblyTabProvider {

    private final AuditRecord record;

    AuditTab(AuditRecord record) {
        this.record = record;
    }

    @Override
    public String tabLabelKey() {
        return "audit.tab";
    }

    @Override
    public com.vaadin.flow.component.Component create(long assemblyId) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("assembly-audit");
        Paragraph hint = new Paragraph(box.getTranslation("audit.tab.hint"));
        hint.addClassName("hint");
        HorizontalLayout downloads = new HorizontalLayout(
                download(box.getTranslation("audit.export.pdf"), "audit-pdf", () -> record.pdf(assemblyId)),
                download(box.getTranslation("audit.export.xlsx"), "audit-xlsx", () -> record.xlsx(assemblyId)));
        downloads.getStyle().set("flex-wrap", "wrap");
        box.add(hint, downloads, new AuditTrailList(record.entries(assemblyId), true));
        return box;
    }

    private static Anchor download(String text, String className, Supplier<FileContent> file) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            try {
                FileContent f = file.get();
                return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.mediaType(),
                        f.bytes().length);
            } catch (BusinessRuleException refused) {
                return DownloadResponse.error(409, refused.messageKey());
            }
        }), AttachmentType.DOWNLOAD, text);
        a.addClassName(className);
        return a;
    }
}
