package vn.hoinghi.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.supervision.PlannedDates;
import vn.hoinghi.supervision.PlannedDates.PlannedDateData;

/** The principal reports the planned plenary date, seeing the body's deadlines and the dossier's contents. */
class PlannedDateForm extends VerticalLayout {

    final DatePicker plannedOn;
    final Button submit;
    private final Span late = new Span();

    PlannedDateForm(PlannedDates service, String taskId, Runnable onDone) {
        setPadding(false);
        addClassName("task-form");
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
        submit = new Button(getTranslation("planned.submit"), VaadinIcon.CHECK.create(), e -> {
            if (Errors.run(this, () -> service.report(taskId, plannedOn.getValue()))) {
                Errors.showSuccess(getTranslation("planned.done"));
                onDone.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("submit-task");
        add(plannedOn, late, submit);
    }

    private void showLate(PlannedDateData data) {
        boolean after = plannedOn.getValue() != null && plannedOn.getValue().isAfter(data.holdBy());
        late.setText(after ? getTranslation("planned.afterHoldBy", Texts.date(data.holdBy())) : "");
        late.setVisible(after);
    }
}
