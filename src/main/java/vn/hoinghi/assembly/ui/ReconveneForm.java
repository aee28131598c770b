package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.Assembly;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.shared.Texts;

/** The plenary lacked a quorum: set the date of the second convocation. */
class ReconveneForm extends TaskForm {

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker newDate;
    private final TextArea reason;

    ReconveneForm(PlenaryService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        Assembly assembly = service.reconvene(taskId);
        add(FormSupport.hint(getTranslation("reconvene.hint", Texts.date(assembly.getPlenaryOn()))));
        newDate = FormSupport.date(getTranslation("reconvene.newDate"), assembly.getPlenaryOn().plusDays(7));
        reason = FormSupport.area(getTranslation("reconvene.reason"), "");
        add(newDate, reason);
        addSubmit(getTranslation("reconvene.submit"));
    }

    @Override
    protected void submit() {
        service.recordReconvene(taskId, new Inputs.Reconvene(newDate.getValue(), reason.getValue()));
    }
}
