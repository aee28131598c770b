package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.workflow.AssemblyDates;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.NewStaff;
import vn.hoinghi.school.Position;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.supervision.Tracker;
import vn.hoinghi.supervision.TrackerFilter;
import vn.hoinghi.supervision.TrackerRow;
import vn.hoinghi.supervision.TrackerSort;
import vn.hoinghi.tasks.TaskDrafts;
import vn.hoinghi.tasks.TaskInbox;

/**
 * Real life during an assembly, driven through the services the pages call: people leave and tasks change
 * hands, a department appears after the key-staff meeting, the launch is corrected or cancelled, a form is saved
 * half-filled. Its own context (the property below), since it adds and deactivates people of the demo school.
 */
@SpringBootTest(properties = {"hoinghi.demo-data=true", "spring.application.name=real-life-people"})
class RealLifePeopleIT {

    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired SchoolAdminService admin;
    @Autowired LaunchService launch;
    @Autowired LaunchCorrections corrections;
    @Autowired PeopleChanges people;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired NotificationService notifications;
    @Autowired TaskInbox inbox;
    @Autowired TaskDrafts taskDrafts;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired AuditTrail audit;
    @Autowired Tracker tracker;

    private AssemblyWalk walk;

    @BeforeEach
    void walker() {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_draft_author_who_leaves_hands_the_draft_over_before_the_account_is_deactivated() {
        long id = launchYear(1980);
        // a new teacher writes the emulation report, then leaves before finishing it
        TestUsers.signIn(accounts, "quantri");
        NewStaff form = new NewStaff();
        form.setCode("GV90");
        form.setFullName("Kiều Văn Tạm");
        form.setPosition(Position.GV);
        long leaverId = admin.addStaff(form).staffId();
        TestUsers.signIn(accounts, "hieutruong");
        String prep = walk.onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
        PreparationService.PreparatoryData data = preparation.preparatory(prep);
        List<Inputs.DraftAssignment> assignments = data.suggestedAssignments().stream()
                .map(a -> a.kind() == DraftKind.EMULATION_REPORT
                        ? new Inputs.DraftAssignment(a.kind(), leaverId, a.dueOn()) : a).toList();
        preparation.recordPreparatory(prep, new Inputs.Preparatory(LocalDate.of(1980, 9, 20),
                data.suggestedAttendees(), "Ban tổ chức", "", assignments));

        TestUsers.signIn(accounts, "quantri");
        var held = admin.heldTasks(leaverId);
        assertThat(held).hasSize(1);
        String draftTask = held.get(0).taskId();
        assertThat(held.get(0).eligible()).extracting(StaffInfo::fullName).contains("Nguyễn Thị Ánh")
                .doesNotContain("Kiều Văn Tạm");
        assertThatThrownBy(() -> admin.deactivate(leaverId)).hasMessage("staff.holdsTasks");
        assertThatThrownBy(() -> admin.handOverAndDeactivate(leaverId, Map.of(), "Chuyển công tác"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("holder." + draftTask));
        long giaovien = staffId("giaovien");
        assertThatThrownBy(() -> admin.handOverAndDeactivate(leaverId, Map.of(draftTask, giaovien), " "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(directory.staff(leaverId).active()).as("nothing saved half").isTrue();

        admin.handOverAndDeactivate(leaverId, Map.of(draftTask, giaovien), "Chuyển công tác");

        assertThat(directory.staff(leaverId).active()).isFalse();
        assertThat(tasks.createTaskQuery().taskId(draftTask).singleResult().getAssignee()).isEqualTo("giaovien");
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(preparation.drafts(id)).filteredOn(d -> d.kind() == DraftKind.EMULATION_REPORT)
                .extracting(PreparationService.DraftView::authorName).containsExactly("Nguyễn Thị Ánh");
        assertThat(history(id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TASK_REASSIGNED);
            assertThat(e.actorUsername()).isEqualTo("quantri");
            assertThat(e.detail()).contains("Kiều Văn Tạm → Nguyễn Thị Ánh").contains("Chuyển công tác");
        });
        // the new author finds it in the inbox and submits it
        TestUsers.signIn(accounts, "giaovien");
        preparation.submitDraft(walk.onlyTaskOf("giaovien", AssemblyStep.DRAFTING.taskId()), "Báo cáo thi đua");
    }

    @Test
    void a_task_goes_only_to_someone_of_the_school_with_the_role_it_needs_and_with_a_reason() {
        long id = launchYear(1981);
        String prep = walk.onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(people.eligible(prep)).as("only the principal holds the role the task needs")
                .extracting(StaffInfo::fullName).containsExactly("Nguyễn Văn Hùng");
        assertThatThrownBy(() -> people.reassign(prep, staffId("giaovien"), "Ốm"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reassign.roleMissing");
                    assertThat(e.field()).isEqualTo("staffId");
                });
        assertThatThrownBy(() -> people.reassign(prep, Long.MAX_VALUE, "Ốm"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reassign.otherSchool");
                    assertThat(e.field()).isEqualTo("staffId");
                });
        walk.preparatoryMeeting(LocalDate.of(1981, 9, 20));
        // a draft given by name can go to any colleague, with a reason
        Task financeDraft = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskAssignee("ketoan").list().get(0);
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> people.reassign(financeDraft.getId(), staffId("phohieutruong"), ""))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        people.reassign(financeDraft.getId(), staffId("phohieutruong"), "Kế toán nghỉ phép");
        assertThat(tasks.createTaskQuery().taskId(financeDraft.getId()).singleResult().getAssignee())
                .isEqualTo("phohieutruong");
        // nobody but the principal or the administrator reassigns
        TestUsers.signIn(accounts, "thuky");
        assertThatThrownBy(() -> people.reassign(financeDraft.getId(), staffId("ketoan"), "x"))
                .hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, "hieutruong");
        cancel(id);
    }

    @Test
    void a_department_added_after_the_key_staff_meeting_gets_its_own_meeting_and_the_consolidation_completes() {
        long id = launchYear(1982);
        walk.preparatoryMeeting(LocalDate.of(1982, 9, 20));
        walk.draftsSubmitted();
        TestUsers.signIn(accounts, "hieutruong");
        walk.keyStaffMeeting();

        // two departments are set up after the meeting: one is given its meeting, one is left out
        TestUsers.signIn(accounts, "quantri");
        long languages = admin.addDepartment("Tổ Ngoại ngữ 1982");
        long sports = admin.addDepartment("Tổ Thể dục 1982");
        long head = staffId("giaovien");
        StaffInfo teacher = directory.staff(head);
        NewStaff move = new NewStaff();
        move.setCode(teacher.code());
        move.setFullName(teacher.fullName());
        move.setPosition(teacher.position());
        move.setDepartmentId(languages);
        admin.updateStaff(head, move);
        admin.assignRole(head, Role.DEPARTMENT_HEAD, languages, null);
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(people.departments(id)).filteredOn(d -> d.status() == null)
                .extracting(PeopleChanges.DepartmentTakingPart::name)
                .containsExactlyInAnyOrder("Tổ Ngoại ngữ 1982", "Tổ Thể dục 1982");

        // two of the four convened departments report; the consolidation counts the convened ones, not today's six
        walk.departmentMeeting("totruongth");
        walk.departmentMeeting("totruongtn");
        TestUsers.signIn(accounts, "ctcongdoan");
        String consolidation = walk.onlyTaskOf("ctcongdoan", AssemblyStep.CONSOLIDATE_FEEDBACK.taskId());
        assertThat(feedback.consolidation(consolidation).departments()).isEqualTo(4);
        assertThat(feedback.consolidation(consolidation).reported()).isEqualTo(2);

        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> people.leaveOut(id, sports, " "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        people.leaveOut(id, sports, "Tổ mới thành lập sau hội nghị cán bộ chủ chốt");
        people.giveMeetingTask(id, languages);
        assertThatThrownBy(() -> people.giveMeetingTask(id, languages)).hasMessage("departmentChange.alreadyCounted");
        walk.departmentMeeting("totruongxh");
        walk.departmentMeeting("totruongvp");
        TestUsers.signIn(accounts, "ctcongdoan");
        assertThat(feedback.consolidation(consolidation).departments()).isEqualTo(5);
        assertThat(feedback.consolidation(consolidation).missing()).containsExactly("Tổ Ngoại ngữ 1982");
        assertThatThrownBy(() -> feedback.consolidate(consolidation, List.of(new Inputs.FeedbackRow(null, "x"))))
                .hasMessage("feedback.departmentsMissing");

        walk.departmentMeeting("giaovien");
        walk.consolidateAndAnswer();
        assertThat(history(id)).extracting(AuditEntry::action)
                .contains(AuditAction.DEPARTMENT_ADDED, AuditAction.DEPARTMENT_LEFT_OUT);

        // the plenary is held: from then on the plan is no longer corrected nor the assembly cancelled
        TestUsers.signIn(accounts, "thuky");
        walk.checkIn(LocalDate.of(1982, 9, 27), 25);
        TestUsers.signIn(accounts, "hieutruong");
        LaunchCorrections.Correction c = LaunchCorrections.Correction.of(corrections.context(id).assembly());
        assertThatThrownBy(() -> corrections.correct(id, withPlenary(c, LocalDate.of(1982, 10, 2))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("correction.afterPlenary");
                    assertThat(e.field()).isEqualTo("plenaryOn");
                });
        assertThatThrownBy(() -> corrections.cancel(id, "Muộn")).hasMessage("correction.afterPlenary");
    }

    @Test
    void a_corrected_launch_moves_the_due_dates_and_tells_the_staff() {
        long id = launchYear(1983);
        TestUsers.signIn(accounts, "hieutruong");
        Assembly a = corrections.context(id).assembly();
        LaunchCorrections.Correction before = LaunchCorrections.Correction.of(a);
        LaunchCorrections.Correction moved = new LaunchCorrections.Correction(LocalDate.of(1983, 9, 22),
                LocalDate.of(1983, 9, 23), LocalDate.of(1983, 9, 24), LocalDate.of(1983, 9, 30),
                before.filingDeadline(), before.mode(), false, null, false);
        corrections.correct(id, moved);

        Task prep = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(prep.getDueDate()).isEqualTo(AssemblyDates.endOf(LocalDate.of(1983, 9, 22)));
        TestUsers.signIn(accounts, "giaovien");
        assertThat(notifications.mine()).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.launchCorrected");
            assertThat(n.args()).contains("30/09/1983");
        });
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(history(id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DATES_CHANGED);
            assertThat(e.detail()).contains("Hội nghị toàn thể: 28/09/1983 → 30/09/1983");
        });

