package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.ResolutionData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.Texts;

/** The presidium and secretary finalise, sign and stamp the resolution and send it to every department. */
class FinaliseResolutionForm extends TaskForm {

    private final FollowUpService service;
    private final String taskId;
    private final TextArea text;
    private final DatePicker signedOn;
    private final DatePicker sentOn;

    FinaliseResolutionForm(FollowUpService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        ResolutionData data = service.resolution(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("resolution.hint", Texts.date(data.record().getResolutionAdoptedOn()))));
        text = FormSupport.area(getTranslation("session.resolutionText"), data.record().getResolutionText());
        text.setMinHeight("16em");
        signedOn = FormSupport.date(getTranslation("resolution.signedOn"), data.record().getResolutionAdoptedOn());
        sentOn = FormSupport.date(getTranslation("resolution.sentOn"), data.record().getResolutionAdoptedOn());
        add(text, signedOn, sentOn);
        addSubmit(getTranslation("resolution.submit"));
    }

    @Override
    protected void submit() {
        service.finalise(taskId, new Inputs.Finalise(text.getValue(), signedOn.getValue(), sentOn.getValue()));
    }
}
