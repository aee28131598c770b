package vn.hoinghi.calendar.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.calendar.Holiday;
import vn.hoinghi.calendar.HolidayKind;
import vn.hoinghi.calendar.WorkingDayCalendar;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;

/** The days off and working Saturdays that working-day deadlines are counted over. */
@Route(value = "province/holidays", layout = MainLayout.class)
@RolesAllowed("SYSTEM_ADMIN")
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    // The same limits as WorkingDayCalendar.addHoliday, which throws a plain IllegalArgumentException past them.
    private static final int MAX_NAME = 200;
    private static final int MAX_SOURCE = 300;

    private final WorkingDayCalendar calendar;

    private final Grid<Holiday> grid = new Grid<>();
    private final DatePicker day;
    private final Select<HolidayKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextField source = new TextField();

    public HolidaysView(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.day = DatePickers.create(getTranslation("holidays.field.day"));

        addClassName("page");
        setSizeFull();

        Paragraph hint = new Paragraph(getTranslation("holidays.hint"));
        hint.addClassName("hint");
        Paragraph weekendHint = new Paragraph(getTranslation("holidays.weekendHint"));
        weekendHint.addClassName("hint");

        configureGrid();
        add(new H2(getTranslation("holidays.title")), hint, weekendHint, form(), grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("holidays.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout form() {
        day.setRequiredIndicatorVisible(true);
        day.addValueChangeListener(e -> showWeekday());

        kind.setLabel(getTranslation("holidays.field.kind"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("holidayKind." + k.name()));
        kind.setValue(HolidayKind.HOLIDAY);
        kind.setHelperText(getTranslation("holidayKind.HOLIDAY.hint"));
        kind.setWidth("min(16rem, 100%)");
        kind.addValueChangeListener(e -> kind.setHelperText(
                e.getValue() == null ? "" : getTranslation("holidayKind." + e.getValue().name() + ".hint")));

        name.setLabel(getTranslation("holidays.field.name"));
        name.setPlaceholder(getTranslation("holidays.field.namePlaceholder"));
        name.setMaxLength(MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        name.setWidth("min(18rem, 100%)");

        source.setLabel(getTranslation("holidays.field.source"));
        source.setPlaceholder(getTranslation("holidays.field.sourcePlaceholder"));
        source.setMaxLength(MAX_SOURCE);
        source.setWidth("min(18rem, 100%)");

        Button add = new Button(getTranslation("holidays.add"), VaadinIcon.PLUS.create(), e -> addHoliday());
        add.addThemeVariants(ButtonVariant.PRIMARY);

        HorizontalLayout form = new HorizontalLayout(day, kind, name, source, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** Seeing "Saturday" next to the date catches the commonest slip: a day off typed on a weekend. */
    private void showWeekday() {
        LocalDate d = day.getValue();
        day.setHelperText(d == null ? "" : weekday(d));
    }

    private void configureGrid() {
        grid.addColumn(h -> Texts.date(h.getDay())).setHeader(getTranslation("holidays.col.day"))
                .setComparator(Comparator.comparing(Holiday::getDay)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> weekday(h.getDay())).setHeader(getTranslation("holidays.col.weekday"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> getTranslation("holidayKind." + h.getKind().name()))
                .setHeader(getTranslation("holidays.col.kind")).setSortable(true).setAutoWidth(true);
        grid.addColumn(Holiday::getName).setHeader(getTranslation("holidays.col.name")).setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(h -> Objects.toString(h.getSource(), "")).setHeader(getTranslation("holidays.col.source"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("holidays.empty"));
        grid.setWidthFull();
    }

    private String weekday(LocalDate d) {
        return getTranslation("holidays.weekday." + d.getDayOfWeek().name());
    }

    private void refresh() {
        grid.setItems(calendar.holidays());
    }

    private void addHoliday() {
        LocalDate d = day.getValue();
        HolidayKind k = kind.getValue();
        boolean ok = true;
        if (d == null) {
            day.setInvalid(true);
            day.setErrorMessage(getTranslation("holidays.dayRequired"));
            ok = false;
        }
        if (k == null) {
            kind.setInvalid(true);
            kind.setErrorMessage(getTranslation("holidays.kindRequired"));
            ok = false;
        }
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("holidays.nameRequired"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        day.setInvalid(false);
        kind.setInvalid(false);
        name.setInvalid(false);
        String n = name.getValue();
        String s = source.getValue();
        if (Errors.run(this, () -> withReadableDates(() -> calendar.addHoliday(d, k, n, s)))) {
            refresh();
            Errors.showSuccess(getTranslation("holidays.added", Texts.date(d), n.strip()));
            // The next notice entry is usually the following day off from the same notice.
            day.clear();
            name.clear();
            // Emptied on purpose for the next entry: not an error to show.
            day.setInvalid(false);
            name.setInvalid(false);
        }
    }

    /**
     * The calendar's rules carry the offending LocalDate, which MessageFormat would print as
     * 2025-09-02; re-raise with the date as dd/MM/yyyy.
     */
    private static void withReadableDates(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Object[] args = Arrays.stream(e.args())
                    .map(a -> a instanceof LocalDate date ? Texts.date(date) : a)
                    .toArray();
            BusinessRuleException readable = new BusinessRuleException(e.messageKey(), args);
            readable.initCause(e);
            throw readable;
        }
    }
}
