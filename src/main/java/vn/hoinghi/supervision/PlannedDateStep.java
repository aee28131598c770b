package vn.hoinghi.supervision;

import vn.hoinghi.tasks.ProcessStep;

/** The user tasks of bpmn/report-planned-date.bpmn20.xml; BpmnModelTest checks the BPMN against them. */
public enum PlannedDateStep implements ProcessStep {
    PLANNED_PLENARY_DATE("plannedPlenaryDate", "report-planned-date");

    /** The BPMN process id of report-planned-date.bpmn20.xml. */
    public static final String PROCESS_KEY = "reportPlannedDate";

    private final String taskId;
    private final String formKey;

    PlannedDateStep(String taskId, String formKey) {
        this.taskId = taskId;
        this.formKey = formKey;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String taskId() {
        return taskId;
    }

    @Override
    public String formKey() {
        return formKey;
    }
}
