package vn.hoinghi.supervision.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import jakarta.validation.constraints.NotNull;

import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.supervision.PlannedDates;
import vn.hoinghi.supervision.PlannedDates.PlannedDateData;
import vn.hoinghi.tasks.ui.TaskForm;

/** The principal reports the planned plenary date, seeing the body's deadlines and the dossier's contents. */
class PlannedDateForm extends TaskForm<PlannedDateForm.Values> {

    static final class Values {
        @NotNull(message = "planned.dateRequired")
        LocalDate plannedOn;
    }

    private final PlannedDates service;
    private final String taskId;
    final DatePicker plannedOn;
    private final Span late = new Span();

    PlannedDateForm(PlannedDates service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        PlannedDateData data = service.data(taskId);
        add(new H2(data.taskName()));
        add(new Paragraph(getTranslation("planned.intro", data.schoolName(), data.schoolYear())));
        Span deadlines = new Span(getTranslation("planned.deadlines", Texts.date(data.holdBy()),
                Texts.date(data.fileBy())));
        deadlines.addClassName("counter");
        Paragraph law = new Paragraph(getTranslation("planned.latestByLaw", Texts.date(data.latestByLaw())));
        law.addClassName("hint");
        add(deadlines, law);
        add(new Paragraph(getTranslation("planned.contents")));
        UnorderedList contents = new UnorderedList();
        data.dossierContents().lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> contents.add(new ListItem(l)));
        add(contents);

        plannedOn = DatePickers.create(getTranslation("planned.date"));
        plannedOn.setRequiredIndicatorVisible(true);
        plannedOn.setValue(data.plannedOn());
        late.addClassName("rule-bad");
        plannedOn.addValueChangeListener(e -> showLate(data));
        showLate(data);
        add(plannedOn, late);
        bind(plannedOn, v -> v.plannedOn, (v, x) -> v.plannedOn = x);
        addSubmit(getTranslation("planned.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.report(taskId, v.plannedOn);
    }

    @Override
    protected String successMessage() {
        return getTranslation("planned.done");
    }

    private void showLate(PlannedDateData data) {
        boolean after = plannedOn.getValue() != null && plannedOn.getValue().isAfter(data.holdBy());
        late.setText(after ? getTranslation("planned.afterHoldBy", Texts.date(data.holdBy())) : "");
        late.setVisible(after);
    }
}
