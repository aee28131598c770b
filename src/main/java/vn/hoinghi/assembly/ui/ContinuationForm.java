package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.ContinuationData;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ui.TaskForm;

/** The resolution was not adopted: the principal sets the day the assembly continues; then check-in again. */
class ContinuationForm extends TaskForm<ContinuationForm.Values> {

    static final class Values {
        @NotNull(message = "continuation.dateRequired")
        LocalDate continueOn;
        @NotBlank(message = "continuation.reasonRequired")
        String reason;
    }

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker continueOn;
    private final TextArea reason;

    ContinuationForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        ContinuationData data = service.continuation(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        LocalDate held = data.sitting().getHeldOn();
        add(FormSupport.hint(data.resolution().map(v -> getTranslation(data.writtenBallot()
                        ? "continuation.hintBallot" : "continuation.hint", Texts.date(held), v.getVotesFor(),
                        v.getBaseCount(), v.getRound()))
                .orElseGet(() -> getTranslation("continuation.hintNoVote", Texts.date(held)))));
        continueOn = FormSupport.date(getTranslation("continuation.date"), held.plusDays(7));
        reason = FormSupport.area(getTranslation("continuation.reason"), "");
        add(continueOn, reason);
        bind(continueOn, v -> v.continueOn, (v, x) -> v.continueOn = x);
        bind(reason, v -> v.reason, (v, x) -> v.reason = x);
        addSubmit(getTranslation("continuation.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.recordContinuation(taskId, new Inputs.Continuation(v.continueOn, v.reason));
    }
}
