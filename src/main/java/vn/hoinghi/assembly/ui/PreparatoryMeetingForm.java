package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Inputs.DraftAssignment;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.PreparatoryData;
import vn.hoinghi.school.StaffInfo;

/** Hội nghị trù bị: who came, the organising committee, and who drafts what by when. */
class PreparatoryMeetingForm extends TaskForm {

    private final PreparationService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final MultiSelectComboBox<StaffInfo> attendees;
    private final TextArea committee;
    private final TextArea notes;
    private final RowList<AssignmentRow, DraftAssignment> assignments;

    PreparatoryMeetingForm(PreparationService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        PreparatoryData data = service.preparatory(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("preparatory.hint")));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.assembly().getPreparatoryOn());
        attendees = FormSupport.people(getTranslation("meeting.attendees"), data.staff(), data.suggestedAttendees());
        committee = FormSupport.area(getTranslation("preparatory.committee"), "");
        notes = FormSupport.area(getTranslation("meeting.notes"), "");
        assignments = new RowList<>(() -> new AssignmentRow(data.staff()), getTranslation("preparatory.addDraft"));
        for (DraftAssignment a : data.suggestedAssignments()) {
            AssignmentRow row = assignments.addRow();
            row.kind.setValue(a.kind());
            data.staff().stream().filter(s -> s.id() == (a.authorId() == null ? -1 : a.authorId())).findFirst()
                    .ifPresent(row.author::setValue);
            row.due.setValue(a.dueOn());
        }
        add(heldOn, attendees, committee, new H3(getTranslation("preparatory.drafts")), assignments, notes);
        addSubmit(getTranslation("preparatory.submit"));
    }

    @Override
    protected void submit() {
        service.recordPreparatory(taskId, new Inputs.Preparatory(heldOn.getValue(), FormSupport.ids(attendees.getValue()),
                committee.getValue(), notes.getValue(), assignments.values()));
    }

    private class AssignmentRow extends HorizontalLayout implements RowList.Row<DraftAssignment> {
        final Select<DraftKind> kind = new Select<>();
        final ComboBox<StaffInfo> author;
        final DatePicker due = FormSupport.date(getTranslation("preparatory.dueOn"), null);

        AssignmentRow(List<StaffInfo> staff) {
            kind.setLabel(getTranslation("preparatory.draftKind"));
            kind.setItems(DraftKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            kind.setWidth("22em");
            author = FormSupport.person(getTranslation("preparatory.author"), staff);
            add(kind, author, due);
            setAlignItems(Alignment.END);
        }

        @Override
        public DraftAssignment value() {
            if (kind.getValue() == null && author.getValue() == null && due.getValue() == null) {
                return null;
            }
            return new DraftAssignment(kind.getValue(), author.getValue() == null ? null : author.getValue().id(),
                    due.getValue());
        }
    }
}