        // bad input is refused at its field, and nothing changes
        assertThatThrownBy(() -> corrections.correct(id, new LaunchCorrections.Correction(LocalDate.of(1983, 9, 22),
                LocalDate.of(1983, 9, 21), moved.groupMeetingsOn(), moved.plenaryOn(), moved.filingDeadline(),
                moved.mode(), false, null, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("correction.datesOrder");
                    assertThat(e.field()).isEqualTo("keyStaffOn");
                });
        assertThatThrownBy(() -> corrections.correct(id, new LaunchCorrections.Correction(moved.preparatoryOn(),
                moved.keyStaffOn(), moved.groupMeetingsOn(), moved.plenaryOn(), moved.filingDeadline(),
                AssemblyMode.DELEGATES, false, null, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("mode"));
        assertThat(corrections.context(id).assembly().getKeyStaffOn()).isEqualTo(LocalDate.of(1983, 9, 23));
        TestUsers.signIn(accounts, "thuky");
        assertThatThrownBy(() -> corrections.correct(id, moved)).hasMessage("error.accessDenied");

        // once the preparatory meeting is held its date stays; later dates still move
        walk.preparatoryMeeting(LocalDate.of(1983, 9, 22));
        TestUsers.signIn(accounts, "hieutruong");
        assertThatThrownBy(() -> corrections.correct(id, withPreparatory(moved, LocalDate.of(1983, 9, 21))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("correction.alreadyHeld");
                    assertThat(e.field()).isEqualTo("preparatoryOn");
                });
        cancel(id);
    }

    @Test
    void a_cancelled_assembly_ends_frees_its_year_and_the_body_sees_it_cancelled_with_the_reason() {
        long id = launchYear(1984);
        TestUsers.signIn(accounts, "hieutruong");
        // the next year is refused while this one is before its plenary, unless the principal confirms
        LaunchForm next = form(1985);
        next.setPreviousOpenConfirmed(false);
        assertThatThrownBy(() -> launch.launch(next))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("launch.previousBeforePlenary");
                    assertThat(e.field()).isEqualTo("previousOpenConfirmed");
                });
        assertThatThrownBy(() -> corrections.cancel(id, "  "))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cancel.reasonRequired");
                    assertThat(e.field()).isEqualTo("reason");
                });
        String pid = corrections.context(id).assembly().getProcessInstanceId();
        corrections.cancel(id, "Sai năm học khi phát động");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
        assertThat(corrections.context(id).assembly().getStage()).isEqualTo(Stage.CANCELLED);
        assertThat(history(id)).extracting(AuditEntry::action).contains(AuditAction.ASSEMBLY_CANCELLED);
        TestUsers.signIn(accounts, "chuyenvien");
        TrackerRow row = trackerRow("1984-1985");
        assertThat(row.stage()).isEqualTo(Stage.CANCELLED);
        assertThat(row.cancelReason()).isEqualTo("Sai năm học khi phát động");
        assertThat(notifications.mine()).anySatisfy(n ->
                assertThat(n.messageKey()).isEqualTo("notification.assemblyCancelledBody"));

        // the year is free again, and the new launch is what the body tracks
        TestUsers.signIn(accounts, "hieutruong");
        long again = launch.launch(form(1984));
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(trackerRow("1984-1985").assemblyId()).isEqualTo(again);
        assertThat(trackerRow("1984-1985").stage()).isEqualTo(Stage.PREPARATORY);
        TestUsers.signIn(accounts, "hieutruong");
        cancel(again);
    }

    @Test
    void a_form_saved_half_filled_is_reopened_with_its_text_and_forgotten_once_the_task_is_done() {
        long id = launchYear(1986);
        walk.preparatoryMeeting(LocalDate.of(1986, 9, 20));
        String draft = walk.onlyTaskOf("hieutruong", AssemblyStep.DRAFTING.taskId());
        taskDrafts.save(draft, "f.0=s:Báo cáo đang viết dở");
        assertThat(taskDrafts.find(draft)).get().satisfies(d -> {
            assertThat(d.content()).contains("Báo cáo đang viết dở");
            assertThat(d.savedBy()).isEqualTo("hieutruong");
        });
        assertThat(history(id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.TASK_SAVED);
            assertThat(e.taskId()).isEqualTo(draft);
        });
        TestUsers.signIn(accounts, "giaovien");
        assertThatThrownBy(() -> taskDrafts.find(draft)).hasMessage("task.notYours");
        assertThatThrownBy(() -> taskDrafts.save(draft, "x")).hasMessage("task.notYours");

        TestUsers.signIn(accounts, "hieutruong");
        preparation.submitDraft(draft, "Báo cáo hoàn chỉnh");
        assertThatThrownBy(() -> taskDrafts.find(draft)).hasMessage("task.gone");
        cancel(id);
    }

    private long launchYear(int year) {
        TestUsers.signIn(accounts, "hieutruong");
        long id = launch.launch(form(year));
        walk.setAssembly(id, accounts.findUser("hieutruong").orElseThrow().schoolId());
        return id;
    }

    private static LaunchForm form(int year) {
        LaunchForm f = new LaunchForm();
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear(year + "-" + (year + 1));
        f.setKind(AssemblyKind.REGULAR);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(LocalDate.of(year, 9, 20));
        f.setKeyStaffOn(LocalDate.of(year, 9, 21));
        f.setGroupMeetingsOn(LocalDate.of(year, 9, 22));
        f.setPlenaryOn(LocalDate.of(year, 9, 28));
        f.setFilingDeadline(LocalDate.of(year, 10, 5));
        f.setElectBoard(false);
        return f;
    }

    private void cancel(long id) {
        TestUsers.signIn(accounts, "hieutruong");
        corrections.cancel(id, "Hết phần kiểm thử");
    }

    private List<AuditEntry> history(long id) {
        Assembly a = corrections.context(id).assembly();
        return audit.forSubject(AuditSubject.assembly(id, a.getSchoolId(), a.getProcessInstanceId()));
    }

    private TrackerRow trackerRow(String year) {
        long schoolId = accounts.findUser("hieutruong").orElseThrow().schoolId();
        return tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 500).stream()
                .filter(r -> r.schoolId() == schoolId).findFirst().orElseThrow();
    }

    private long staffId(String username) {
        return accounts.findUser(username).orElseThrow().staffId();
    }

    private static LaunchCorrections.Correction withPlenary(LaunchCorrections.Correction c, LocalDate plenaryOn) {
        return new LaunchCorrections.Correction(c.preparatoryOn(), c.keyStaffOn(), c.groupMeetingsOn(), plenaryOn,
                c.filingDeadline().isBefore(plenaryOn) ? plenaryOn : c.filingDeadline(), c.mode(), c.electBoard(),
                c.boardSeats(), c.largerBoardDecided());
    }

    private static LaunchCorrections.Correction withPreparatory(LaunchCorrections.Correction c, LocalDate on) {
        return new LaunchCorrections.Correction(on, c.keyStaffOn(), c.groupMeetingsOn(), c.plenaryOn(),
                c.filingDeadline(), c.mode(), c.electBoard(), c.boardSeats(), c.largerBoardDecided());
    }
}
