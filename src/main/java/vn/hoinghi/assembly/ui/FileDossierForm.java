package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.DossierStatus;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.DossierData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.Texts;

/** The union chair files the dossier with the supervising body; a returned dossier shows the reason. */
class FileDossierForm extends TaskForm<FileDossierForm.Values> {

    static final class Values {
        @AssertTrue(message = "dossier.incomplete")
        boolean resolution;
        @AssertTrue(message = "dossier.incomplete")
        boolean workingRules;
        @AssertTrue(message = "dossier.incomplete")
        boolean emulationRegistrations;
        @NotNull(message = "dossier.dateRequired")
        LocalDate submittedOn;
        String note;
    }

    private final FollowUpService service;
    private final String taskId;
    private final Checkbox resolution = new Checkbox();
    private final Checkbox workingRules = new Checkbox();
    private final Checkbox emulationRegistrations = new Checkbox();
    private final DatePicker submittedOn;
    private final TextArea note;

    FileDossierForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        DossierData data = service.dossier(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        LocalDate deadline = data.dossier().getDeadline();
        Span due = new Span(getTranslation("dossier.deadline", Texts.date(deadline)));
        due.addClassName("counter");
        add(due);
        if (data.dossier().getStatus() == DossierStatus.RETURNED) {
            Span returned = new Span(getTranslation("dossier.returnedWith", data.dossier().getReturnReason()));
            returned.addClassNames("rule-bad", "return-reason");
            add(returned);
        }
        resolution.setLabel(getTranslation("dossier.resolution", Texts.date(data.record().getResolutionSignedOn())));
        workingRules.setLabel(getTranslation("dossier.workingRules"));
        emulationRegistrations.setLabel(getTranslation("dossier.registrations", data.registrations()));
        submittedOn = FormSupport.date(getTranslation("dossier.submittedOn"), vn.hoinghi.shared.VietnamTime.today());
        note = FormSupport.area(getTranslation("dossier.note"), FormSupport.orEmpty(data.dossier().getContents()));
        add(FormSupport.hint(getTranslation("dossier.hint")), resolution, workingRules, emulationRegistrations, submittedOn, note);
        bind(resolution, v -> v.resolution, (v, x) -> v.resolution = x);
        bind(workingRules, v -> v.workingRules, (v, x) -> v.workingRules = x);
        bind(emulationRegistrations, v -> v.emulationRegistrations, (v, x) -> v.emulationRegistrations = x);
        bind(submittedOn, v -> v.submittedOn, (v, x) -> v.submittedOn = x);
        bind(note, v -> v.note, (v, x) -> v.note = x);
        addSubmit(getTranslation("dossier.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.file(taskId, new Inputs.Filing(v.submittedOn, v.resolution, v.workingRules, v.emulationRegistrations,
                v.note));
    }
}
