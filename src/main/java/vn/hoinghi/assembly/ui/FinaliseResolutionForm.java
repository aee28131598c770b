package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;

import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.ResolutionData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.Texts;

/** The presidium and secretary finalise, sign and stamp the resolution and send it to every department. */
class FinaliseResolutionForm extends TaskForm<FinaliseResolutionForm.Values> {

    static final class Values {
        @NotBlank(message = "session.resolutionTextRequired")
        String finalText;
        LocalDate signedOn;
        LocalDate sentOn;
    }

    private final FollowUpService service;
    private final String taskId;
    private final TextArea finalText;
    private final DatePicker signedOn;
    private final DatePicker sentOn;

    FinaliseResolutionForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        ResolutionData data = service.resolution(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("resolution.hint", Texts.date(data.record().getResolutionAdoptedOn()))));
        finalText = FormSupport.area(getTranslation("session.resolutionText"), data.record().getResolutionText());
        finalText.setMinHeight("16em");
        signedOn = FormSupport.date(getTranslation("resolution.signedOn"), data.record().getResolutionAdoptedOn());
        sentOn = FormSupport.date(getTranslation("resolution.sentOn"), data.record().getResolutionAdoptedOn());
        add(finalText, signedOn, sentOn);
        bind(finalText, v -> v.finalText, (v, x) -> v.finalText = x);
        bind(signedOn, v -> v.signedOn, (v, x) -> v.signedOn = x);
        bind(sentOn, v -> v.sentOn, (v, x) -> v.sentOn = x);
        addSubmit(getTranslation("resolution.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.finalise(taskId, new Inputs.Finalise(v.finalText, v.signedOn, v.sentOn));
    }
}
