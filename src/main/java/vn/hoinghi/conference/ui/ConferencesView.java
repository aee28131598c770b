package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceService.ConferenceRow;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/** The body's year-end conferences, one per school year, and the start of this year's. */
@Route(value = "conferences", layout = MainLayout.class)
@RolesAllowed("SUPERVISOR")
public class ConferencesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ConferenceRow> grid = new Grid<>();
    final TextField year = new TextField();
    final Button start;

    public ConferencesView(ConferenceService service) {
        addClassName("page");
        addClassName("conferences-page");
        add(new H2(getTranslation("conference.list.title")));
        Paragraph intro = new Paragraph(getTranslation("conference.list.intro"));
        intro.addClassName("hint");
        add(intro);
        FieldMarks marks = new FieldMarks();
        year.setLabel(getTranslation("conference.list.year"));
        year.setValue(ConferenceService.closingYear(VietnamTime.today()));
        marks.put("schoolYear", year);
        start = new Button(getTranslation("conference.list.start"), VaadinIcon.PLUS.create(), e -> {
            long[] id = new long[1];
            if (marks.run(this, () -> id[0] = service.start(year.getValue().strip()))) {
                Errors.showSuccess(getTranslation("conference.list.started"));
                UI.getCurrent().navigate("conferences/" + id[0]);
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("start-conference");
        HorizontalLayout line = new HorizontalLayout(year, start);
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        add(line);

        grid.addComponentColumn(r -> new Anchor("conferences/" + r.id(), r.title()))
                .setHeader(getTranslation("conference.list.col.title")).setFlexGrow(3);
        grid.addColumn(ConferenceRow::schoolYear).setHeader(getTranslation("conference.list.col.year")).setAutoWidth(true);
        grid.addColumn(r -> r.heldOn() == null ? "" : Texts.date(r.heldOn()))
                .setHeader(getTranslation("conference.list.col.heldOn")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().messageKey()))
                .setHeader(getTranslation("conference.list.col.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        var rows = service.list();
        grid.setItems(rows);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("conference.list.empty"));
            empty.addClassName("hint");
            add(empty);
        } else {
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conference.list.title") + " · " + getTranslation("app.name");
    }
}
