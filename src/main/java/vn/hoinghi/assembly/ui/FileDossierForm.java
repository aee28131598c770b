package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import vn.hoinghi.assembly.DossierStatus;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.DossierData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.Checks;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.ui.TaskForm;

/** The union chair files the dossier with the supervising body; a returned dossier shows the reason. */
class FileDossierForm extends TaskForm<FileDossierForm.Values> {

    static final class Values {
        @AssertTrue(message = "dossier.incomplete")
        boolean resolution;
        @AssertTrue(message = "dossier.incomplete")
        boolean workingRules;
        @AssertTrue(message = "dossier.incomplete")
        boolean emulationRegistrations;
        @Size(max = Checks.NOTE, message = "validation.tooLongHere")
        String note;
    }

    private final FollowUpService service;
    private final String taskId;
    private final Checkbox resolution = new Checkbox();
    private final Checkbox workingRules = new Checkbox();
    private final Checkbox emulationRegistrations = new Checkbox();
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
        // the date of filing is the server's, whatever a browser sends (issue 15)
        Span submittedOn = new Span(getTranslation("dossier.submittedToday", Texts.date(VietnamTime.today())));
        submittedOn.addClassName("dossier-submitted-on");
        note = FormSupport.area(getTranslation("dossier.note"), FormSupport.orEmpty(data.dossier().getContents()));
        FormSupport.limit(note, Checks.NOTE);
        add(FormSupport.hint(getTranslation("dossier.hint")), resolution, workingRules, emulationRegistrations, submittedOn, note);
        bind(resolution, v -> v.resolution, (v, x) -> v.resolution = x);
        bind(workingRules, v -> v.workingRules, (v, x) -> v.workingRules = x);
        bind(emulationRegistrations, v -> v.emulationRegistrations, (v, x) -> v.emulationRegistrations = x);
        bind(note, v -> v.note, (v, x) -> v.note = x);
        addSubmit(getTranslation("dossier.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.file(taskId, new Inputs.Filing(v.resolution, v.workingRules, v.emulationRegistrations,
                v.note));
    }
}
