package vn.hoinghi.tasks.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.hoinghi.shared.BulkOutcome;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.InboxSection;
import vn.hoinghi.tasks.ProcessTasks.TaskDetail;
import vn.hoinghi.tasks.ProcessTasks.TaskStage;
import vn.hoinghi.tasks.SavedFilters;
import vn.hoinghi.tasks.SavedFilters.SavedFilter;
import vn.hoinghi.tasks.TaskFilter;
import vn.hoinghi.tasks.TaskFilter.Due;
import vn.hoinghi.tasks.TaskFilter.Scope;
import vn.hoinghi.tasks.TaskFilter.Sort;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.tasks.TaskInbox.InstanceChoice;
import vn.hoinghi.tasks.TaskInbox.ProcessChoice;
import vn.hoinghi.tasks.TaskInbox.TaskRow;

/**
 * The start page: what the signed-in person has to do, in views (mine, offered to my roles, done by me, the
 * school's or the body's), filtered, searched and sorted in the database; the counters are filters too, and a
 * filter can be saved by name and shared with the school. Other modules' panels come under it.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String TASK_ROUTE = "task/";

    private final TaskInbox inbox;
    private final SavedFilters saved;
    private final List<Scope> scopes;

    private final Tabs views = new Tabs();
    private final Button total = counter("total");
    private final Button dueSoon = counter("due-soon");
    private final Button overdue = counter("overdue");
    private final TextField searchField = new TextField();
    private final Select<ProcessChoice> processSelect = new Select<>();
    private final Select<TaskStage> stageSelect = new Select<>();
    private final ComboBox<InstanceChoice> instanceBox = new ComboBox<>();
    private final Select<Sort> sortSelect = new Select<>();
    private final Select<SavedFilter> savedSelect = new Select<>();
    private final Button deleteSaved = new Button();
    private final Grid<TaskRow> grid = new Grid<>();
    private final Span selectedCount = new Span();
    private final Button claimSelected = new Button();
    private final Button releaseSelected = new Button();
    private final FlexLayout bulk = new FlexLayout();
    /** The row whose cell has the keyboard focus, for the shortcuts. */
    private TaskRow focused;
    private TaskFilter filter = TaskFilter.DEFAULT;
    /** While a whole filter is put into the fields, their listeners do not each reload the grid. */
    private boolean applying;
    private com.vaadin.flow.shared.Registration resize;
    /** Below this window width (px) the grid shows cards. */
    private static final int NARROW = 700;

    public InboxView(TaskInbox inbox, SavedFilters saved, List<InboxSection> sections) {
        this.inbox = inbox;
        this.saved = saved;
        this.scopes = inbox.scopes();
        addClassName("page");
        addClassName("inbox");
        setWidthFull();

        add(new H2(getTranslation("inbox.heading")), buildViews(), counters(), filters(), savedBar(), bulkBar(),
                buildGrid());
        keyboard();
        sections.forEach(section -> add(section.create()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }

    /** A link may name a view and a due filter: ?view=SCHOOL&due=OVERDUE (the counters' links, notifications). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        TaskFilter f = filter;
        Scope scope = param(params, "view", Scope.class);
        if (scope != null && scopes.contains(scope)) {
            f = f.withScope(scope);
        }
        Due due = param(params, "due", Due.class);
        if (due != null) {
            f = f.withDue(due);
        }
        if (!f.equals(filter)) {
            apply(f);
        }
    }

    private static <E extends Enum<E>> E param(Map<String, List<String>> params, String name, Class<E> type) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, values.get(0));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Component buildViews() {
        for (Scope s : scopes) {
            Tab tab = new Tab(getTranslation(s.messageKey()));
            tab.setId("inbox-view-" + s.name().toLowerCase(java.util.Locale.ROOT));
            views.add(tab);
        }
        views.addClassName("inbox-views");
        views.getElement().setAttribute("aria-label", getTranslation("inbox.views.label"));
        views.addSelectedChangeListener(e -> {
            if (!applying && views.getSelectedIndex() >= 0) {
                update(filter.withScope(scopes.get(views.getSelectedIndex())));
            }
        });
        return views;
    }

    private Button counter(String className) {
        Button b = new Button();
        b.addClassName("counter");
        b.addClassName(className);
        b.addThemeVariants(ButtonVariant.SMALL);
        return b;
    }

    private Component counters() {
        total.addClickListener(e -> update(filter.withDue(Due.ANY)));
        dueSoon.addClickListener(e -> update(filter.withDue(filter.due() == Due.DUE_SOON ? Due.ANY : Due.DUE_SOON)));
        overdue.addClickListener(e -> update(filter.withDue(filter.due() == Due.OVERDUE ? Due.ANY : Due.OVERDUE)));
        FlexLayout row = new FlexLayout(total, dueSoon, overdue);
        row.addClassName("inbox-counters");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }

    private Component filters() {
        searchField.setPlaceholder(getTranslation("inbox.search.placeholder"));
        searchField.setAriaLabel(getTranslation("inbox.search.label"));
        searchField.setPrefixComponent(VaadinIcon.SEARCH.create());
        searchField.setClearButtonVisible(true);
        searchField.setValueChangeMode(ValueChangeMode.LAZY);
        searchField.setMaxLength(SavedFilters.SEARCH_MAX);
        searchField.addClassName("inbox-search");
        searchField.addValueChangeListener(e -> {
            if (!applying) {
                update(filter.withSearch(e.getValue()));
            }
        });

        List<ProcessChoice> processes = inbox.processes();
        processSelect.setLabel(getTranslation("inbox.filter.process"));
        processSelect.setItems(processes);
        processSelect.setEmptySelectionAllowed(true);
        processSelect.setEmptySelectionCaption(getTranslation("inbox.filter.anyProcess"));
        processSelect.setItemLabelGenerator(p -> p == null ? getTranslation("inbox.filter.anyProcess")
                : getTranslation(p.nameKey()));
        processSelect.addValueChangeListener(e -> {
            if (!applying) {
                update(filter.withProcess(e.getValue() == null ? null : e.getValue().key(), null));
            }
        });
        processSelect.setVisible(processes.size() > 1);

        stageSelect.setLabel(getTranslation("inbox.filter.stage"));
        stageSelect.setEmptySelectionAllowed(true);
        stageSelect.setEmptySelectionCaption(getTranslation("inbox.filter.anyStage"));
        stageSelect.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.filter.anyStage")
                : getTranslation(s.messageKey()));
        stageSelect.addValueChangeListener(e -> {
            if (!applying) {
                update(filter.withProcess(filter.processKey(), e.getValue() == null ? null : e.getValue().id()));
            }
        });

        instanceBox.setLabel(getTranslation("inbox.filter.instance"));
        instanceBox.setPlaceholder(getTranslation("inbox.filter.anyInstance"));
        instanceBox.setClearButtonVisible(true);
        instanceBox.setItemLabelGenerator(InstanceChoice::label);
        instanceBox.setItems(q -> inbox.instances(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> inbox.countInstances(q.getFilter().orElse("")));
        instanceBox.addValueChangeListener(e -> {
            if (!applying) {
                update(filter.withProcessInstance(e.getValue() == null ? null : e.getValue().id()));
            }
        });

        sortSelect.setLabel(getTranslation("inbox.sort.label"));
        sortSelect.setItems(Sort.values());
        sortSelect.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sortSelect.setValue(Sort.DUE);
        sortSelect.addValueChangeListener(e -> {
            if (!applying && e.getValue() != null) {
                update(filter.withSort(e.getValue()));
            }
        });

        FlexLayout row = new FlexLayout(searchField, processSelect, stageSelect, instanceBox, sortSelect);
        row.addClassName("inbox-filters");
        row.addClassName("wrap-row");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        row.setWidthFull();
        return row;
    }

    private Component savedBar() {
        savedSelect.setLabel(getTranslation("inbox.saved.label"));
        savedSelect.setEmptySelectionAllowed(true);
        savedSelect.setEmptySelectionCaption(getTranslation("inbox.saved.none"));
        savedSelect.setItemLabelGenerator(f -> f == null ? getTranslation("inbox.saved.none")
                : f.mine() ? (f.shared() ? getTranslation("inbox.saved.mineShared", f.name()) : f.name())
                : getTranslation("inbox.saved.sharedBy", f.name(), f.ownerName()));
        savedSelect.addClassName("inbox-saved");
        savedSelect.addValueChangeListener(e -> {
            deleteSaved.setVisible(e.getValue() != null && e.getValue().mine());
            if (!applying && e.getValue() != null) {
                TaskFilter f = e.getValue().filter();
                // a view the person does not have (a principal's shared "school" view) falls back to their own tasks
                apply(scopes.contains(f.scope()) ? f : f.withScope(Scope.ALL));
            }
        });
        Button save = new Button(getTranslation("inbox.saved.save"), VaadinIcon.BOOKMARK.create(), e -> saveDialog());
        save.addClassName("inbox-save-filter");
        deleteSaved.setText(getTranslation("inbox.saved.delete"));
        deleteSaved.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        deleteSaved.setVisible(false);
        deleteSaved.addClickListener(e -> {
            SavedFilter f = savedSelect.getValue();
            if (f != null && Errors.run(this, () -> saved.delete(f.id()))) {
                Errors.showSuccess(getTranslation("inbox.saved.deleted", f.name()));
                reloadSaved(null);
            }
        });
        reloadSaved(null);
        Button keys = new Button(getTranslation("inbox.keys.button"), VaadinIcon.KEYBOARD.create(), e -> shortcutHelp());
        keys.addThemeVariants(ButtonVariant.TERTIARY);
        keys.addClassName("inbox-keys");
        FlexLayout row = new FlexLayout(savedSelect, save, deleteSaved, keys);
        row.addClassName("inbox-saved-bar");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        return row;
    }

    private void reloadSaved(Long select) {
        List<SavedFilter> all = saved.visible();
        applying = true;
        try {
            savedSelect.setItems(all);
            savedSelect.setValue(select == null ? null
                    : all.stream().filter(f -> f.id() == select).findFirst().orElse(null));
        } finally {
            applying = false;
        }
        deleteSaved.setVisible(savedSelect.getValue() != null && savedSelect.getValue().mine());
    }

    private void saveDialog() {
        Dialog dialog = new Dialog();
        dialog.addClassName("inbox-save-dialog");
        dialog.setHeaderTitle(getTranslation("inbox.saved.dialogTitle"));
        TextField name = new TextField(getTranslation("inbox.saved.name"));
        name.setMaxLength(SavedFilters.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        SavedFilter current = savedSelect.getValue();
        if (current != null && current.mine()) {
            name.setValue(current.name());
        }
        Checkbox share = new Checkbox(getTranslation("inbox.saved.share"));
        share.setValue(current != null && current.mine() && current.shared());
        dialog.add(new VerticalLayout(name, share));
        Button ok = new Button(getTranslation("inbox.saved.confirm"), e -> {
            try {
                SavedFilter done = saved.save(name.getValue(), filter, share.getValue());
                Errors.showSuccess(getTranslation("inbox.saved.saved", done.name()));
                dialog.close();
                reloadSaved(done.id());
            } catch (BusinessRuleException rule) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(rule.messageKey(), rule.args()));
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("documents.close"), e -> dialog.close()), ok);
        dialog.open();
    }

    private Component buildGrid() {
        grid.addClassName("inbox-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("inbox.grid.label"));

        grid.addColumn(new ComponentRenderer<>(this::nameCell))
                .setHeader(getTranslation("inbox.column.task")).setKey("task").setFlexGrow(3).setResizable(true);
        grid.addColumn(TaskRow::assemblyLabel)
                .setHeader(getTranslation("inbox.column.assembly")).setFlexGrow(2).setResizable(true);
        grid.addColumn(new ComponentRenderer<>(this::dueCell))
                .setHeader(getTranslation("inbox.column.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::statusText).setKey("status")
                .setHeader(getTranslation("inbox.column.status")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader(getTranslation("inbox.column.actions")).setAutoWidth(true).setFlexGrow(0);

        // On a phone one column of cards replaces the table, so nothing scrolls sideways.
        grid.addColumn(new ComponentRenderer<>(this::card)).setKey("card")
                .setHeader(getTranslation("inbox.column.task")).setFlexGrow(1).setVisible(false);
        grid.addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> narrow(d.getWindowInnerWidth() < NARROW));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> narrow(r.getWidth() < NARROW));
        });
        grid.addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
            }
        });

        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> selectionChanged());
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.setItems(query -> inbox.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> inbox.count(filter))
                // a row stays selected across reloads although its record (status, due) may have changed
                .setIdentifierProvider(TaskRow::id);
        grid.setWidthFull();
        grid.setHeight("min(60vh, 32rem)");
        return grid;
    }

    /** What to do with the selected rows: shown while some are selected. */
    private Component bulkBar() {
        claimSelected.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        claimSelected.addClassName("bulk-claim");
        claimSelected.addClickListener(e -> bulk(TaskRow::claimable, inbox::claimAll, "inbox.bulk.claimed"));
        releaseSelected.addThemeVariants(ButtonVariant.SMALL);
        releaseSelected.addClassName("bulk-release");
        releaseSelected.addClickListener(e -> bulk(TaskRow::releasable, inbox::releaseAll, "inbox.bulk.released"));
        Button clear = new Button(getTranslation("inbox.bulk.clear"), e -> grid.deselectAll());
        clear.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        selectedCount.addClassName("bulk-count");
        bulk.add(selectedCount, claimSelected, releaseSelected, clear);
        bulk.addClassName("inbox-bulk");
        bulk.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bulk.setAlignItems(Alignment.CENTER);
        bulk.getStyle().set("gap", "var(--lumo-space-s)");
        bulk.getElement().setAttribute("role", "region");
        bulk.getElement().setAttribute("aria-label", getTranslation("inbox.bulk.label"));
        bulk.setVisible(false);
        return bulk;
    }

    private void selectionChanged() {
        var selected = grid.getSelectedItems();
        bulk.setVisible(!selected.isEmpty());
        selectedCount.setText(getTranslation("inbox.bulk.selected", selected.size()));
        long claimable = selected.stream().filter(TaskRow::claimable).count();
        long releasable = selected.stream().filter(TaskRow::releasable).count();
        claimSelected.setText(getTranslation("inbox.bulk.claim", claimable));
        claimSelected.setEnabled(claimable > 0);
        releaseSelected.setText(getTranslation("inbox.bulk.release", releasable));
        releaseSelected.setEnabled(releasable > 0);
    }

    /** Acts on the selected rows the action applies to; says how many were done and why any was refused. */
    private void bulk(Predicate<TaskRow> applies, Function<List<String>, BulkOutcome> action, String doneKey) {
        Map<String, String> names = grid.getSelectedItems().stream().filter(applies)
                .collect(Collectors.toMap(TaskRow::id, TaskRow::name, (a, b) -> a, LinkedHashMap::new));
        if (names.isEmpty()) {
            return;
        }
        BulkOutcome outcome = action.apply(List.copyOf(names.keySet()));
        if (outcome.done() > 0) {
            Errors.showSuccess(getTranslation(doneKey, outcome.done()));
        }
        if (!outcome.refused().isEmpty()) {
            Errors.showError(outcome.refused().stream()
                    .map(r -> getTranslation("inbox.bulk.refused", names.get(r.item()),
                            getTranslation(r.messageKey(), r.args())))
                    .collect(Collectors.joining(" ")));
        }
        grid.deselectAll();
        refresh();
    }

    /**
     * Shortcuts while the task list has the focus (so typing in the search box is never taken for one):
     * J/K or the arrows move, O opens, C takes, R gives back, X selects, / goes to the search, ? shows them all.
     */
    private void keyboard() {
        Shortcuts.addShortcutListener(grid, () -> withFocused(this::open), Key.KEY_O).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> withFocused(r -> {
            if (r.claimable()) {
                claim(r);
            }
        }), Key.KEY_C).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> withFocused(r -> {
            if (r.releasable()) {
                release(r);
            }
        }), Key.KEY_R).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> withFocused(r -> {
            if (grid.getSelectedItems().contains(r)) {
                grid.deselect(r);
            } else {
                grid.select(r);
            }
        }), Key.KEY_X).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> searchField.focus(), Key.of("/")).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> shortcutHelp(), Key.of("?"), KeyModifier.SHIFT).listenOn(grid);
        // J and K become the grid's own arrow keys, so moving is the grid's keyboard navigation
        grid.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if ((e.key === 'j' || e.key === 'k') && !e.ctrlKey && !e.metaKey && !e.altKey) {
                    e.preventDefault();
                    e.composedPath()[0].dispatchEvent(new KeyboardEvent('keydown', {
                      key: e.key === 'j' ? 'ArrowDown' : 'ArrowUp', bubbles: true, composed: true }));
                  }
                });""");
    }

    private void withFocused(Consumer<TaskRow> action) {
        if (focused != null) {
            action.accept(focused);
        }
    }

    void shortcutHelp() {
        Dialog dialog = new Dialog();
        dialog.addClassName("inbox-shortcuts");
        dialog.setHeaderTitle(getTranslation("inbox.keys.title"));
        Div list = new Div();
        list.addClassName("shortcut-list");
        for (String[] key : new String[][] {{"J / ↓", "inbox.keys.down"}, {"K / ↑", "inbox.keys.up"},
                {"O", "inbox.keys.open"}, {"C", "inbox.keys.claim"}, {"R", "inbox.keys.release"},
                {"X", "inbox.keys.select"}, {"/", "inbox.keys.search"}, {"?", "inbox.keys.help"}}) {
            Span k = new Span(key[0]);
            k.addClassName("key");
            Div line = new Div(k, new Span(getTranslation(key[1])));
            line.addClassName("shortcut");
            list.add(line);
        }
        dialog.add(new Paragraph(getTranslation("inbox.keys.where")), list);
        dialog.getFooter().add(new Button(getTranslation("documents.close"), e -> dialog.close()));
        dialog.open();
    }

    private void narrow(boolean narrow) {
        grid.getColumns().forEach(c -> c.setVisible(narrow == "card".equals(c.getKey())));
    }

    /** The whole row as a card, for a phone: name and detail, assembly, due date, status, buttons. */
    private Component card(TaskRow row) {
        Div card = new Div();
        card.addClassName("task-card");
        Div meta = new Div(new Span(row.assemblyLabel()));
        meta.addClassName("task-card-meta");
        Div status = new Div(new Span(statusText(row)));
        status.addClassName("task-card-meta");
        card.add(nameCell(row), meta, dueCell(row), status, actions(row));
        return card;
    }

    /** The task's name, and under it what tells it from its siblings (the draft, the department). */
    private Component nameCell(TaskRow row) {
        Div cell = new Div();
        cell.addClassName("task-cell");
        String name = row.name() == null ? "" : row.name();
        if (row.completed() == null) {
            Anchor link = new Anchor(TASK_ROUTE + row.id(), name);
            if (row.created() != null) {
                link.setTitle(getTranslation("inbox.createdAt", Texts.dateTime(row.created())));
            }
            cell.add(link);
        } else {
            cell.add(new Span(name));
        }
        String detail = detail(row.detail());
        if (!detail.isEmpty()) {
            Span d = new Span(detail);
            d.addClassName("task-detail");
            cell.add(d);
        }
        return cell;
    }

    private String detail(TaskDetail detail) {
        if (detail == null) {
            return "";
        }
        Object[] args = detail.args().stream()
                .map(a -> a.startsWith("#") ? getTranslation(a.substring(1)) : a).toArray();
        return getTranslation(detail.messageKey(), args);
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

    String statusText(TaskRow row) {
        if (row.completed() != null) {
            return getTranslation("inbox.status.completed", Texts.dateTime(row.completed()));
        }
        if (row.assignedToMe()) {
            return getTranslation(row.offeredToGroups() ? "inbox.status.claimed" : "inbox.status.assigned");
        }
        if (row.assignee() != null) {
            return getTranslation("inbox.status.heldBy", row.assigneeName());
        }
        String roles = row.offeredRoles().stream().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "));
        return row.offeredToMe() || roles.isEmpty() ? getTranslation("inbox.status.offered")
                : getTranslation("inbox.status.offeredTo", roles);
    }

    private Component actions(TaskRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        buttons.setPadding(false);
        if (row.completed() != null) {
            return buttons;
        }
        Button openButton = new Button(getTranslation(row.actionable() ? "inbox.action.open" : "inbox.action.view"),
                e -> open(row));
        openButton.addThemeVariants(ButtonVariant.SMALL, row.actionable() ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        buttons.add(openButton);
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
        if (row.completed() == null) {
            UI.getCurrent().navigate(TASK_ROUTE + row.id());
        }
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

    /** A change the person made in one field. */
    private void update(TaskFilter f) {
        filter = f;
        refresh();
    }

    /** A whole filter at once (a saved one, a link): every field shows it. */
    private void apply(TaskFilter f) {
        applying = true;
        try {
            filter = f;
            views.setSelectedIndex(Math.max(0, scopes.indexOf(f.scope())));
            searchField.setValue(f.search());
            ProcessChoice process = inbox.processes().stream().filter(p -> p.key().equals(f.processKey()))
                    .findFirst().orElse(null);
            processSelect.setValue(process);
            sortSelect.setValue(f.sort());
            instanceBox.setValue(f.processInstanceId() == null ? null : inbox.instance(f.processInstanceId()));
        } finally {
            applying = false;
        }
        refresh();
    }

    /** Also after a failure: the task may have been taken or finished by someone else meanwhile. */
    private void refresh() {
        applying = true;
        try {
            ProcessChoice process = processSelect.getValue();
            List<TaskStage> stages = process == null ? List.of() : process.stages();
            stageSelect.setItems(stages);
            stageSelect.setValue(stages.stream().filter(s -> s.id().equals(filter.stageId())).findFirst().orElse(null));
            stageSelect.setVisible(!stages.isEmpty());
        } finally {
            applying = false;
        }
        grid.setEmptyStateText(getTranslation(filter.equals(TaskFilter.DEFAULT.withScope(filter.scope()))
                ? "inbox.empty" : "inbox.noMatch"));
        grid.getDataProvider().refreshAll();
        refreshCounters();
    }

    private void refreshCounters() {
        boolean open = filter.scope() != Scope.COMPLETED;
        int all = inbox.count(filter.withDue(Due.ANY));
        total.setText(getTranslation(open ? "inbox.count.total" : "inbox.count.completed", all));
        int soon = open ? inbox.countDueSoon(filter) : 0;
        int late = open ? inbox.countOverdue(filter) : 0;
        dueSoon.setText(getTranslation("inbox.count.dueSoon", soon));
        dueSoon.setVisible(soon > 0 || filter.due() == Due.DUE_SOON);
        overdue.setText(getTranslation("inbox.count.overdue", late));
        overdue.setVisible(late > 0 || filter.due() == Due.OVERDUE);
        pressed(total, filter.due() == Due.ANY);
        pressed(dueSoon, filter.due() == Due.DUE_SOON);
        pressed(overdue, filter.due() == Due.OVERDUE);
    }

    private static void pressed(Button b, boolean on) {
        b.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        } else {
            b.removeThemeVariants(ButtonVariant.PRIMARY);
        }
    }

    /** For tests and links: the filter the page shows. */
    TaskFilter filter() {
        return filter;
    }

    static QueryParameters link(Scope scope, Due due) {
        return QueryParameters.simple(Map.of("view", scope.name(), "due", due.name()));
    }
}
