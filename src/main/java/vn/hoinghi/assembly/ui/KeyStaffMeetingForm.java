package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Inputs.Candidate;
import vn.hoinghi.assembly.Inputs.DraftReview;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.assembly.PreparationService.KeyStaffData;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.tasks.ui.TaskForm;
import vn.hoinghi.tasks.ui.RowList;

/** Hội nghị cán bộ chủ chốt: review each draft, approve the programme, nominate board candidates. */
class KeyStaffMeetingForm extends TaskForm<KeyStaffMeetingForm.Values> {

    static final class Values {
        @NotNull(message = "meeting.heldOnRequired")
        LocalDate heldOn;
        @NotEmpty(message = "meeting.noAttendees")
        Set<Long> attendeeIds = Set.of();
        boolean programmeApproved;
        String notes;
        List<DraftReview> reviews = List.of();
        List<@Valid Candidate> candidates = List.of();
    }

    private final PreparationService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final MultiSelectComboBox<StaffInfo> attendeeIds;
    private final Checkbox programmeApproved = new Checkbox();
    private final TextArea notes;
    private final List<ReviewRow> reviews = new ArrayList<>();
    private RowList<CandidateRow, Candidate> candidates;

    KeyStaffMeetingForm(PreparationService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        KeyStaffData data = service.keyStaff(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.assembly().getKeyStaffOn());
        attendeeIds = FormSupport.people(getTranslation("meeting.attendees"), data.staff(), data.suggestedAttendees());
        add(heldOn, attendeeIds, new H3(getTranslation("keyStaff.drafts")));
        for (DraftView d : data.drafts()) {
            ReviewRow row = new ReviewRow(d);
            reviews.add(row);
            add(row);
        }
        programmeApproved.setLabel(getTranslation("keyStaff.programmeApproved"));
        add(programmeApproved);
        if (data.assembly().isElectBoard()) {
            add(new H3(getTranslation("keyStaff.candidates")),
                    FormSupport.hint(getTranslation("keyStaff.candidatesHint", data.assembly().getBoardSeats())));
            candidates = new RowList<>(() -> new CandidateRow(data.staff(), data.assembly().getKeyStaffOn()),
                    getTranslation("keyStaff.addCandidate"));
            for (Candidate c : data.candidates()) {
                CandidateRow row = candidates.addRow();
                data.staff().stream().filter(s -> s.id() == c.staffId()).findFirst().ifPresent(row.staffId::setValue);
                row.consent.setValue(c.consent());
                row.consentOn.setValue(c.consentOn());
            }
            add(candidates);
        }
        notes = FormSupport.area(getTranslation("meeting.notes"), "");
        add(notes);
        bind(heldOn, v -> v.heldOn, (v, x) -> v.heldOn = x);
        bind(programmeApproved, v -> v.programmeApproved, (v, x) -> v.programmeApproved = x);
        bind(notes, v -> v.notes, (v, x) -> v.notes = x);
        addSubmit(getTranslation("keyStaff.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.attendeeIds = FormSupport.ids(attendeeIds.getValue());
        v.reviews = reviews.stream().map(ReviewRow::value).toList();
        v.candidates = candidates == null ? List.of() : candidates.values();
    }

    @Override
    protected void submit(Values v) {
        service.recordKeyStaff(taskId, new Inputs.KeyStaff(v.heldOn, v.attendeeIds, v.programmeApproved, v.notes,
                v.reviews, v.candidates));
    }

    private class ReviewRow extends VerticalLayout {
        final long draftId;
        final Checkbox accept = new Checkbox();
        final TextField comment = new TextField();

        ReviewRow(DraftView d) {
            draftId = d.id();
            setPadding(false);
            setSpacing(false);
            Pre text = new Pre(d.latestContent());
            text.getStyle().set("white-space", "pre-wrap");
            Details details = new Details(getTranslation(d.kind().messageKey()) + " – " + d.authorName()
                    + " (" + getTranslation("draft.versions", d.versions()) + ")", text);
            accept.setLabel(getTranslation("keyStaff.accept"));
            accept.setValue(true);
            comment.setPlaceholder(getTranslation("keyStaff.comment"));
            comment.setWidth("30em");
            comment.setAriaLabel(getTranslation("keyStaff.comment"));
            HorizontalLayout line = new HorizontalLayout(accept, comment);
            line.setAlignItems(Alignment.CENTER);
            add(details, line);
        }

        DraftReview value() {
            return new DraftReview(draftId, accept.getValue(), comment.getValue());
        }
    }

    private class CandidateRow extends HorizontalLayout implements RowList.Row<Candidate> {
        final ComboBox<StaffInfo> staffId;
        final Checkbox consent = new Checkbox();
        final DatePicker consentOn;

        CandidateRow(List<StaffInfo> staff, LocalDate defaultDate) {
            staffId = FormSupport.person(getTranslation("keyStaff.candidate"), staff);
            consent.setLabel(getTranslation("keyStaff.consent"));
            consentOn = FormSupport.date(getTranslation("keyStaff.consentOn"), defaultDate);
            add(staffId, consent, consentOn);
            setAlignItems(Alignment.END);
        }

        @Override
        public Candidate value() {
            if (staffId.getValue() == null) {
                return null;
            }
            return new Candidate(staffId.getValue().id(), consent.getValue(), consentOn.getValue());
        }
    }
}
