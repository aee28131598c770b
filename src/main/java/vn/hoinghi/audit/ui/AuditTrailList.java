package vn.hoinghi.audit.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.shared.Texts;

/**
 * A record shown as a list of lines rather than a grid, so it reads on a phone: when, who, what (and on which
 * task), then the detail. Used by the task page (one task) and the assembly page (the whole assembly).
 */
@org.springframework.modulith.NamedInterface("ui")
public class AuditTrailList extends VerticalLayout {

    public AuditTrailList(List<AuditEntry> entries, boolean showTask) {
        setPadding(false);
        setSpacing(false);
        addClassName("audit-trail");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("audit.empty")));
            return;
        }
        for (AuditEntry e : entries) {
            Div line = new Div();
            line.addClassName("audit-line");
            Span when = new Span(Texts.dateTime(e.at()));
            when.addClassName("audit-when");
            String who = e.bySystem() ? getTranslation("audit.system") : e.actorName();
            String what = getTranslation("audit.action." + e.action().name());
            String text = showTask && e.taskName() != null
                    ? getTranslation("audit.lineWithTask", who, what, e.taskName())
                    : getTranslation("audit.line", who, what);
            line.add(when, new Span(" " + text));
            if (e.detail() != null && !e.detail().isBlank()) {
                Div detail = new Div(e.detail());
                detail.addClassName("audit-detail");
                line.add(detail);
            }
            add(line);
        }
        setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
    }
}
