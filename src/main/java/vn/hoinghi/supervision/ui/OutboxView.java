package vn.hoinghi.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.supervision.MailOutbox;
import vn.hoinghi.supervision.MailOutbox.OutboxRow;

/** The e-mail the app sent, or keeps when no mail server is configured: an officer's schools, or an admin's school. */
@Route(value = "outbox", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SUPERVISOR"})
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OutboxRow> grid = new Grid<>();

    public OutboxView(MailOutbox outbox) {
        addClassName("page");
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("outbox.intro"));
        intro.addClassName("hint");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(r -> Texts.dateTime(r.createdAt())).setHeader(getTranslation("outbox.column.createdAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxRow::schoolName).setHeader(getTranslation("outbox.column.school")).setFlexGrow(2);
        grid.addColumn(r -> r.recipientName() + " <" + r.recipientEmail() + ">")
                .setHeader(getTranslation("outbox.column.recipient")).setFlexGrow(2);
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("outbox.column.subject")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("outbox.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            Pre body = new Pre(r.body());
            body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            return body;
        }));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(q -> outbox.page(q.getOffset(), q.getLimit()).stream(), q -> outbox.count());
        grid.setWidthFull();
        grid.setHeight("min(70vh, 40rem)");
        add(new H2(getTranslation("outbox.title")), intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
