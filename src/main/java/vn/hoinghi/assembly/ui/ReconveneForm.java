package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;

import vn.hoinghi.assembly.Assembly;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ui.TaskForm;

/** The plenary lacked a quorum: set the date of the second convocation. */
class ReconveneForm extends TaskForm<ReconveneForm.Values> {

    static final class Values {
        LocalDate newDate;
        @NotBlank(message = "reconvene.reasonRequired")
        String reason;
    }

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker newDate;
    private final TextArea reason;

    ReconveneForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        Assembly assembly = service.reconvene(taskId);
        add(FormSupport.hint(getTranslation("reconvene.hint", Texts.date(assembly.getPlenaryOn()))));
        newDate = FormSupport.date(getTranslation("reconvene.newDate"), assembly.getPlenaryOn().plusDays(7));
        reason = FormSupport.area(getTranslation("reconvene.reason"), "");
        add(newDate, reason);
        bind(newDate, v -> v.newDate, (v, x) -> v.newDate = x);
        bind(reason, v -> v.reason, (v, x) -> v.reason = x);
        addSubmit(getTranslation("reconvene.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.recordReconvene(taskId, new Inputs.Reconvene(v.newDate, v.reason));
    }
}
