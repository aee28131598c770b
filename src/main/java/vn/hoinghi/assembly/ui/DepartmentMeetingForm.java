package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FeedbackService.DepartmentData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Inputs.FeedbackRow;
import vn.hoinghi.assembly.Inputs.RegistrationRow;
import vn.hoinghi.assembly.Inputs.TargetRow;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.tasks.ui.TaskForm;
import vn.hoinghi.tasks.ui.RowList;

/** Hội nghị cấp tổ: attendance, the department's results and targets, feedback on the drafts, emulation. */
class DepartmentMeetingForm extends TaskForm<DepartmentMeetingForm.Values> {

    static final class Values {
        @NotNull(message = "meeting.heldOnRequired")
        LocalDate heldOn;
        @NotEmpty(message = "meeting.noAttendees")
        Set<Long> presentIds = Set.of();
        String secretary;
        @NotBlank(message = "department.resultsRequired")
        String resultsSummary;
        List<@Valid TargetRow> targets = List.of();
        List<@Valid FeedbackRow> feedback = List.of();
        List<@Valid RegistrationRow> registrations = List.of();
        String collectiveTitle;
    }

    static final List<String> INDIVIDUAL_TITLES = List.of("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở",
            "Giáo viên dạy giỏi cấp trường", "Nhân viên hoàn thành xuất sắc nhiệm vụ");
    static final List<String> COLLECTIVE_TITLES = List.of("Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc");

    private final FeedbackService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final MultiSelectComboBox<StaffInfo> presentIds;
    private final TextField secretary = new TextField();
    private final TextArea resultsSummary;
    private final RowList<TargetLine, TargetRow> targets;
    private final RowList<FeedbackLine, FeedbackRow> feedback;
    private final RowList<RegistrationLine, RegistrationRow> registrations;
    private final ComboBox<String> collectiveTitle = new ComboBox<>();

    DepartmentMeetingForm(FeedbackService service, vn.hoinghi.assembly.PreparationService preparation, String taskId,
                          Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        DepartmentData data = service.department(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(new H3(data.department().name()));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.assembly().getGroupMeetingsOn());
        presentIds = FormSupport.people(getTranslation("meeting.present"), data.members(),
                FormSupport.ids(new java.util.HashSet<>(data.members())));
        secretary.setLabel(getTranslation("department.secretary"));
        secretary.setWidth("20em");
        resultsSummary = FormSupport.area(getTranslation("department.results"), "");
        targets = new RowList<>(TargetLine::new, getTranslation("department.addTarget"));
        feedback = new RowList<>(() -> new FeedbackLine(data.drafts().stream().map(DraftView::kind).toList()),
                getTranslation("department.addFeedback"));
        registrations = new RowList<>(() -> new RegistrationLine(data.members()),
                getTranslation("department.addRegistration"));
        collectiveTitle.setLabel(getTranslation("department.collectiveTitle"));
        collectiveTitle.setItems(COLLECTIVE_TITLES);
        collectiveTitle.setAllowCustomValue(true);
        collectiveTitle.addCustomValueSetListener(e -> collectiveTitle.setValue(e.getDetail()));
        collectiveTitle.setWidth("22em");
        add(new H3(getTranslation("department.drafts")),
                DraftTexts.of(this, preparation, data.assembly().getId(), preparation.draftsToRead(data.assembly().getId())));
        add(heldOn, presentIds, secretary, resultsSummary,
                new H3(getTranslation("department.targets")), targets,
                new H3(getTranslation("department.feedback")), feedback,
                new H3(getTranslation("department.registrations")), registrations, collectiveTitle);
        bind(heldOn, v -> v.heldOn, (v, x) -> v.heldOn = x);
        bind(secretary, v -> v.secretary, (v, x) -> v.secretary = x);
        bind(resultsSummary, v -> v.resultsSummary, (v, x) -> v.resultsSummary = x);
        bind(collectiveTitle, v -> v.collectiveTitle, (v, x) -> v.collectiveTitle = x);
        addSubmit(getTranslation("department.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.presentIds = FormSupport.ids(presentIds.getValue());
        v.targets = targets.values();
        v.feedback = feedback.values();
        v.registrations = registrations.values();
    }

    @Override
    protected void submit(Values v) {
        service.recordDepartment(taskId, new Inputs.DepartmentMeeting(v.heldOn, v.presentIds, v.secretary,
                v.resultsSummary, v.targets, v.feedback, v.registrations, v.collectiveTitle));
    }

    private class TargetLine extends HorizontalLayout implements RowList.Row<TargetRow> {
        final TextField description = new TextField(getTranslation("department.targetDescription"));
        final TextField value = new TextField(getTranslation("department.targetValue"));

        TargetLine() {
            description.setWidth("28em");
            add(description, value);
        }

        @Override
        public TargetRow value() {
            return description.isEmpty() && value.isEmpty() ? null
                    : new TargetRow(description.getValue(), value.getValue());
        }
    }

    private class RegistrationLine extends HorizontalLayout implements RowList.Row<RegistrationRow> {
        final ComboBox<StaffInfo> staffId;
        final ComboBox<String> title = new ComboBox<>(getTranslation("department.title"));

        RegistrationLine(List<StaffInfo> members) {
            staffId = FormSupport.person(getTranslation("department.member"), members);
            title.setItems(INDIVIDUAL_TITLES);
            title.setAllowCustomValue(true);
            title.addCustomValueSetListener(e -> title.setValue(e.getDetail()));
            title.setWidth("22em");
            add(staffId, title);
        }

        @Override
        public RegistrationRow value() {
            return staffId.getValue() == null && title.isEmpty() ? null
                    : new RegistrationRow(staffId.getValue() == null ? null : staffId.getValue().id(), title.getValue());
        }
    }
}
