package vn.hoinghi.documents.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.documents.DocumentService.DocumentRow;
import vn.hoinghi.documents.DocumentService.FileContent;
import vn.hoinghi.documents.DocumentService.IssuedInfo;
import vn.hoinghi.documents.DocumentService.SignInput;
import vn.hoinghi.documents.ScanInfo;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.LimitedUpload;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/**
 * The documents of one assembly, or of one task's stage: a preview in the browser, the DOCX and PDF, signing
 * with the next number, the signed and stamped scans in every version, and the dossier as one ZIP.
 */
class DocumentsPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DocumentsPanel.class);

    private final DocumentService service;
    private final long assemblyId;
    /** The kinds shown; null shows every document of the assembly. */
    private final Set<DocumentKind> only;
    private final boolean showDossier;

    DocumentsPanel(DocumentService service, long assemblyId, Set<DocumentKind> only, boolean showDossier) {
        this.service = service;
        this.assemblyId = assemblyId;
        this.only = only;
        this.showDossier = showDossier;
        addClassName("documents-panel");
        setPadding(false);
        refresh();
    }

    void refresh() {
        removeAll();
        List<DocumentRow> all = service.documents(assemblyId);
        boolean manage = service.mayManage(assemblyId);
        if (only == null) {
            // the cards' titles are h4: under the page's h2 the tab needs its h3
            add(new H3(getTranslation("documents.heading")));
            Paragraph intro = new Paragraph(getTranslation("documents.intro"));
            intro.addClassName("hint");
            add(intro);
        }
        for (DocumentRow row : all) {
            if (only == null || only.contains(row.ref().kind())) {
                add(card(row, manage));
            }
        }
        if (showDossier) {
            add(dossier(all));
        }
    }

    private Div card(DocumentRow row, boolean manage) {
        Div card = new Div();
        card.addClassName("document-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
        H4 title = new H4(title(row));
        title.getStyle().set("margin", "0");
        card.add(title);
        Span status = new Span(status(row));
        status.addClassName("document-status");
        status.addClassName(row.signed() ? "rule-ok" : "hint");
        card.add(status);
        if (row.dossierPiece()) {
            Span piece = new Span(" · " + getTranslation("documents.dossierPiece"));
            piece.addClassName("hint");
            card.add(piece);
        }
        if (!row.available()) {
            return card;
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        Button preview = new Button(getTranslation("documents.preview"), VaadinIcon.EYE.create(), e -> preview(row));
        preview.addThemeVariants(ButtonVariant.SMALL);
        preview.addClassName("document-preview");
        actions.add(preview);
        actions.add(download(getTranslation("documents.downloadDocx"), "document-docx",
                () -> service.docx(assemblyId, row.ref())));
        actions.add(download(getTranslation("documents.downloadPdf"), "document-pdf",
                () -> service.pdf(assemblyId, row.ref())));
        if (!row.myCapacities().isEmpty() && !row.signed()) {
            Button sign = new Button(getTranslation("documents.sign"), VaadinIcon.PENCIL.create(), e -> sign(row));
            sign.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            sign.addClassName("document-sign");
            actions.add(sign);
        }
        if (manage && row.signed()) {
            Button upload = new Button(getTranslation("documents.upload"), VaadinIcon.UPLOAD.create(),
                    e -> upload(row));
            upload.addThemeVariants(ButtonVariant.SMALL);
            upload.addClassName("document-upload");
            actions.add(upload);
        }
        if (!row.myCapacities().isEmpty() && row.signed()) {
            Button withdraw = new Button(getTranslation("documents.withdraw"), VaadinIcon.BAN.create(),
                    e -> withdraw(row));
            withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            withdraw.addClassName("document-withdraw");
            actions.add(withdraw);
        }
        card.add(actions);
        if (row.signed()) {
            Span who = new Span(getTranslation("documents.status.signedBy", row.issued().signerName(),
                    row.issued().signerTitle(), Texts.dateTime(row.issued().recordedAt())));
            who.addClassNames("hint", "document-signed-by");
            card.add(new Div(who));
        }
        for (IssuedInfo w : row.withdrawn()) {
            Span gone = new Span(getTranslation("documents.status.withdrawn", w.symbol(), w.signerName(),
                    Texts.dateTime(w.withdrawnAt()), w.withdrawnBy(), w.withdrawalReason()));
            gone.addClassNames("rule-bad", "document-withdrawn");
            card.add(new Div(gone));
        }
        if (row.signed()) {
            if (row.scans().isEmpty()) {
                Span none = new Span(getTranslation("documents.status.noScan"));
                none.addClassName("rule-bad");
                card.add(none);
            } else {
                card.add(new Span(getTranslation("documents.status.scans", row.scans().size())));
                UnorderedList versions = new UnorderedList();
                for (ScanInfo s : row.scans()) {
                    ListItem li = new ListItem(download(getTranslation("documents.scanVersion", s.versionNo(),
                            s.fileName(), Texts.dateTime(s.uploadedAt()), s.uploadedBy()), "document-scan",
                            () -> service.scan(assemblyId, s.id())));
                    versions.add(li);
                }
                card.add(versions);
            }
        }
        return card;
    }

    private String title(DocumentRow row) {
        return getTranslation(row.ref().kind().messageKey())
                + (row.departmentName() == null ? "" : " – " + row.departmentName());
    }

    private String status(DocumentRow row) {
        if (!row.available()) {
            return getTranslation("documents.status.notYet", getTranslation(row.waitingKey()));
        }
        if (!row.signed()) {
            return getTranslation("documents.status.draft");
        }
        IssuedInfo i = row.issued();
        return getTranslation("documents.status.signed", i.symbol(), Texts.date(i.signedOn()), i.signerName());
    }

    private Div dossier(List<DocumentRow> rows) {
        Div box = new Div();
        box.addClassName("documents-dossier");
        box.add(new H3(getTranslation("documents.dossier")));
        Paragraph hint = new Paragraph(getTranslation("documents.dossier.hint"));
        hint.addClassName("hint");
        box.add(hint);
        List<String> missing = new ArrayList<>();
        for (DocumentRow r : rows) {
            if (!r.dossierPiece()) {
                continue;
            }
            String name = title(r);
            if (!r.available()) {
                missing.add(getTranslation("documents.missing.notYet", name));
            } else if (!r.signed()) {
                missing.add(getTranslation("documents.missing.unsigned", name));
            } else if (r.scans().isEmpty()) {
                missing.add(getTranslation("documents.missing.noScan", name));
            }
        }
        if (missing.isEmpty()) {
            Span ready = new Span(getTranslation("documents.dossier.ready") + " ");
            ready.addClassName("rule-ok");
            box.add(ready, download(getTranslation("documents.dossier.download"), "dossier-zip",
                    () -> service.dossierZip(assemblyId)));
        } else {
            Span title = new Span(getTranslation("documents.dossier.missing"));
            title.addClassName("rule-bad");
            UnorderedList list = new UnorderedList();
            missing.forEach(m -> list.add(new ListItem(m)));
            list.addClassName("dossier-missing");
            box.add(title, list);
        }
        return box;
    }

    private void preview(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.previewTitle", title(row)));
        dialog.setWidth("90vw");
        dialog.setHeight("90vh");
        IFrame frame = new IFrame(DownloadHandler.fromInputStream(e -> respond(() -> service.pdf(assemblyId,
                row.ref()))).inline());
        frame.setWidth("100%");
        frame.setHeight("100%");
        frame.getStyle().set("border", "0");
        frame.addClassName("document-preview-frame");
        dialog.add(frame);
        dialog.getFooter().add(new Button(getTranslation("documents.close"), e -> dialog.close()));
        dialog.open();
    }

    private void sign(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.addClassName("document-sign-dialog");
        dialog.setHeaderTitle(getTranslation("documents.signTitle", title(row)));
        Paragraph hint = new Paragraph(getTranslation("documents.signHint"));
        hint.addClassName("hint");
        // the name printed is the signed-in person's: nobody signs under another's name
        TextField signer = new TextField(getTranslation("documents.signer"));
        signer.setValue(CurrentUser.find().map(u -> u.fullName()).orElse(""));
        signer.setReadOnly(true);
        signer.setWidthFull();
        RadioButtonGroup<Role> capacity = new RadioButtonGroup<>(getTranslation("documents.capacity"));
        capacity.addClassName("document-capacity");
        capacity.setItems(row.myCapacities());
        capacity.setItemLabelGenerator(r -> getTranslation("documents.capacity.as", getTranslation(capacityKey(r)),
                printedTitle(row, r)));
        capacity.setValue(row.myCapacities().get(0));
        DatePicker date = DatePickers.create(getTranslation("documents.signedOn"));
        LocalDate today = VietnamTime.today();
        date.setValue(row.naturalDate().isAfter(today) ? today : row.naturalDate());
        date.setMin(row.naturalDate());
        date.setMax(today);
        date.setRequiredIndicatorVisible(true);
        VerticalLayout form = new VerticalLayout(hint, signer, capacity, date);
        form.setPadding(false);
        dialog.add(form);
        Button confirm = new Button(getTranslation("documents.sign"), VaadinIcon.PENCIL.create(), e -> {
            capacity.setInvalid(false);
            date.setInvalid(false);
            try {
                IssuedInfo issued = service.sign(assemblyId, row.ref(), new SignInput(capacity.getValue(),
                        date.getValue()));
                Errors.showSuccess(getTranslation("documents.signed", issued.symbol()));
                dialog.close();
                refresh();
            } catch (BusinessRuleException rule) {
                String text = getTranslation(rule.messageKey(), rule.args());
                if ("signedOn".equals(rule.field())) {
                    date.setErrorMessage(text);
                    date.setInvalid(true);
                } else if ("capacity".equals(rule.field())) {
                    capacity.setErrorMessage(text);
                    capacity.setInvalid(true);
                } else {
                    Errors.showError(text);
                }
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("document-sign-confirm");
        dialog.getFooter().add(new Button(getTranslation("documents.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** What the signature block will read in that role: "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" for a deputy. */
    private String printedTitle(DocumentRow row, Role role) {
        return role == Role.VICE_PRINCIPAL && row.onBehalfAllowed()
                ? getTranslation("documents.onBehalfTitle") : row.signerTitle();
    }

    private static String capacityKey(Role role) {
        return role == Role.STAFF ? "documents.capacity.countHead" : role.messageKey();
    }

    private void withdraw(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.addClassName("document-withdraw-dialog");
        dialog.setHeaderTitle(getTranslation("documents.withdrawTitle", title(row), row.issued().symbol()));
        Paragraph hint = new Paragraph(getTranslation("documents.withdrawHint"));
        hint.addClassName("hint");
        TextArea reason = new TextArea(getTranslation("documents.withdrawReason"));
        reason.addClassName("document-withdraw-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(DocumentService.MAX_REASON);
        reason.setHelperText(getTranslation("validation.limit", DocumentService.MAX_REASON));
        dialog.add(new VerticalLayout(hint, reason));
        Button confirm = new Button(getTranslation("documents.withdraw"), VaadinIcon.BAN.create(), e -> {
            try {
                IssuedInfo gone = service.withdraw(assemblyId, row.ref(), reason.getValue());
                Errors.showSuccess(getTranslation("documents.withdrawn", gone.symbol()));
                dialog.close();
                refresh();
            } catch (BusinessRuleException rule) {
                String text = getTranslation(rule.messageKey(), rule.args());
                if ("reason".equals(rule.field())) {
                    reason.setErrorMessage(text);
                    reason.setInvalid(true);
                } else {
                    Errors.showError(text);
                }
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClassName("document-withdraw-confirm");
        dialog.getFooter().add(new Button(getTranslation("documents.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void upload(DocumentRow row) {
        Dialog dialog = new Dialog();
        dialog.addClassName("document-upload-dialog");
        dialog.setHeaderTitle(getTranslation("documents.uploadTitle", title(row)));
        long max = service.maxScanBytes();
        Paragraph hint = new Paragraph(getTranslation("documents.uploadHint", max / (1024 * 1024)));
        hint.addClassName("hint");
        Upload upload = new Upload();
        // The service checks the file; a refused file is cleared so another can be chosen.
        // At most the limit is ever held in memory: a larger request is refused before it is read (LimitedUpload).
        upload.setUploadHandler(new LimitedUpload(max, (fileName, bytes) -> {
            try {
                ScanInfo saved = service.uploadScan(assemblyId, row.ref(), fileName, bytes);
                Errors.showSuccess(getTranslation("documents.uploaded", saved.versionNo()));
                dialog.close();
                refresh();
            } catch (RuntimeException ex) {
                BusinessRuleException rule = Errors.findRule(ex);
                if (rule == null) {
                    log.error("Upload of a scan failed", ex);
                }
                upload.clearFileList();
                Errors.showError(rule == null ? getTranslation("error.unexpected")
                        : getTranslation(rule.messageKey(), rule.args()));
            }
        }, (fileName, size) -> {
            upload.clearFileList();
            Errors.showError(getTranslation("upload.tooLarge", fileName, max / (1024 * 1024)));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) max);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("documents.uploadDrop")));
        upload.setUploadButton(new Button(getTranslation("documents.uploadButton")));
        upload.addFileRejectedListener(e -> Errors.showError(getTranslation("documents.scan.rejected",
                e.getFileName(), e.getErrorMessage())));
        dialog.add(new VerticalLayout(hint, upload));
        dialog.getFooter().add(new Button(getTranslation("documents.close"), e -> dialog.close()));
        dialog.open();
    }

    private Anchor download(String text, String className, Supplier<FileContent> file) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> respond(file)), AttachmentType.DOWNLOAD, text);
        a.addClassName(className);
        return a;
    }

    /** A file for the browser; a broken rule (for example no right to see it) becomes an error status. */
    private static DownloadResponse respond(Supplier<FileContent> file) {
        try {
            FileContent f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.mediaType(),
                    f.bytes().length);
        } catch (BusinessRuleException e) {
            return DownloadResponse.error(409, e.messageKey());
        }
    }
}
