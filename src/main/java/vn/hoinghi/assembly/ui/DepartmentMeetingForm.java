package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FeedbackService.DepartmentData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Inputs.FeedbackRow;
import vn.hoinghi.assembly.Inputs.RegistrationRow;
import vn.hoinghi.assembly.Inputs.TargetRow;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.school.StaffInfo;

/** Hội nghị cấp tổ: attendance, the department's results and targets, feedback on the drafts, emulation. */
class DepartmentMeetingForm extends TaskForm {

    static final List<String> INDIVIDUAL_TITLES = List.of("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở",
            "Giáo viên dạy giỏi cấp trường", "Nhân viên hoàn thành xuất sắc nhiệm vụ");
    static final List<String> COLLECTIVE_TITLES = List.of("Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc");

    private final FeedbackService service;
    private final String taskId;
    private final DatePicker heldOn;
    private final MultiSelectComboBox<StaffInfo> present;
    private final TextField secretary = new TextField();
    private final TextArea results;
    private final RowList<TargetLine, TargetRow> targets;
    private final RowList<FeedbackLine, FeedbackRow> feedback;
    private final RowList<RegistrationLine, RegistrationRow> registrations;
    private final ComboBox<String> collective = new ComboBox<>();

    DepartmentMeetingForm(FeedbackService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        DepartmentData data = service.department(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(new H3(data.department().name()));
        heldOn = FormSupport.date(getTranslation("meeting.heldOn"), data.assembly().getGroupMeetingsOn());
        present = FormSupport.people(getTranslation("meeting.present"), data.members(),
                FormSupport.ids(new java.util.HashSet<>(data.members())));
        secretary.setLabel(getTranslation("department.secretary"));
        secretary.setWidth("20em");
        results = FormSupport.area(getTranslation("department.results"), "");
        targets = new RowList<>(TargetLine::new, getTranslation("department.addTarget"));
        feedback = new RowList<>(() -> new FeedbackLine(data.drafts().stream().map(DraftView::kind).toList()),
                getTranslation("department.addFeedback"));
        registrations = new RowList<>(() -> new RegistrationLine(data.members()),
                getTranslation("department.addRegistration"));
        collective.setLabel(getTranslation("department.collectiveTitle"));
        collective.setItems(COLLECTIVE_TITLES);
        collective.setAllowCustomValue(true);
        collective.addCustomValueSetListener(e -> collective.setValue(e.getDetail()));
        collective.setWidth("22em");
        add(heldOn, present, secretary, results,
                new H3(getTranslation("department.targets")), targets,
                new H3(getTranslation("department.feedback")), feedback,
                new H3(getTranslation("department.registrations")), registrations, collective);
        addSubmit(getTranslation("department.submit"));
    }

    @Override
    protected void submit() {
        service.recordDepartment(taskId, new Inputs.DepartmentMeeting(heldOn.getValue(),
                FormSupport.ids(present.getValue()), secretary.getValue(), results.getValue(), targets.values(),
                feedback.values(), registrations.values(), collective.getValue()));
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
        final ComboBox<StaffInfo> person;
        final ComboBox<String> title = new ComboBox<>(getTranslation("department.title"));

        RegistrationLine(List<StaffInfo> members) {
            person = FormSupport.person(getTranslation("department.member"), members);
            title.setItems(INDIVIDUAL_TITLES);
            title.setAllowCustomValue(true);
            title.addCustomValueSetListener(e -> title.setValue(e.getDetail()));
            title.setWidth("22em");
            add(person, title);
        }

        @Override
        public RegistrationRow value() {
            return person.getValue() == null && title.isEmpty() ? null
                    : new RegistrationRow(person.getValue() == null ? null : person.getValue().id(), title.getValue());
        }
    }
}
