package vn.hoinghi.supervision.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.assembly.NotificationService;
import vn.hoinghi.assembly.NotificationService.NotificationView;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.shared.BulkOutcome;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.supervision.FilingState;
import vn.hoinghi.supervision.SeasonService;
import vn.hoinghi.supervision.Tracker;
import vn.hoinghi.supervision.TrackerExport;
import vn.hoinghi.supervision.TrackerFilter;
import vn.hoinghi.supervision.TrackerRow;
import vn.hoinghi.supervision.TrackerSort;
import vn.hoinghi.supervision.TrackerTexts;
import vn.hoinghi.supervision.TrackerTotals;

/**
 * The officer's view of every school under their body: the season's deadlines, counts and charts, a
 * lazy grid with filters, search and sorting, the decision on submitted dossiers, and the export of
 * exactly what is filtered. One click on a status (e.g. "Quá hạn") lists the late schools.
 */
@Route(value = "supervision", layout = MainLayout.class)
@RolesAllowed("SUPERVISOR")
public class TrackerView extends VerticalLayout implements HasDynamicTitle {

    /** The drill-down is the assembly page of the assembly module, reached by route name. */
    static final String ASSEMBLY_ROUTE = "assembly/";
    static final String SEASON_ROUTE = "supervision/season";

    private final Tracker tracker;
    private final SeasonService seasons;
    private final TrackerExport export;
    private final NotificationService notifications;

    final Select<String> year = new Select<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<StageOption> stages = new MultiSelectComboBox<>();
    final Map<FilingState, Button> stateChips = new EnumMap<>(FilingState.class);
    final Button allChip = new Button();
    final Grid<TrackerRow> grid = new Grid<>();
    private final HorizontalLayout bulk = new HorizontalLayout();
    private final Span selectedCount = new Span();
    final Button acceptSelected = new Button();
    final Anchor xlsx;
    final Anchor csv;
    private final Span deadlines = new Span();
    private final Anchor seasonLink = new Anchor(SEASON_ROUTE, "");
    private final Div charts = new Div();
    private final Span total = new Span();
    private final VerticalLayout alerts = new VerticalLayout();

    /** Read by the download handlers too, which run outside the UI's lock: replaced, never changed. */
    private volatile TrackerFilter filter;
    private volatile TrackerSort sort = TrackerSort.DEFAULT;
    private FilingState selectedState;
    private String holdBy = "";

    public TrackerView(Tracker tracker, SeasonService seasons, TrackerExport export, NotificationService notifications) {
        this.tracker = tracker;
        this.seasons = seasons;
        this.export = export;
        this.notifications = notifications;
        addClassName("page");
        addClassName("tracker-view");
        setWidthFull();
        getStyle().set("max-width", "1500px");
        filter = TrackerFilter.all(SeasonService.currentSchoolYear());

        xlsx = download(getTranslation("tracker.export.xlsx"), VaadinIcon.FILE_TABLE,
                () -> exported("xlsx"), "xlsx", TrackerExport.XLSX_TYPE);
        csv = download(getTranslation("tracker.export.csv"), VaadinIcon.FILE_TEXT,
                () -> exported("csv"), "csv", TrackerExport.CSV_TYPE);

        add(new H2(getTranslation("tracker.heading", tracker.bodyName())), header(), chips(), filters(),
                bulkBar(), buildGrid(), charts, alertPanel());
        refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracker.title") + " · " + getTranslation("app.name");
    }

