package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.CheckInData;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.tasks.ui.TaskForm;

/** Check-in at the plenary, with the quorum (two thirds of those convened) shown as people arrive. */
class PlenaryCheckInForm extends TaskForm<PlenaryCheckInForm.Values> {

    static final class Values {
        @NotNull(message = "meeting.heldOnRequired")
        LocalDate heldOn;
        /** Only when delegates were convened; otherwise every staff member is. */
        @Min(value = 0, message = "rule.negativeCount")
        Integer convened;
        Set<Long> presentIds = Set.of();
    }

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final IntegerField convened;
    private final CheckboxGroup<StaffInfo> presentIds = new CheckboxGroup<>();
    private final Span quorum = new Span();
    private final int staffCount;
    private boolean reached;

    PlenaryCheckInForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        CheckInData data = service.checkIn(taskId);
        staffCount = data.staff().size();
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(new Span(getTranslation("checkIn.convocation", data.convocation())));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.assembly().getPlenaryOn());
        convened = FormSupport.count(getTranslation("checkIn.convened"));
        convened.setValue(staffCount);
        convened.setVisible(data.assembly().getMode() == AssemblyMode.DELEGATES);
        convened.addValueChangeListener(e -> updateQuorum());
        presentIds.setLabel(getTranslation("checkIn.present"));
        presentIds.setItems(data.staff());
        presentIds.setItemLabelGenerator(s -> s.fullName() + (s.departmentName() == null ? "" : " – " + s.departmentName()));
        presentIds.addValueChangeListener(e -> updateQuorum());
        presentIds.addClassName("check-in-list");
        Button all = new Button(getTranslation("checkIn.all"), e -> presentIds.setValue(Set.copyOf(data.staff())));
        Button none = new Button(getTranslation("checkIn.none"), e -> presentIds.clear());
        quorum.addClassName("counter");
        add(heldOn, convened, new HorizontalLayout(all, none), quorum, presentIds);
        updateQuorum();
        bind(heldOn, v -> v.heldOn, (v, x) -> v.heldOn = x);
        bind(convened, v -> v.convened, (v, x) -> v.convened = x);
        addSubmit(getTranslation("checkIn.submit"));
    }

    private void updateQuorum() {
        int base = convened.isVisible() ? FormSupport.value(convened) : staffCount;
        int here = presentIds.getValue().size();
        reached = base > 0 && here <= base && AssemblyRules.quorumReached(here, base);
        quorum.setText(getTranslation("checkIn.quorum", here, base, AssemblyRules.quorumNeeded(base)));
        quorum.removeClassNames("rule-ok", "rule-bad");
        quorum.addClassName(reached ? "rule-ok" : "rule-bad");
    }

    @Override
    protected void collect(Values v) {
        v.convened = convened.isVisible() ? v.convened : null;
        v.presentIds = FormSupport.ids(presentIds.getValue());
    }

    @Override
    protected void submit(Values v) {
        reached = service.recordCheckIn(taskId, new Inputs.CheckIn(v.heldOn, v.convened, v.presentIds));
    }

    @Override
    protected String successMessage() {
        return getTranslation(reached ? "checkIn.quorumReached" : "checkIn.quorumFailed");
    }
}
