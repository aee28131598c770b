package vn.hoinghi.assembly.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.tasks.TaskInbox;

/** A task form shows what is refused under the field it concerns, in Vietnamese, and keeps the task open. */
class TaskFormErrorsIT extends KaribuSupport {

    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;

    /** An assembly of the year (no other test uses 2016 or 2017) whose plenary checked in 20 people. */
    private String sessionTask(int y) {
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        walk.launch(y + "-" + (y + 1), AssemblyKind.REGULAR, LocalDate.of(y, 9, 18), LocalDate.of(y, 9, 19),
                LocalDate.of(y, 9, 20), LocalDate.of(y, 9, 25), LocalDate.of(y, 9, 29), false);
        walk.preparatoryMeeting(LocalDate.of(y, 9, 18));
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(LocalDate.of(y, 9, 25), 20);
        String task = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        login("thuky");
        UI.getCurrent().navigate("task/" + task);
        return task;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static List<IntegerField> counts(String labelKey) {
        return _find(IntegerField.class, spec -> spec.withLabel(t(labelKey)));
    }

    @Test
    void a_vote_counted_above_the_attendance_is_refused_under_its_count_and_the_task_stays_open() {
        String task = sessionTask(2017);
        _get(TextField.class, spec -> spec.withLabel(t("session.presidium"))).setValue("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh");
        _get(TextField.class, spec -> spec.withLabel(t("session.secretaries"))).setValue("Ngô Thị Thu; Trịnh Thị Hoa");
        _get(TextArea.class, spec -> spec.withLabel(t("session.resolutionText"))).setValue("Nghị quyết năm học.");
        for (int row = 0; row < counts("vote.for").size(); row++) {
            counts("vote.for").get(row).setValue(row == 0 ? 15 : 20);
            counts("vote.against").get(row).setValue(row == 0 ? 5 : 0);
            counts("vote.abstain").get(row).setValue(row == 0 ? 5 : 0);
        }

        ButtonKt._click(_get(Button.class, spec -> spec.withText(t("session.submit"))));

        IntegerField refused = counts("vote.for").get(0);
        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getErrorMessage())
                .isEqualTo("Tổng số tán thành, không tán thành và không biểu quyết (25) vượt quá số người dự họp (20).");
        assertThat(counts("vote.for").subList(1, counts("vote.for").size())).noneMatch(IntegerField::isInvalid);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);

        // corrected, the message goes away with the edit
        refused.setValue(10);
        assertThat(refused.isInvalid()).isFalse();
    }

    @Test
    void a_required_field_left_empty_is_marked_before_anything_is_sent() {
        String task = sessionTask(2016);
        ButtonKt._click(_get(Button.class, spec -> spec.withText(t("session.submit"))));

        TextField presidium = _get(TextField.class, spec -> spec.withLabel(t("session.presidium")));
        assertThat(presidium.isInvalid()).isTrue();
        assertThat(presidium.getErrorMessage()).isEqualTo("Hãy ghi Chủ tịch đoàn và thư ký hội nghị.");
        TextArea resolution = _get(TextArea.class, spec -> spec.withLabel(t("session.resolutionText")));
        assertThat(resolution.isInvalid()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void a_second_round_naming_a_candidate_who_was_not_tied_is_refused_at_the_list_of_candidates() {
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        int y = 1995;
        walk.launch(y + "-" + (y + 1), AssemblyKind.REGULAR, LocalDate.of(y, 9, 18), LocalDate.of(y, 9, 19),
                LocalDate.of(y, 9, 20), LocalDate.of(y, 9, 25), LocalDate.of(y, 9, 29), true);
        walk.preparatoryMeeting(LocalDate.of(y, 9, 18));
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(LocalDate.of(y, 9, 25), 20);
        String session = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        plenary.recordSession(session, new vn.hoinghi.assembly.Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức; Mai Văn Tuấn", List.of(),
                List.of(new vn.hoinghi.assembly.Inputs.VoteRow(vn.hoinghi.assembly.VoteSubject.RESOLUTION, null, 19, 0, 1)),
                "Nghị quyết", null));
        String task = walk.onlyTaskOf("thuky", AssemblyStep.BOARD_ELECTION.taskId());
        var c = walk.candidates;
        plenary.recordElection(task, new vn.hoinghi.assembly.Inputs.Election(20, 20, 19, 1,
                java.util.Map.of(c.get(0).id(), 18, c.get(1).id(), 15, c.get(2).id(), 12, c.get(3).id(), 12)));
        login("thuky");
        UI.getCurrent().navigate("task/" + task);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<PlenaryService.CandidateView> onBallot =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                        spec -> spec.withLabel(t("election.onBallot")));
        assertThat(onBallot.getValue()).extracting(PlenaryService.CandidateView::staffId)
                .containsExactlyInAnyOrder(c.get(2).id(), c.get(3).id());
        // the secretary adds the first candidate, elected in round 1 and not tied
        java.util.Set<PlenaryService.CandidateView> more = new java.util.HashSet<>(onBallot.getValue());
        onBallot.getListDataView().getItems().filter(v -> v.staffId() == c.get(0).id()).forEach(more::add);
        onBallot.setValue(more);
        _get(IntegerField.class, spec -> spec.withLabel(t("election.issued"))).setValue(20);
        _get(IntegerField.class, spec -> spec.withLabel(t("election.received"))).setValue(20);
        _get(IntegerField.class, spec -> spec.withLabel(t("election.valid"))).setValue(20);
        _get(IntegerField.class, spec -> spec.withLabel(t("election.invalid"))).setValue(0);
        for (int i = 0; i < 3; i++) {
            int n = i;
            _get(IntegerField.class, spec -> spec.withLabel(c.get(n == 0 ? 0 : n + 1).fullName())).setValue(10 - n);
        }
        ButtonKt._click(_get(Button.class, spec -> spec.withText(t("election.submitRound"))));

        assertThat(onBallot.isInvalid()).isTrue();
        assertThat(onBallot.getErrorMessage()).isEqualTo(c.get(0).fullName() + " không bằng phiếu ở vị trí cuối nên"
                + " không được bầu ở vòng này. Vòng này chỉ gồm những người bằng phiếu.");
        assertThat(plenary.election(task).rounds()).as("nothing saved").hasSize(1);
    }
}
