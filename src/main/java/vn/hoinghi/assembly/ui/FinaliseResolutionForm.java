package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.ResolutionData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.Checks;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.ui.TaskForm;

/**
 * A member of the presidium finalises the resolution, signs it in a role they hold (it gets its number at once)
 * and sends it to every department: one action.
 */
class FinaliseResolutionForm extends TaskForm<FinaliseResolutionForm.Values> {

    static final class Values {
        @NotBlank(message = "session.resolutionTextRequired")
        @Size(max = Checks.DOCUMENT, message = "validation.tooLongHere")
        String finalText;
        @NotNull(message = "documents.sign.capacityRequired")
        Role capacity;
        LocalDate signedOn;
        LocalDate sentOn;
    }

    private final FollowUpService service;
    private final String taskId;
    private final TextArea finalText;
    private final RadioButtonGroup<Role> capacity = new RadioButtonGroup<>();
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
        FormSupport.limit(finalText, Checks.DOCUMENT);
        capacity.setLabel(getTranslation("resolution.capacity"));
        capacity.setItems(data.capacities());
        capacity.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        if (data.capacities().size() == 1) {
            capacity.setValue(data.capacities().get(0));
        }
        if (data.capacities().isEmpty()) {
            capacity.setHelperText(getTranslation("resolution.notPresidium"));
        }
        LocalDate today = VietnamTime.today();
        signedOn = FormSupport.date(getTranslation("resolution.signedOn"), today);
        signedOn.setMin(data.record().getResolutionAdoptedOn());
        signedOn.setMax(today);
        sentOn = FormSupport.date(getTranslation("resolution.sentOn"), today);
        sentOn.setMax(today);
        add(finalText, capacity, signedOn, sentOn);
        bind(finalText, v -> v.finalText, (v, x) -> v.finalText = x);
        bind(capacity, v -> v.capacity, (v, x) -> v.capacity = x);
        bind(signedOn, v -> v.signedOn, (v, x) -> v.signedOn = x);
        bind(sentOn, v -> v.sentOn, (v, x) -> v.sentOn = x);
        addSubmit(getTranslation("resolution.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.finalise(taskId, new Inputs.Finalise(v.finalText, v.capacity, v.signedOn, v.sentOn));
    }
}
