package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;

import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.RecognitionData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService.CandidateView;
import vn.hoinghi.tasks.ui.TaskForm;

/** The new board elects its head and deputy head(s) (Art. 60(4), 63(2)(a)). */
class BoardOfficersForm extends TaskForm<BoardOfficersForm.Values> {

    static final class Values {
        LocalDate heldOn;
        @NotNull(message = "rule.oneHead")
        Long headId;
        Set<Long> deputyIds = Set.of();
    }

    private final FollowUpService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final ComboBox<CandidateView> headId = new ComboBox<>();
    private final MultiSelectComboBox<CandidateView> deputyIds = new MultiSelectComboBox<>();

    BoardOfficersForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        RecognitionData data = service.recognition(taskId, AssemblyStep.ELECT_BOARD_OFFICERS);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("officers.hint", data.elected().size())));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.election().getRecognizedOn());
        headId.setLabel(getTranslation("officers.head"));
        headId.setItems(data.elected());
        headId.setItemLabelGenerator(CandidateView::fullName);
        deputyIds.setLabel(getTranslation("officers.deputies"));
        deputyIds.setItems(data.elected());
        deputyIds.setItemLabelGenerator(CandidateView::fullName);
        deputyIds.setWidth("30em");
        add(heldOn, headId, deputyIds);
        bind(heldOn, v -> v.heldOn, (v, x) -> v.heldOn = x);
        addSubmit(getTranslation("officers.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.headId = headId.getValue() == null ? null : headId.getValue().staffId();
        v.deputyIds = deputyIds.getValue().stream().map(CandidateView::staffId).collect(Collectors.toSet());
    }

    @Override
    protected void submit(Values v) {
        service.electOfficers(taskId, new Inputs.Officers(v.heldOn, v.headId, v.deputyIds));
    }
}
