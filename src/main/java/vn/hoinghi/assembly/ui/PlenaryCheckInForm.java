package vn.hoinghi.assembly.ui;

import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.CheckInData;
import vn.hoinghi.school.StaffInfo;

/** Check-in at the plenary, with the quorum (two thirds of those convened) shown as people arrive. */
class PlenaryCheckInForm extends TaskForm {

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final IntegerField convened;
    private final CheckboxGroup<StaffInfo> present = new CheckboxGroup<>();
    private final Span quorum = new Span();
    private final int staffCount;
    private boolean reached;

    PlenaryCheckInForm(PlenaryService service, String taskId, Runnable onDone) {
        super(onDone);
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
        present.setLabel(getTranslation("checkIn.present"));
        present.setItems(data.staff());
        present.setItemLabelGenerator(s -> s.fullName() + (s.departmentName() == null ? "" : " – " + s.departmentName()));
        present.addValueChangeListener(e -> updateQuorum());
        present.addClassName("check-in-list");
        Button all = new Button(getTranslation("checkIn.all"), e -> present.setValue(Set.copyOf(data.staff())));
        Button none = new Button(getTranslation("checkIn.none"), e -> present.clear());
        quorum.addClassName("counter");
        add(heldOn, convened, new HorizontalLayout(all, none), quorum, present);
        updateQuorum();
        addSubmit(getTranslation("checkIn.submit"));
    }

    private void updateQuorum() {
        int base = convened.isVisible() ? FormSupport.value(convened) : staffCount;
        int here = present.getValue().size();
        reached = base > 0 && here <= base && AssemblyRules.quorumReached(here, base);
        quorum.setText(getTranslation("checkIn.quorum", here, base, AssemblyRules.quorumNeeded(base)));
        quorum.removeClassNames("rule-ok", "rule-bad");
        quorum.addClassName(reached ? "rule-ok" : "rule-bad");
    }

    @Override
    protected void submit() {
        reached = service.recordCheckIn(taskId, new Inputs.CheckIn(heldOn.getValue(),
                convened.isVisible() ? convened.getValue() : null, FormSupport.ids(present.getValue())));
    }

    @Override
    protected String successMessage() {
        return getTranslation(reached ? "checkIn.quorumReached" : "checkIn.quorumFailed");
    }
}
