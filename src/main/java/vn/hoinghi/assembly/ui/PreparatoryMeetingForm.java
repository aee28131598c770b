package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Inputs.DraftAssignment;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.PreparatoryData;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.tasks.ui.TaskForm;
import vn.hoinghi.tasks.ui.RowList;

/** Hội nghị trù bị: who came, the organising committee, and who drafts what by when. */
class PreparatoryMeetingForm extends TaskForm<PreparatoryMeetingForm.Values> {

    static final class Values {
        @NotNull(message = "meeting.heldOnRequired")
        LocalDate heldOn;
        @NotEmpty(message = "meeting.noAttendees")
        Set<Long> attendeeIds = Set.of();
        String organisingCommittee;
        String notes;
        @NotEmpty(message = "preparatory.noAssignments")
        List<@Valid DraftAssignment> assignments = List.of();
    }

    private final PreparationService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final MultiSelectComboBox<StaffInfo> attendeeIds;
    private final TextArea organisingCommittee;
    private final TextArea notes;
    private final RowList<AssignmentRow, DraftAssignment> assignments;

    PreparatoryMeetingForm(PreparationService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        PreparatoryData data = service.preparatory(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("preparatory.hint")));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.assembly().getPreparatoryOn());
        attendeeIds = FormSupport.people(getTranslation("meeting.attendees"), data.staff(), data.suggestedAttendees());
        organisingCommittee = FormSupport.area(getTranslation("preparatory.committee"), "");
        notes = FormSupport.area(getTranslation("meeting.notes"), "");
        assignments = new RowList<>(() -> new AssignmentRow(data.staff()), getTranslation("preparatory.addDraft"));
        for (DraftAssignment a : data.suggestedAssignments()) {
            AssignmentRow row = assignments.addRow();
            row.kind.setValue(a.kind());
            data.staff().stream().filter(s -> s.id() == (a.authorId() == null ? -1 : a.authorId())).findFirst()
                    .ifPresent(row.authorId::setValue);
            row.dueOn.setValue(a.dueOn());
        }
        add(heldOn, attendeeIds, organisingCommittee, new H3(getTranslation("preparatory.drafts")), assignments, notes);
        bind(heldOn, v -> v.heldOn, (v, x) -> v.heldOn = x);
        bind(organisingCommittee, v -> v.organisingCommittee, (v, x) -> v.organisingCommittee = x);
        bind(notes, v -> v.notes, (v, x) -> v.notes = x);
        addSubmit(getTranslation("preparatory.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.attendeeIds = FormSupport.ids(attendeeIds.getValue());
        v.assignments = assignments.values();
    }

    @Override
    protected void submit(Values v) {
        service.recordPreparatory(taskId, new Inputs.Preparatory(v.heldOn, v.attendeeIds, v.organisingCommittee,
                v.notes, v.assignments));
    }

    private class AssignmentRow extends HorizontalLayout implements RowList.Row<DraftAssignment> {
        final Select<DraftKind> kind = new Select<>();
        final ComboBox<StaffInfo> authorId;
        final DatePicker dueOn = FormSupport.date(getTranslation("preparatory.dueOn"), null);

        AssignmentRow(List<StaffInfo> staff) {
            kind.setLabel(getTranslation("preparatory.draftKind"));
            kind.setItems(DraftKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            kind.setWidth("22em");
            authorId = FormSupport.person(getTranslation("preparatory.author"), staff);
            add(kind, authorId, dueOn);
            setAlignItems(Alignment.END);
        }

        @Override
        public DraftAssignment value() {
            if (kind.getValue() == null && authorId.getValue() == null && dueOn.getValue() == null) {
                return null;
            }
            return new DraftAssignment(kind.getValue(), authorId.getValue() == null ? null : authorId.getValue().id(),
                    dueOn.getValue());
        }
    }
}
