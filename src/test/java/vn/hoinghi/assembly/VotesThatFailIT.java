package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.Inputs.VoteRow;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentRef;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.tasks.TaskInbox;

/**
 * Votes that fail, driven through the services as the secretary and the principal would: an item or the
 * resolution without more than half of those attending is recorded as not adopted; an amended text is put
 * again in the same sitting; without the resolution the principal sets a continuation and the check-in starts
 * again. Each assembly uses a school year of its own (1990-1994) so the one-regular-a-year rule never meets.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class VotesThatFailIT {

    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired AssemblyQueries queries;
    @Autowired DocumentService documents;
    @Autowired vn.hoinghi.audit.AuditTrail audit;

    AssemblyWalk walk;

    @BeforeEach
    void setUp() {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Launch to the plenary session of a year, 20 of the 30 staff checked in. */
    private String toSession(int year, boolean electBoard) {
        LocalDate start = LocalDate.of(year, 9, 21);
        walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, start, start.plusDays(1), start.plusDays(2),
                start.plusDays(7), start.plusDays(11), electBoard);
        walk.preparatoryMeeting(start);
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(start.plusDays(7), 20);
        return walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
    }

    private static Inputs.Session session(List<VoteRow> votes, String rules) {
        return new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh", "Ngô Thị Thu; Trịnh Thị Hoa",
                "Vũ Văn Đức; Mai Văn Tuấn", List.of(), votes, "Nghị quyết bản đầu: phấn đấu 100% học sinh lên lớp.",
                rules);
    }

    @Test
    void a_resolution_that_fails_is_amended_and_adopted_on_the_second_vote_and_the_minutes_keep_both_rounds() {
        String task = toSession(1990, false);
        // 10 of 20 is not more than half: not adopted, kept with its counts; the spending rules pass
        PlenaryService.SessionOutcome first = plenary.recordSession(task, session(List.of(
                new VoteRow(VoteSubject.SPENDING_RULES, null, 15, 5, 0),
                new VoteRow(VoteSubject.REGULATIONS, null, 16, 4, 0),
                new VoteRow(VoteSubject.RESOLUTION, null, 10, 8, 2)), "Quy chế làm việc đã được hội nghị sửa.\nĐiều 1. Phạm vi."));
        assertThat(first.completed()).isFalse();
        assertThat(first.resolutionAdopted()).isFalse();
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the session stays open").isEqualTo(1);
        PlenaryService.SessionData data = plenary.session(task);
        assertThat(data.counted()).isTrue();
        Vote failed = data.notAdopted().get(0);
        assertThat(failed.getSubject()).isEqualTo(VoteSubject.RESOLUTION);
        assertThat(failed.getVotesFor()).isEqualTo(10);

        // a re-vote counted above the attendance is refused at its count; nothing is saved
        assertThatThrownBy(() -> plenary.revote(task, new Inputs.Revote(failed.getId(), "Nghị quyết đã sửa", 15, 5, 1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rule.votesExceedAttending");
                    assertThat(e.field()).isEqualTo("votesFor");
                });
        assertThatThrownBy(() -> plenary.revote(task, new Inputs.Revote(failed.getId(), failed.getVotedText(), 15, 5, 0)))
                .hasMessage("revote.textUnchanged");
        assertThat(plenary.session(task).votes()).hasSize(3);

        PlenaryService.SessionOutcome second = plenary.revote(task, new Inputs.Revote(failed.getId(),
                "Nghị quyết đã sửa: phấn đấu 98% học sinh lên lớp, bổ sung chỉ tiêu chuyển đổi số.", 14, 4, 2));
        assertThat(second.completed()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();

        TestUsers.signIn(accounts, "hieutruong");
        AssemblyQueries.Overview o = queries.overview(walk.assemblyId);
        PlenaryInfo record = o.plenary().orElseThrow();
        assertThat(record.resolutionAdopted()).isTrue();
        assertThat(record.resolutionText()).startsWith("Nghị quyết đã sửa");
        var trail = audit.forSubject(vn.hoinghi.audit.AuditSubject.assembly(walk.assemblyId, walk.schoolId,
                o.assembly().processInstanceId()));
        assertThat(trail).filteredOn(e -> e.action() == vn.hoinghi.audit.AuditAction.SESSION_VOTES_RECORDED)
                .singleElement().satisfies(e -> {
                    assertThat(e.actorUsername()).isEqualTo("thuky");
                    assertThat(e.detail()).contains("Thông qua nghị quyết, lần 1: 10/20 tán thành – Chưa thông qua");
                });
        assertThat(trail).filteredOn(e -> e.action() == vn.hoinghi.audit.AuditAction.REVOTE_RECORDED)
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("Thông qua nghị quyết, lần 2: 14/20 tán thành – Thông qua"));
        assertThat(o.votes()).filteredOn(v -> v.subject() == VoteSubject.RESOLUTION)
                .extracting(VoteInfo::round, VoteInfo::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        String minutes = docx(DocumentRef.of(DocumentKind.PLENARY_MINUTES));
        assertThat(minutes).contains("Không thông qua", "(biểu quyết lần 2)", "Nghị quyết đã sửa: phấn đấu 98%",
                "Ban kiểm phiếu: Vũ Văn Đức; Mai Văn Tuấn");
        String resolution = docx(DocumentRef.of(DocumentKind.RESOLUTION));
        assertThat(resolution).contains("phấn đấu 98% học sinh lên lớp").doesNotContain("Nghị quyết bản đầu");
        // the working rules issued are the text the plenary adopted, not the draft
        assertThat(docx(DocumentRef.of(DocumentKind.WORKING_RULES))).contains("Quy chế làm việc đã được hội nghị sửa.")
                .doesNotContain("Nội dung dự thảo của");
    }

    @Test
    void a_resolution_that_still_fails_goes_to_a_continuation_session_that_checks_in_again() {
        String task = toSession(1991, false);
        plenary.recordSession(task, session(List.of(new VoteRow(VoteSubject.RESOLUTION, null, 9, 9, 2)), null));
        Vote failed = plenary.session(task).notAdopted().get(0);
        assertThat(plenary.revote(task, new Inputs.Revote(failed.getId(), "Nghị quyết sửa lần 1", 10, 10, 0))
                .completed()).isFalse();
        assertThat(plenary.closeSession(task)).as("closed without the resolution").isFalse();

        String continuation = walk.onlyTaskOf("hieutruong", AssemblyStep.SCHEDULE_CONTINUATION.taskId());
        PlenaryService.ContinuationData data = plenary.continuation(continuation);
        assertThat(data.resolution().orElseThrow().getRound()).isEqualTo(2);
        assertThatThrownBy(() -> plenary.recordContinuation(continuation,
                new Inputs.Continuation(LocalDate.of(1991, 9, 28), "Sửa dự thảo")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("continueOn"));
        assertThatThrownBy(() -> plenary.recordContinuation(continuation,
                new Inputs.Continuation(LocalDate.of(1991, 10, 5), " ")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        plenary.recordContinuation(continuation, new Inputs.Continuation(LocalDate.of(1991, 10, 5),
                "Ban soạn thảo sửa nghị quyết theo ý kiến thảo luận"));

        // the continuation is a new sitting: its first convocation, checked in again
        String checkIn = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_CHECK_IN.taskId());
        assertThat(plenary.checkIn(checkIn).convocation()).isEqualTo(1);
        walk.checkIn(LocalDate.of(1991, 10, 5), 22);
        String again = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        PlenaryService.SessionData second = plenary.session(again);
        assertThat(second.counted()).as("the new sitting starts uncounted").isFalse();
        assertThat(second.meeting().getSitting()).isEqualTo(2);
        assertThat(second.earlierSittings()).hasSize(1);
        assertThat(plenary.recordSession(again, session(List.of(new VoteRow(VoteSubject.RESOLUTION, null, 20, 1, 1)),
                null)).completed()).isTrue();

        TestUsers.signIn(accounts, "hieutruong");
        AssemblyQueries.Overview o = queries.overview(walk.assemblyId);
        assertThat(o.plenary().orElseThrow().resolutionAdoptedOn()).isEqualTo(LocalDate.of(1991, 10, 5));
        assertThat(docx(DocumentRef.of(DocumentKind.PLENARY_MINUTES))).contains("Phiên họp ngày 28/09/1991",
                "họp tiếp ngày 05/10/1991", "Ban soạn thảo sửa nghị quyết");
    }

    @Test
    void a_written_ballot_that_fails_twice_ends_in_a_continuation_session() {
        LocalDate start = LocalDate.of(1992, 9, 21);
        walk.launch("1992-1993", AssemblyKind.REGULAR, start, start.plusDays(1), start.plusDays(2), start.plusDays(7),
                start.plusDays(20), false);
        walk.preparatoryMeeting(start);
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        String first = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_CHECK_IN.taskId());
        plenary.recordCheckIn(first, new Inputs.CheckIn(start.plusDays(7), null, java.util.Set.of()));
        String reconvene = walk.onlyTaskOf("hieutruong", AssemblyStep.RECONVENE_PLENARY.taskId());
        plenary.recordReconvene(reconvene, new Inputs.Reconvene(start.plusDays(9), "Trùng lịch tập huấn"));
        String second = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_CHECK_IN.taskId());
        plenary.recordCheckIn(second, new Inputs.CheckIn(start.plusDays(9), null, java.util.Set.of()));

        String ballot = walk.onlyTaskOf("hieutruong", AssemblyStep.WRITTEN_BALLOT.taskId());
        assertThatThrownBy(() -> plenary.closeBallot(ballot)).hasMessage("ballot.notCountedYet");
        assertThat(plenary.recordBallot(ballot, new Inputs.WrittenBallot(start.plusDays(12), 25, 14, 10, 1,
                "Nghị quyết"))).isFalse();
        assertThat(plenary.recordBallot(ballot, new Inputs.WrittenBallot(start.plusDays(15), 25, 15, 9, 1,
                "Nghị quyết đã sửa"))).isFalse();
        plenary.closeBallot(ballot);
        String continuation = walk.onlyTaskOf("hieutruong", AssemblyStep.SCHEDULE_CONTINUATION.taskId());
        assertThat(plenary.continuation(continuation).writtenBallot()).isTrue();
        assertThatThrownBy(() -> plenary.recordContinuation(continuation,
                new Inputs.Continuation(start.plusDays(15), "Họp trực tiếp"))).hasMessage("continuation.dateAfter");
        plenary.recordContinuation(continuation, new Inputs.Continuation(start.plusDays(20), "Họp trực tiếp"));
        walk.checkIn(start.plusDays(20), 25);
        String session = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        assertThat(plenary.recordSession(session, session(List.of(new VoteRow(VoteSubject.RESOLUTION, null, 24, 0, 1)),
                null)).completed()).isTrue();
        TestUsers.signIn(accounts, "hieutruong");
        PlenaryInfo record = queries.overview(walk.assemblyId).plenary().orElseThrow();
        assertThat(record.writtenBallot()).as("adopted in the session, not by ballot").isFalse();
        assertThat(record.resolutionAdopted()).isTrue();
    }

    @Test
    void the_session_checks_the_schools_presidium_and_secretaries_and_nobody_absent_is_listed() {
        String task = toSession(1993, true);
        List<VoteRow> votes = List.of(new VoteRow(VoteSubject.RESOLUTION, null, 18, 1, 1));
        assertThatThrownBy(() -> plenary.recordSession(task, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức", List.of(), votes, "Nghị quyết", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("session.presidiumSize");
                    assertThat(e.field()).isEqualTo("presidium");
                });
        assertThatThrownBy(() -> plenary.recordSession(task, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh",
                "Ngô Thị Thu", "Vũ Văn Đức", List.of(), votes, "Nghị quyết", null)))
                .hasMessage("session.secretaryCount");
        assertThatThrownBy(() -> plenary.recordSession(task, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh",
                "Ngô Thị Thu; Trịnh Thị Hoa", " ", List.of(), votes, "Nghị quyết", null)))
                .hasMessage("session.countingCommitteeRequired");
        // 20 checked in: those holding a post first, so the last of the plain staff stayed away
        String absent = directory.activeStaff(walk.schoolId).stream()
                .filter(s -> s.roles().equals(java.util.Set.of(vn.hoinghi.security.Role.STAFF)))
                .reduce((a, b) -> b).orElseThrow().fullName();
        assertThatThrownBy(() -> plenary.recordSession(task, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; " + absent,
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức", List.of(), votes, "Nghị quyết", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("session.listedButAbsent");
                    assertThat(e.args()).containsExactly(absent);
                });
        assertThat(plenary.session(task).counted()).isFalse();
    }

    @Test
    void drafts_are_read_by_every_staff_member_from_the_key_staff_meeting_on_and_an_absent_chair_is_refused() {
        LocalDate start = LocalDate.of(2003, 9, 21);
        walk.launch("2003-2004", AssemblyKind.REGULAR, start, start.plusDays(1), start.plusDays(2), start.plusDays(7),
                start.plusDays(11), false);
        walk.preparatoryMeeting(start);
        walk.draftsSubmitted();
        // the key-staff meeting is open: a teacher with no other role reads every draft's current text
        TestUsers.signIn(accounts, "giaovien");
        assertThat(preparation.draftsToRead(walk.assemblyId)).isNotEmpty()
                .allMatch(d -> d.latestContent().startsWith("Nội dung dự thảo của"));
        long draft = preparation.draftsToRead(walk.assemblyId).get(0).id();
        assertThat(preparation.draftText(walk.assemblyId, draft)).contains("Điều 1. Phạm vi áp dụng.");
        walk.keyStaffMeeting();

        // the department head records the minutes, so chairs them: listed absent, they are refused
        String task = walk.onlyTaskOf("totruongth", AssemblyStep.DEPARTMENT_MEETING.taskId());
        FeedbackService.DepartmentData data = feedback.department(task);
        long me = accounts.findUser("totruongth").orElseThrow().staffId();
        java.util.Set<Long> present = data.members().stream().map(vn.hoinghi.school.StaffInfo::id)
                .filter(id -> id != me).collect(java.util.stream.Collectors.toSet());
        assertThatThrownBy(() -> feedback.recordDepartment(task, new Inputs.DepartmentMeeting(start.plusDays(2), present,
                "Thư ký tổ", "Hoàn thành nhiệm vụ.", List.of(), List.of(), List.of(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("department.chairAbsent");
                    assertThat(e.field()).isEqualTo("presentIds");
                });
        String absentMember = data.members().stream().filter(m -> m.id() != me).findFirst().orElseThrow().fullName();
        java.util.Set<Long> withoutSecretary = data.members().stream().filter(m -> !m.fullName().equals(absentMember))
                .map(vn.hoinghi.school.StaffInfo::id).collect(java.util.stream.Collectors.toSet());
        assertThatThrownBy(() -> feedback.recordDepartment(task, new Inputs.DepartmentMeeting(start.plusDays(2),
                withoutSecretary, absentMember, "Hoàn thành nhiệm vụ.", List.of(), List.of(), List.of(), null)))
                .hasMessage("department.secretaryAbsent");
    }

    private String docx(DocumentRef ref) {
        TestUsers.signIn(accounts, "hieutruong");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.docx(walk.assemblyId, ref).bytes()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
