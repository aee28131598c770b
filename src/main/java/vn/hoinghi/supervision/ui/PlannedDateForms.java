package vn.hoinghi.supervision.ui;

import org.springframework.stereotype.Component;

import vn.hoinghi.supervision.PlannedDateStep;
import vn.hoinghi.supervision.PlannedDates;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.TaskFormProvider;

/** The task page's form for the principal's planned-date report (bpmn/report-planned-date.bpmn20.xml). */
@Component
class PlannedDateForms implements TaskFormProvider<PlannedDateStep> {

    private final PlannedDates plannedDates;

    PlannedDateForms(PlannedDates plannedDates) {
        this.plannedDates = plannedDates;
    }

    @Override
    public Class<PlannedDateStep> steps() {
        return PlannedDateStep.class;
    }

    /** No default: a step without a form does not compile. */
    @Override
    public com.vaadin.flow.component.Component create(PlannedDateStep step, OpenTask task, Runnable onDone) {
        return switch (step) {
            case PLANNED_PLENARY_DATE -> new PlannedDateForm(plannedDates, task.id(), onDone);
        };
    }
}
