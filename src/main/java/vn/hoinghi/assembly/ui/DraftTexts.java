package vn.hoinghi.assembly.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.shared.BusinessRuleException;

/** Each draft's current text, opened on demand, with the file to take away: what staff discuss in their meetings. */
final class DraftTexts {

    private DraftTexts() {
    }

    static Component of(Component owner, PreparationService service, long assemblyId, List<DraftView> drafts) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("draft-texts");
        for (DraftView d : drafts) {
            String title = owner.getTranslation("draftText.title", owner.getTranslation(d.kind().messageKey()),
                    FormSupport.orEmpty(d.authorName()), d.versions());
            if (d.latestContent().isBlank()) {
                Div none = new Div(title + " – " + owner.getTranslation(d.versions() == 0 ? "draftText.notYet"
                        : "draftText.notReleased"));
                none.addClassName("hint");
                box.add(none);
                continue;
            }
            Div text = new Div(d.latestContent());
            text.getStyle().set("white-space", "pre-line");
            text.addClassName("draft-text");
            Anchor file = new Anchor(DownloadHandler.fromInputStream(e -> {
                try {
                    byte[] bytes = service.draftText(assemblyId, d.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), "du-thao-" + d.kind().name()
                            .toLowerCase().replace('_', '-') + "-v" + d.versions() + ".txt", "text/plain;charset=UTF-8",
                            bytes.length);
                } catch (BusinessRuleException ex) {
                    return DownloadResponse.error(403, ex.messageKey());
                }
            }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, owner.getTranslation("draftText.download"));
            Details details = new Details(title, new VerticalLayout(text, file));
            details.setWidthFull();
            box.add(details);
        }
        return box;
    }
}