    private Component header() {
        year.setLabel(getTranslation("tracker.schoolYear"));
        year.setItems(seasons.schoolYears());
        year.setValue(filter.schoolYear());
        year.setWidth("10rem");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                filter = new TrackerFilter(e.getValue(), filter.search(), filter.states(), filter.stages(),
                        filter.notLaunched());
                refreshAll();
            }
        });
        deadlines.addClassName("tracker-deadlines");
        HorizontalLayout row = new HorizontalLayout(year, deadlines, seasonLink);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component chips() {
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        row.addClassName("tracker-chips");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", getTranslation("tracker.chipsLabel"));
        allChip.addClickListener(e -> selectState(null));
        allChip.addClassName("tracker-chip");
        row.add(allChip);
        for (FilingState state : FilingState.values()) {
            Button chip = new Button();
            chip.addClassName("tracker-chip");
            chip.getElement().setAttribute("data-state", state.name());
            chip.addClickListener(e -> selectState(state == selectedState ? null : state));
            stateChips.put(state, chip);
            row.add(chip);
        }
        return row;
    }

    /** One status at a time; clicking it again shows all schools. */
    void selectState(FilingState state) {
        selectedState = state;
        filter = filter.withStates(state == null ? Set.of() : Set.of(state));
        allChip.removeThemeVariants(ButtonVariant.PRIMARY);
        stateChips.values().forEach(b -> b.removeThemeVariants(ButtonVariant.PRIMARY));
        (state == null ? allChip : stateChips.get(state)).addThemeVariants(ButtonVariant.PRIMARY);
        grid.getDataProvider().refreshAll();
    }

    private Component filters() {
        search.setPlaceholder(getTranslation("tracker.search.placeholder"));
        search.setAriaLabel(getTranslation("tracker.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 24rem)");
        search.addValueChangeListener(e -> {
            filter = filter.withSearch(e.getValue() == null ? null : e.getValue().strip());
            grid.getDataProvider().refreshAll();
        });
        List<StageOption> options = new ArrayList<>();
        options.add(new StageOption(null));
        for (Stage s : Stage.values()) {
            options.add(new StageOption(s));
        }
        stages.setPlaceholder(getTranslation("tracker.stageFilter"));
        stages.setAriaLabel(getTranslation("tracker.stageFilter"));
        stages.setItems(options);
        stages.setItemLabelGenerator(o -> o.stage() == null ? getTranslation("tracker.notLaunched")
                : getTranslation(o.stage().messageKey()));
        stages.setWidth("min(100%, 22rem)");
        stages.addValueChangeListener(e -> {
            Set<Stage> chosen = EnumSet.noneOf(Stage.class);
            boolean notLaunched = false;
            for (StageOption o : e.getValue()) {
                if (o.stage() == null) {
                    notLaunched = true;
                } else {
                    chosen.add(o.stage());
                }
            }
            filter = filter.withStages(chosen, notLaunched);
            grid.getDataProvider().refreshAll();
        });
        Span hint = new Span(getTranslation("tracker.export.hint"));
        hint.addClassName("hint");
        HorizontalLayout row = new HorizontalLayout(search, stages, xlsx, csv, hint);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }

    /** A stage to filter on; no stage means "not launched yet". */
    record StageOption(Stage stage) {
    }

    /** The file the download links hand out: what the grid shows now, in its order. */
    byte[] exported(String extension) {
        return "xlsx".equals(extension) ? export.xlsx(filter, sort) : export.csv(filter, sort);
    }

    private Anchor download(String label, VaadinIcon icon, Supplier<byte[]> content, String extension, String type) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), export.fileName(filter, extension), type,
                    bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(icon.create(), new Text(" " + label));
        anchor.addClassName("tracker-export");
        return anchor;
    }

    private Component buildGrid() {
        grid.addClassName("tracker-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setMultiSort(false);
        grid.addColumn(TrackerRow::schoolName).setHeader(getTranslation("tracker.column.school"))
                .setSortProperty(TrackerSort.Column.SCHOOL.name()).setFlexGrow(3).setResizable(true);
        grid.addColumn(r -> TrackerTexts.stage(r, this::getTranslation)).setHeader(getTranslation("tracker.column.stage"))
                .setSortProperty(TrackerSort.Column.STAGE.name()).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::plannedCell)).setHeader(getTranslation("tracker.column.planned"))
                .setSortProperty(TrackerSort.Column.PLANNED.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.date(r.heldOn())).setHeader(getTranslation("tracker.column.held"))
                .setSortProperty(TrackerSort.Column.HELD.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TrackerTexts.attendance(r, this::getTranslation))
                .setHeader(getTranslation("tracker.column.attendance")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TrackerTexts.yesNo(r.quorumReached(), this::getTranslation))
                .setHeader(getTranslation("tracker.column.quorum")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TrackerTexts.yesNo(r.resolutionAdopted(), this::getTranslation))
                .setHeader(getTranslation("tracker.column.resolution")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TrackerTexts.board(r, this::getTranslation))
                .setHeader(getTranslation("tracker.column.board")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Texts.date(r.deadline())).setHeader(getTranslation("tracker.column.deadline"))
                .setSortProperty(TrackerSort.Column.DEADLINE.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::stateCell)).setHeader(getTranslation("tracker.column.state"))
                .setSortProperty(TrackerSort.Column.STATE.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("tracker.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tracker.empty"));
        // only a dossier awaiting review can be selected, to accept several at once
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItemSelectableProvider(TrackerRow::awaitingReview);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            bulk.setVisible(n > 0);
            selectedCount.setText(getTranslation("tracker.bulk.selected", n));
            acceptSelected.setText(getTranslation("tracker.bulk.accept", n));
        });
        grid.setItems(query -> {
            sort = sortOf(query.getSortOrders());
            return tracker.rows(filter, sort, query.getOffset(), query.getLimit()).stream();
        }, query -> tracker.count(filter)).setIdentifierProvider(TrackerRow::schoolId);
        grid.setWidthFull();
        grid.setHeight("min(70vh, 40rem)");
        return grid;
    }

    private static TrackerSort sortOf(List<QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return TrackerSort.DEFAULT;
        }
        QuerySortOrder first = orders.get(0);
        return new TrackerSort(TrackerSort.Column.valueOf(first.getSorted()),
                first.getDirection() != SortDirection.DESCENDING);
    }

    private Component plannedCell(TrackerRow row) {
        Span cell = new Span(Texts.date(row.plannedOn()));
        if (row.plannedAfterHoldBy()) {
            cell.addClassName("overdue");
            cell.setTitle(getTranslation("tracker.plannedLate", holdBy));
        } else if (row.plannedReported()) {
            cell.addClassName("hint");
            cell.setTitle(getTranslation("tracker.plannedReported"));
        }
        return cell;
    }

    private Component stateCell(TrackerRow row) {
        Span badge = new Span(TrackerTexts.state(row, this::getTranslation));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("small");
        switch (row.state()) {
            case OVERDUE, RETURNED -> badge.getElement().getThemeList().add("error");
            case DUE_SOON -> badge.getElement().getThemeList().add("warning");
            case ACCEPTED -> badge.getElement().getThemeList().add("success");
            case SUBMITTED -> badge.getElement().getThemeList().add("primary");
            default -> badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("filing-state");
        badge.getElement().setAttribute("data-state", row.state().name());
        if (row.returnReason() != null && row.state() == FilingState.RETURNED) {
            badge.setTitle(getTranslation("tracker.returnReasonTitle", row.returnReason()));
        }
        return badge;
    }

    private Component actions(TrackerRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setPadding(false);
        buttons.setSpacing(true);
        if (row.assemblyId() != null) {
            Anchor open = new Anchor(ASSEMBLY_ROUTE + row.assemblyId(), getTranslation("tracker.action.open"));
            open.setTitle(getTranslation("tracker.action.openTitle"));
            buttons.add(open);
        }
        if (row.awaitingReview()) {
            Button accept = new Button(getTranslation("tracker.action.accept"), e -> accept(row));
            accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
            accept.addClassName("accept-dossier");
            Button giveBack = new Button(getTranslation("tracker.action.return"), e -> openReturnDialog(row));
            giveBack.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            giveBack.addClassName("return-dossier");
            buttons.add(accept, giveBack);
        }
        return buttons;
    }

    private void accept(TrackerRow row) {
        if (Errors.run(this, () -> tracker.accept(row.assemblyId()))) {
            Errors.showSuccess(getTranslation("tracker.accepted", row.schoolName()));
        }
        refreshAll();
    }

    /** The reason is required; the school sees it in its reopened filing task. */
    void openReturnDialog(TrackerRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tracker.returnTitle", row.schoolName()));
        TextArea reason = new TextArea(getTranslation("tracker.returnReason"));
        reason.setWidth("min(90vw, 32rem)");
        reason.setMinHeight("8em");
        reason.setRequiredIndicatorVisible(true);
        reason.addClassName("return-reason");
        dialog.add(reason);
        Button confirm = new Button(getTranslation("tracker.returnConfirm"), e -> {
            if (Errors.run(this, () -> tracker.returnDossier(row.assemblyId(), reason.getValue()))) {
                Errors.showSuccess(getTranslation("tracker.returned", row.schoolName()));
                dialog.close();
                refreshAll();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClassName("confirm-return");
        Button cancel = new Button(getTranslation("tracker.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }

    private void refreshAll() {
        String schoolYear = filter.schoolYear();
        var season = seasons.deadlines(schoolYear);
        if (season.isPresent()) {
            deadlines.setText(getTranslation("tracker.deadlines", Texts.date(season.get().reportPlannedBy()),
                    Texts.date(season.get().holdBy()), Texts.date(season.get().fileBy())));
            holdBy = Texts.date(season.get().holdBy());
            deadlines.removeClassName("rule-bad");
            seasonLink.setText(getTranslation("tracker.editSeason"));
        } else {
            deadlines.setText(getTranslation("tracker.noSeason", schoolYear));
            deadlines.addClassName("rule-bad");
            seasonLink.setText(getTranslation("tracker.setSeason"));
        }
        TrackerTotals totals = tracker.totals(schoolYear);
        total.setText(getTranslation("tracker.total", totals.schools()));
        allChip.setText(getTranslation("tracker.chip", getTranslation("tracker.chip.all"), totals.schools()));
        stateChips.forEach((state, chip) -> chip.setText(getTranslation("tracker.chip",
                getTranslation(state.messageKey()), totals.count(state))));
        selectState(selectedState);
        charts.removeAll();
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("width", "100%");
        charts.add(stageChart(totals), filingChart(totals));
        refreshAlerts();
    }

    private Component stageChart(TrackerTotals totals) {
        List<Bars.Bar> bars = new ArrayList<>();
        bars.add(new Bars.Bar(getTranslation("tracker.notLaunched"), totals.notLaunched(), "var(--lumo-contrast-50pct)"));
        for (Stage s : Stage.values()) {
            if (s != Stage.CLOSED && s != Stage.CANCELLED || totals.count(s) > 0) {
                bars.add(new Bars.Bar(getTranslation(s.messageKey()), totals.count(s), "var(--lumo-primary-color)"));
            }
        }
        Bars chart = new Bars(getTranslation("tracker.chart.stages"), bars);
        chart.add(total);
        return chart;
    }

    private Component filingChart(TrackerTotals totals) {
        return new Bars(getTranslation("tracker.chart.filing"), List.of(
                new Bars.Bar(getTranslation("tracker.chart.onTime"), totals.filedOnTime(), "var(--lumo-success-color)"),
                new Bars.Bar(getTranslation("tracker.chart.late"), totals.filedLate(), "var(--lumo-warning-color, #e8a317)"),
                new Bars.Bar(getTranslation("tracker.chart.overdue"), totals.count(FilingState.OVERDUE),
                        "var(--lumo-error-color)"),
                new Bars.Bar(getTranslation("tracker.chart.notYet"),
                        totals.count(FilingState.NOT_DUE) + totals.count(FilingState.DUE_SOON),
                        "var(--lumo-contrast-30pct)")));
    }

    /** Shown while dossiers are selected: accepting them all at once, after a confirmation naming them. */
    private Component bulkBar() {
        acceptSelected.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
        acceptSelected.addClassName("bulk-accept");
        acceptSelected.addClickListener(e -> confirmAcceptSelected());
        Button clear = new Button(getTranslation("tracker.bulk.clear"), e -> grid.deselectAll());
        clear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        bulk.add(selectedCount, acceptSelected, clear);
        bulk.addClassName("tracker-bulk");
        bulk.setAlignItems(FlexComponent.Alignment.CENTER);
        bulk.setPadding(false);
        bulk.getElement().setAttribute("role", "region");
        bulk.getElement().setAttribute("aria-label", getTranslation("tracker.bulk.label"));
        bulk.setVisible(false);
        return bulk;
    }

    private void confirmAcceptSelected() {
        List<TrackerRow> rows = grid.getSelectedItems().stream().filter(TrackerRow::awaitingReview).toList();
        if (rows.isEmpty()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("confirm-bulk-accept");
        confirm.setHeader(getTranslation("tracker.bulk.confirmTitle", rows.size()));
        confirm.setText(getTranslation("tracker.bulk.confirmText",
                rows.stream().map(TrackerRow::schoolName).collect(java.util.stream.Collectors.joining("; "))));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("tracker.cancel"));
        confirm.setConfirmText(getTranslation("tracker.bulk.accept", rows.size()));
        confirm.addConfirmListener(e -> acceptAll(rows));
        confirm.open();
    }

    private void acceptAll(List<TrackerRow> rows) {
        Map<String, String> names = new java.util.HashMap<>();
        rows.forEach(r -> names.put(String.valueOf(r.assemblyId()), r.schoolName()));
        BulkOutcome outcome = tracker.acceptAll(rows.stream().map(TrackerRow::assemblyId).toList());
        if (outcome.done() > 0) {
            Errors.showSuccess(getTranslation("tracker.bulk.accepted", outcome.done()));
        }
        if (!outcome.refused().isEmpty()) {
            Errors.showError(outcome.refused().stream()
                    .map(r -> getTranslation("tracker.bulk.refused", names.get(r.item()),
                            getTranslation(r.messageKey(), r.args())))
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        grid.deselectAll();
        refreshAll();
    }

    private Component alertPanel() {
        Div panel = new Div();
        panel.addClassName("tracker-alerts");
        panel.setWidthFull();
        alerts.setPadding(false);
        alerts.setSpacing(false);
        panel.add(new H3(getTranslation("tracker.alerts")), alerts);
        return panel;
    }

    private void refreshAlerts() {
        alerts.removeAll();
        List<NotificationView> mine = notifications.mine();
        if (mine.isEmpty()) {
            Span none = new Span(getTranslation("tracker.alerts.none"));
            none.addClassName("hint");
            alerts.add(none);
        }
        for (NotificationView n : mine) {
            Span when = new Span(Texts.dateTime(n.createdAt()));
            when.addClassName("hint");
            Div item = new Div(when, new Text(" "), new Span(getTranslation(n.messageKey(), n.args())));
            if (n.assemblyId() != null) {
                item.add(new Text(" "), new Anchor(ASSEMBLY_ROUTE + n.assemblyId(), getTranslation("tracker.action.open")));
            }
            alerts.add(item);
        }
    }
}
