package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.Size;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.RecognitionData;
import vn.hoinghi.shared.Checks;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ui.TaskForm;

/** The union executive recognises the election result, within 5 working days (Decree 59/2023 Art. 21(1)). */
class RecognizeBoardForm extends TaskForm<RecognizeBoardForm.Values> {

    /** Whether the date is after the election is the service's rule: its message names the election's date. */
    static final class Values {
        LocalDate recognizedOn;
        @Size(max = Checks.REASON, message = "validation.tooLongHere")
        String lateReason;
    }

    private final FollowUpService service;
    private final String taskId;
    private final DatePicker recognizedOn;
    private final TextArea lateReason;
    private boolean inTime = true;

    RecognizeBoardForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        RecognitionData data = service.recognition(taskId, AssemblyStep.RECOGNIZE_BOARD);
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span due = new Span(getTranslation("recognition.due", Texts.date(data.election().getHeldOn()),
                Texts.date(data.election().getRecognitionDue())));
        due.addClassName("counter");
        UnorderedList list = new UnorderedList();
        data.elected().forEach(c -> list.add(new ListItem(c.fullName()
                + (c.departmentName() == null ? "" : " – " + c.departmentName()))));
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        // today, not the deadline: a late recognition is recorded as late, with its reason
        recognizedOn = FormSupport.date(getTranslation("recognition.on"), today);
        recognizedOn.setMin(data.election().getHeldOn());
        recognizedOn.setMax(today);
        lateReason = FormSupport.area(getTranslation("recognition.lateReason"), "");
        lateReason.addClassName("late-reason");
        FormSupport.limit(lateReason, Checks.REASON);
        LocalDate deadline = data.election().getRecognitionDue();
        lateReason.setVisible(today.isAfter(deadline));
        recognizedOn.addValueChangeListener(e -> lateReason.setVisible(e.getValue() != null
                && e.getValue().isAfter(deadline)));
        add(due, list, recognizedOn, lateReason);
        bind(recognizedOn, v -> v.recognizedOn, (v, x) -> v.recognizedOn = x);
        bind(lateReason, v -> v.lateReason, (v, x) -> v.lateReason = x);
        addSubmit(getTranslation("recognition.submit"));
    }

    @Override
    protected void submit(Values v) {
        inTime = service.recognize(taskId, v.recognizedOn, v.lateReason);
    }

    @Override
    protected String successMessage() {
        return getTranslation(inTime ? "form.saved" : "recognition.late");
    }
}
