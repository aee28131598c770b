package vn.hoinghi.supervision.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoinghi.shared.TaskFormProvider;
import vn.hoinghi.supervision.PlannedDates;

/** The task page's form for the principal's planned-date report (bpmn/report-planned-date.bpmn20.xml). */
@Component
class PlannedDateForms implements TaskFormProvider {

    /** Every formKey this provider has a form for; the BPMN model test reads it. */
    public static final Set<String> FORM_KEYS = Set.of("report-planned-date");

    private final PlannedDates plannedDates;

    PlannedDateForms(PlannedDates plannedDates) {
        this.plannedDates = plannedDates;
    }

    @Override
    public Set<String> formKeys() {
        return FORM_KEYS;
    }

    @Override
    public com.vaadin.flow.component.Component create(String formKey, String taskId, Runnable onDone) {
        return new PlannedDateForm(plannedDates, taskId, onDone);
    }
}
