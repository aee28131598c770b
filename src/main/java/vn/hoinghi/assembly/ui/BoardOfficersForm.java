package vn.hoinghi.assembly.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.RecognitionData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService.CandidateView;

/** The new board elects its head and deputy head(s) (Art. 60(4), 63(2)(a)). */
class BoardOfficersForm extends TaskForm {

    private final FollowUpService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final ComboBox<CandidateView> head = new ComboBox<>();
    private final MultiSelectComboBox<CandidateView> deputies = new MultiSelectComboBox<>();

    BoardOfficersForm(FollowUpService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        RecognitionData data = service.recognition(taskId, AssemblyStep.ELECT_BOARD_OFFICERS);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("officers.hint", data.elected().size())));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.election().getRecognizedOn());
        head.setLabel(getTranslation("officers.head"));
        head.setItems(data.elected());
        head.setItemLabelGenerator(CandidateView::fullName);
        deputies.setLabel(getTranslation("officers.deputies"));
        deputies.setItems(data.elected());
        deputies.setItemLabelGenerator(CandidateView::fullName);
        deputies.setWidth("30em");
        add(heldOn, head, deputies);
        addSubmit(getTranslation("officers.submit"));
    }

    @Override
    protected void submit() {
        service.electOfficers(taskId, new Inputs.Officers(heldOn.getValue(),
                head.getValue() == null ? null : head.getValue().staffId(),
                deputies.getValue().stream().map(CandidateView::staffId).collect(Collectors.toSet())));
    }
}
