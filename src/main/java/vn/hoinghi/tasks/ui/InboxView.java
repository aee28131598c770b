package vn.hoinghi.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.InboxSection;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.tasks.TaskInbox.TaskRow;

/** The start page: what the signed-in person has to do, soonest due first, and other modules' panels under it. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String TASK_ROUTE = "task/";

    private final TaskInbox inbox;

    private final Span total = counter();
    private final Span dueSoon = counter();
    private final Span overdue = counter();
    private final TextField searchField = new TextField();
    private final Grid<TaskRow> grid = new Grid<>();
    private String search = "";

    public InboxView(TaskInbox inbox, java.util.List<InboxSection> sections) {
        this.inbox = inbox;
        addClassName("page");
        setWidthFull();

        add(new H2(getTranslation("inbox.heading")), counters(), searchBar(), buildGrid());
        sections.forEach(section -> add(section.create()));
        refreshCounters();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }

    private static Span counter() {
        Span s = new Span();
        s.addClassName("counter");
        return s;
    }

    private Component counters() {
        dueSoon.addClassName("due-soon");
        overdue.addClassName("overdue");
        HorizontalLayout row = new HorizontalLayout(total, dueSoon, overdue);
        row.addClassName("inbox-counters");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component searchBar() {
        searchField.setPlaceholder(getTranslation("inbox.search.placeholder"));
        searchField.setAriaLabel(getTranslation("inbox.search.label"));
        searchField.setPrefixComponent(VaadinIcon.SEARCH.create());
        searchField.setClearButtonVisible(true);
        searchField.setValueChangeMode(ValueChangeMode.LAZY);
        searchField.setWidth("min(100%, 28rem)");
        searchField.addValueChangeListener(e -> {
            search = e.getValue() == null ? "" : e.getValue().strip();
            updateEmptyState();
            grid.getDataProvider().refreshAll();
        });
        return searchField;
    }

    private Component buildGrid() {
        grid.addClassName("inbox-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setPageSize(50);

        grid.addColumn(new ComponentRenderer<>(this::nameLink))
                .setHeader(getTranslation("inbox.column.task")).setFlexGrow(3).setResizable(true);
        grid.addColumn(TaskRow::assemblyLabel)
                .setHeader(getTranslation("inbox.column.assembly")).setFlexGrow(2).setResizable(true)
                .setSortable(false);
        grid.addColumn(new ComponentRenderer<>(this::dueCell))
                .setHeader(getTranslation("inbox.column.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::statusText)
                .setHeader(getTranslation("inbox.column.status")).setFlexGrow(1).setSortable(false);
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader(getTranslation("inbox.column.actions")).setAutoWidth(true).setFlexGrow(0);

        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        updateEmptyState();
        grid.setItems(query -> inbox.page(search, query.getOffset(), query.getLimit()).stream(),
                query -> inbox.count(search));
        grid.setWidthFull();
        grid.setHeight("min(60vh, 32rem)");
        return grid;
    }

    private Component nameLink(TaskRow row) {
        Anchor link = new Anchor(TASK_ROUTE + row.id(), row.name() == null ? "" : row.name());
        if (row.created() != null) {
            link.setTitle(getTranslation("inbox.createdAt", Texts.dateTime(row.created())));
        }
        return link;
    }

    private Component dueCell(TaskRow row) {
        Span cell = new Span();
        if (row.due() == null) {
            cell.setText(getTranslation("inbox.due.none"));
            cell.addClassName("hint");
            return cell;
        }
        cell.add(new Text(Texts.dateTime(row.due())));
        if (row.overdue()) {
            cell.addClassName("overdue");
            cell.add(new Text(" "), badge(getTranslation("inbox.due.overdue"), "error"));
        } else if (row.dueSoon()) {
            cell.addClassName("due-soon");
            cell.add(new Text(" "), badge(getTranslation("inbox.due.soon"), "warning"));
        }
        return cell;
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(variant);
        badge.getElement().getThemeList().add("small");
        return badge;
    }

    private String statusText(TaskRow row) {
        if (row.assignedToMe()) {
            return getTranslation(row.offeredToGroups() ? "inbox.status.claimed" : "inbox.status.assigned");
        }
        return getTranslation("inbox.status.offered");
    }

    private Component actions(TaskRow row) {
        Button openButton = new Button(getTranslation("inbox.action.open"), e -> open(row));
        openButton.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(openButton);
        buttons.setSpacing(true);
        buttons.setPadding(false);
        if (row.claimable()) {
            Button claim = new Button(getTranslation("inbox.action.claim"), e -> claim(row));
            claim.addThemeVariants(ButtonVariant.SMALL);
            buttons.add(claim);
        }
        if (row.releasable()) {
            Button release = new Button(getTranslation("inbox.action.release"), e -> release(row));
            release.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            buttons.add(release);
        }
        return buttons;
    }

    private void open(TaskRow row) {
        UI.getCurrent().navigate(TASK_ROUTE + row.id());
    }

    private void claim(TaskRow row) {
        if (Errors.run(this, () -> inbox.claim(row.id()))) {
            Errors.showSuccess(getTranslation("inbox.claimed", row.name()));
        }
        refresh();
    }

    private void release(TaskRow row) {
        if (Errors.run(this, () -> inbox.release(row.id()))) {
            Errors.showSuccess(getTranslation("inbox.released", row.name()));
        }
        refresh();
    }

    /** Also after a failure: the task may have been taken or finished by someone else meanwhile. */
    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCounters();
    }

    private void refreshCounters() {
        total.setText(getTranslation("inbox.count.total", inbox.count("")));
        int soon = inbox.countDueSoon();
        int late = inbox.countOverdue();
        dueSoon.setText(getTranslation("inbox.count.dueSoon", soon));
        dueSoon.setVisible(soon > 0);
        overdue.setText(getTranslation("inbox.count.overdue", late));
        overdue.setVisible(late > 0);
    }

    private void updateEmptyState() {
        grid.setEmptyStateText(getTranslation(search.isEmpty() ? "inbox.empty" : "inbox.noMatch"));
    }
}
