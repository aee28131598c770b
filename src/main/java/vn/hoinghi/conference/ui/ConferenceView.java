package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.audit.ui.AuditTrailList;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceService.BridgeView;
import vn.hoinghi.conference.ConferenceService.CategoryView;
import vn.hoinghi.conference.ConferenceService.DelegateCategory;
import vn.hoinghi.conference.ConferenceService.DocumentRow;
import vn.hoinghi.conference.ConferenceService.LevelDateView;
import vn.hoinghi.conference.ConferenceService.Overview;
import vn.hoinghi.conference.ConferenceService.SchoolReadiness;
import vn.hoinghi.conference.ConferenceService.UnitReadiness;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ProcessDiagrams;
import vn.hoinghi.tasks.ui.ProcessPicture;

/**
 * One conference as the body's officers follow it: the plan's facts, participants by category (expected and, after
 * the day, attended), the programme, the assignments done and overdue by unit, the bridge points ready, the
 * nominations received by school, and every document with its number once signed.
 */
@Route(value = "conferences/:conferenceId", layout = MainLayout.class)
@RolesAllowed("SUPERVISOR")
public class ConferenceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConferenceService service;
    private final ProcessDiagrams diagrams;
    private String title = "";

    public ConferenceView(ConferenceService service, ProcessDiagrams diagrams) {
        this.service = service;
        this.diagrams = diagrams;
        addClassName("page");
        addClassName("conference-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("conferenceId").orElse(""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("error.notFound");
        }
        show(service.overview(id));
    }

    void show(Overview o) {
        removeAll();
        title = o.title();
        add(new Anchor("conferences", "← " + getTranslation("conference.page.back")));
        add(new H2(o.title()));
        Span status = new Span(getTranslation(o.status().messageKey()));
        status.addClassName("counter");
        status.addClassName("conference-status");
        add(status);
        if (o.heldOn() == null || o.programme().isEmpty()) {
            Paragraph wait = new Paragraph(getTranslation("conference.page.notPlanned"));
            wait.addClassName("hint");
            add(wait);
            return;
        }
        add(new Paragraph(getTranslation("conference.page.facts", o.when(), o.place() == null ? "" : o.place(),
                getTranslation(o.format().messageKey()), o.chair())));

        add(new H3(getTranslation("conference.page.participants")));
        Grid<CategoryView> categories = grid();
        categories.addColumn(c -> getTranslation(c.group().messageKey())).setHeader(getTranslation("conference.col.group"));
        categories.addColumn(CategoryView::name).setHeader(getTranslation("conference.col.category")).setFlexGrow(3);
        categories.addColumn(CategoryView::expected).setHeader(getTranslation("conference.col.expected"));
        categories.addColumn(c -> c.attended() == null ? "" : String.valueOf(c.attended()))
                .setHeader(getTranslation("conference.col.attended"));
        categories.setItems(o.categories());
        Span total = new Span(getTranslation("conference.page.totals", o.inPersonTotal()));
        total.addClassName("conf-total");
        add(categories, total);

        if (!o.delegateCategories().isEmpty()) {
            // The base's delegates: the schools name them in their inbox; confirmed once the school sent its list.
            add(new H3(getTranslation("conference.page.delegates")));
            Grid<DelegateCategory> delegates = grid();
            delegates.addClassName("conference-delegates");
            delegates.addColumn(DelegateCategory::name).setHeader(getTranslation("conference.col.category")).setFlexGrow(3);
            delegates.addColumn(DelegateCategory::expected).setHeader(getTranslation("conference.col.expected"));
            delegates.addColumn(d -> d.perSchool() == null ? "—" : String.valueOf(d.perSchool()))
                    .setHeader(getTranslation("conference.col.perSchool"));
            delegates.addColumn(DelegateCategory::named).setHeader(getTranslation("conference.col.named"));
            delegates.addComponentColumn(d -> {
                Span span = new Span(d.confirmed() + "/" + d.expected());
                span.addClassName(d.confirmed() >= d.expected() ? "rule-ok" : "due-soon");
                return span;
            }).setHeader(getTranslation("conference.col.confirmed"));
            delegates.setItems(o.delegateCategories());
            add(delegates);
        }
        if (!o.levelDates().isEmpty()) {
            add(new H3(getTranslation("conference.page.levels")));
            Grid<LevelDateView> levels = grid();
            levels.addClassName("conference-levels");
            levels.addColumn(l -> getTranslation(l.level().messageKey())).setHeader(getTranslation("conference.col.level"));
            levels.addColumn(l -> Texts.date(l.heldOn())).setHeader(getTranslation("conference.col.date"));
            levels.addColumn(l -> l.place() == null ? "" : l.place()).setHeader(getTranslation("conference.col.place"))
                    .setFlexGrow(3);
            levels.setItems(o.levelDates());
            add(levels);
        }

        add(new H3(getTranslation("conference.page.programme")));
        Grid<ProgrammeRow> programme = grid();
        programme.addClassName("conference-programme");
        programme.addColumn(p -> hour(p)).setHeader(getTranslation("conference.col.time"));
        programme.addColumn(ProgrammeRow::getTitle).setHeader(getTranslation("conference.col.item")).setFlexGrow(3);
        programme.addColumn(ProgrammeRow::getPerformer).setHeader(getTranslation("conference.col.performer"));
        programme.setItems(o.programme());
        add(programme);

        if (!o.units().isEmpty()) {
            add(new H3(getTranslation("conference.page.assignments")));
            Grid<UnitReadiness> units = grid();
            units.addColumn(UnitReadiness::unit).setHeader(getTranslation("conference.col.unit")).setFlexGrow(3);
            units.addColumn(u -> u.done() + "/" + u.total()).setHeader(getTranslation("conference.col.done"));
            units.addComponentColumn(u -> {
                Span s = new Span(String.valueOf(u.overdue()));
                if (u.overdue() > 0) {
                    s.addClassName("overdue");
                }
                return s;
            }).setHeader(getTranslation("conference.col.overdue"));
            units.setItems(o.units());
            add(units);
        }

        if (!o.bridgePoints().isEmpty()) {
            long ready = o.bridgePoints().stream().filter(b -> b.testedOn() != null).count();
            add(new H3(getTranslation("conference.page.bridgePoints") + " (" + ready + "/" + o.bridgePoints().size() + ")"));
            Grid<BridgeView> bridges = grid();
            bridges.addColumn(BridgeView::name).setHeader(getTranslation("conference.col.bridgePoint")).setFlexGrow(2);
            bridges.addColumn(BridgeView::contact).setHeader(getTranslation("conference.col.contact")).setFlexGrow(2);
            bridges.addComponentColumn(b -> {
                Span s = new Span(b.testedOn() == null ? getTranslation("conference.ready.waiting")
                        : getTranslation("conference.ready.tested", Texts.date(b.testedOn())));
                s.addClassName(b.testedOn() == null ? "due-soon" : "rule-ok");
                return s;
            }).setHeader(getTranslation("conference.col.ready"));
            bridges.setItems(o.bridgePoints());
            add(bridges);
        }

        if (!o.batches().isEmpty()) {
            add(new H3(getTranslation("conference.page.batches")));
            OrderedList batches = new OrderedList();
            o.batches().forEach(b -> batches.add(new ListItem(b)));
            add(batches);
        }
        if (!o.schools().isEmpty()) {
            add(new H3(getTranslation("conference.page.nominations")));
            add(new Paragraph(getTranslation("conference.page.nominationTotals", o.nominations(), o.accepted(),
                    Texts.date(o.nominationDeadline()))));
            Grid<SchoolReadiness> schools = grid();
            schools.addClassName("conference-schools");
            schools.addColumn(SchoolReadiness::schoolName).setHeader(getTranslation("conference.col.school")).setFlexGrow(3);
            schools.addColumn(SchoolReadiness::nominations).setHeader(getTranslation("conference.col.count"));
            schools.addComponentColumn(this::ownDate).setHeader(getTranslation("conference.col.ownConference"));
            for (int k = 0; k < o.delegateCategories().size(); k++) {
                int column = k;
                DelegateCategory cat = o.delegateCategories().get(k);
                schools.addColumn(r -> r.delegates().get(column) + (cat.perSchool() == null ? "" : "/" + cat.perSchool()))
                        .setHeader(getTranslation("conference.col.delegatesOf", cat.name()));
            }
            schools.addComponentColumn(this::schoolState).setHeader(getTranslation("conference.col.state")).setFlexGrow(2);
            schools.setItems(o.schools());
            add(schools);
        }

        if (o.processInstanceId() != null) {
            add(new ProcessPicture(diagrams, o.processInstanceId()));
        }

        add(new H3(getTranslation("conference.page.documents")));
        add(documents(o));
        if (o.dayNotes() != null && !o.dayNotes().isBlank()) {
            add(new H3(getTranslation("conference.page.day")), new Paragraph(o.dayNotes()));
        }
        if (o.summary() != null) {
            add(new H3(getTranslation("conference.page.summary")), new Paragraph(o.summary()));
        }
        Details trail = new Details(getTranslation("conference.page.trail"), new AuditTrailList(service.trail(o.id()), true));
        trail.setWidthFull();
        trail.addClassName("conference-trail");
        add(trail);
    }

    /** The date the school reported for its own conference, marked when it is not its level's date in the plan. */
    private Component ownDate(SchoolReadiness r) {
        if (r.ownConferenceOn() == null) {
            Span none = new Span(getTranslation("conference.col.notReported"));
            none.addClassName("hint");
            return none;
        }
        Span date = new Span(Texts.date(r.ownConferenceOn()));
        if (r.dateDiffers()) {
            date.setText(getTranslation("conference.school.dateDiffers", Texts.date(r.ownConferenceOn()),
                    r.levelConferences().stream().map(Texts::date).collect(java.util.stream.Collectors.joining(", "))));
            date.addClassName("rule-bad");
            date.addClassName("date-differs");
        }
        return date;
    }

    private Component schoolState(SchoolReadiness s) {
        String key;
        String css;
        Object arg = null;
        if (s.submittedAt() != null) {
            key = "conference.school.submitted";
            css = "rule-ok";
            arg = Texts.dateTime(s.submittedAt());
        } else if (s.closedWithout()) {
            key = "conference.school.closedWithout";
            css = "overdue";
        } else if (s.escalatedAt() != null) {
            key = "conference.school.escalated";
            css = "overdue";
        } else if (s.remindedAt() != null) {
            key = "conference.school.reminded";
            css = "due-soon";
        } else {
            key = "conference.school.waiting";
            css = "hint";
        }
        Span span = new Span(getTranslation(key, arg));
        span.addClassName(css);
        return span;
    }

    private Component documents(Overview o) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("conference-documents");
        for (DocumentRow d : o.documents()) {
            Div row = new Div();
            row.addClassName("conference-document");
            Span label = new Span(d.label());
            label.getStyle().set("font-weight", "600");
            Span state = new Span(d.symbol() != null ? getTranslation("conference.doc.signed", d.symbol(),
                    Texts.date(d.signedOn()), d.signerName()) : d.available() ? getTranslation("conference.doc.unsigned")
                    : getTranslation("conference.doc.notYet"));
            state.addClassName("hint");
            FlexLayout links = new FlexLayout();
            links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            links.addClassName("conf-downloads");
            if (d.available()) {
                links.add(ConferenceTaskForms.download(getTranslation("conference.doc.pdf"),
                        () -> service.file(o.id(), d.kind(), d.part(), true)));
                links.add(ConferenceTaskForms.download(getTranslation("conference.doc.docx"),
                        () -> service.file(o.id(), d.kind(), d.part(), false)));
            }
            row.add(new Div(label), new Div(state), links);
            list.add(row);
        }
        return list;
    }

    private static String hour(ProgrammeRow p) {
        String from = p.getStartsAt() == null ? "" : String.format("%d:%02d", p.getStartsAt().getHour(),
                p.getStartsAt().getMinute());
        return p.getEndsAt() == null ? from : from + " – " + String.format("%d:%02d", p.getEndsAt().getHour(),
                p.getEndsAt().getMinute());
    }

    private static <T> Grid<T> grid() {
        Grid<T> g = new Grid<>();
        g.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        g.setAllRowsVisible(true);
        return g;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
