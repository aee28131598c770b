package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.tasks.TaskInbox;

/**
 * Board elections that do not fill the board, through the services: a tie at the last seat goes to a second
 * round among the tied only; fewer than three elected goes to a further round for the missing seats, with a
 * new nominee who consents. Every round is kept and printed in the ballot-count minutes; nobody is picked.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class ElectionRoundsIT {

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

    /** Launch with a board of 3 to the election, 20 of the 30 staff checked in (11 votes elect). */
    private String toElection(int year) {
        LocalDate start = LocalDate.of(year, 9, 21);
        walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, start, start.plusDays(1), start.plusDays(2),
                start.plusDays(7), start.plusDays(11), true);
        walk.preparatoryMeeting(start);
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        walk.checkIn(start.plusDays(7), 20);
        String session = walk.onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        assertThat(plenary.recordSession(session, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức; Mai Văn Tuấn", List.of(),
                List.of(new VoteRow(VoteSubject.RESOLUTION, null, 19, 0, 1)), "Nghị quyết", null)).completed()).isTrue();
        return walk.onlyTaskOf("thuky", AssemblyStep.BOARD_ELECTION.taskId());
    }

    @Test
    void a_tie_for_the_third_seat_goes_to_a_second_round_among_the_tied_only_which_elects_one() {
        String task = toElection(1998);
        List<StaffInfo> c = walk.candidates;
        long a = c.get(0).id(), b = c.get(1).id(), x = c.get(2).id(), y = c.get(3).id();
        PlenaryService.ElectionOutcome first = plenary.recordElection(task, new Inputs.Election(20, 20, 19, 1,
                Map.of(a, 18, b, 15, x, 12, y, 12)));
        assertThat(first.outcome()).isEqualTo(ElectionRound.Outcome.TIE);
        assertThat(first.elected()).extracting(AssemblyRules.Tally::staffId).containsExactly(a, b);
        assertThat(first.tied()).extracting(AssemblyRules.Tally::staffId).containsExactlyInAnyOrder(x, y);
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the election stays open").isEqualTo(1);

        PlenaryService.ElectionData data = plenary.election(task);
        assertThat(data.nextRound()).isEqualTo(2);
        assertThat(data.seatsOpen()).isEqualTo(1);
        assertThat(data.because()).isEqualTo(ElectionRound.Outcome.TIE);
        assertThat(data.onBallot()).extracting(PlenaryService.CandidateView::staffId).containsExactlyInAnyOrder(x, y);

        // a second round naming someone who was not tied, or leaving a tied one out, is refused at the list
        assertThatThrownBy(() -> plenary.recordElection(task, new Inputs.Election(List.of(x, y, a), List.of(), 20, 20,
                20, 0, Map.of(x, 12, y, 6, a, 2))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("election.notTied");
                    assertThat(e.field()).isEqualTo("candidateIds");
                    assertThat(e.args()).containsExactly(c.get(0).fullName());
                });
        assertThatThrownBy(() -> plenary.recordElection(task, new Inputs.Election(List.of(x), List.of(), 20, 20, 20, 0,
                Map.of(x, 12)))).hasMessage("election.allTiedStand");
        assertThat(plenary.election(task).rounds()).as("nothing saved by a refusal").hasSize(1);

        PlenaryService.ElectionOutcome second = plenary.recordElection(task, new Inputs.Election(List.of(x, y),
                List.of(), 20, 20, 18, 2, Map.of(x, 12, y, 6)));
        assertThat(second.complete()).isTrue();
        assertThat(second.elected()).extracting(AssemblyRules.Tally::staffId).containsExactly(x);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();

        TestUsers.signIn(accounts, "hieutruong");
        AssemblyQueries.Overview o = queries.overview(walk.assemblyId);
        assertThat(o.candidates()).filteredOn(AssemblyQueries.CandidateRow::elected).hasSize(3);
        assertThat(o.electionRounds()).hasSize(2);
        assertThat(audit.forSubject(vn.hoinghi.audit.AuditSubject.assembly(walk.assemblyId, walk.schoolId,
                o.assembly().processInstanceId())))
                .filteredOn(e -> e.action() == vn.hoinghi.audit.AuditAction.ELECTION_ROUND_RECORDED)
                .extracting(vn.hoinghi.audit.AuditEntry::detail)
                .satisfiesExactly(d -> assertThat(d).startsWith("Vòng 1:").contains("Bằng phiếu ở vị trí cuối"),
                        d -> assertThat(d).startsWith("Vòng 2:").endsWith("Đã đủ thành viên Ban TTND."));
        String count = docx(DocumentRef.of(DocumentKind.BALLOT_COUNT));
        assertThat(count).contains("Ban kiểm phiếu gồm: Vũ Văn Đức; Mai Văn Tuấn.",
                "Vòng 1 (bầu 3 thành viên):", "Vòng 2 (bầu 1 thành viên):", "Số phiếu hợp lệ: 19; số phiếu không hợp lệ: 1.",
                "Số phiếu hợp lệ: 18; số phiếu không hợp lệ: 2.", "Bằng phiếu", "bầu vòng 2 chỉ giữa những người bằng phiếu",
                "TM. BAN KIỂM PHIẾU", "Vũ Văn Đức");
    }

    @Test
    void fewer_than_three_elected_goes_to_a_further_round_for_the_missing_seats_with_a_new_nominee_who_consents() {
        String task = toElection(1997);
        List<StaffInfo> c = walk.candidates;
        long a = c.get(0).id(), b = c.get(1).id(), x = c.get(2).id(), y = c.get(3).id();
        PlenaryService.ElectionOutcome first = plenary.recordElection(task, new Inputs.Election(20, 20, 20, 0,
                Map.of(a, 15, b, 10, x, 6, y, 4)));
        assertThat(first.outcome()).isEqualTo(ElectionRound.Outcome.TOO_FEW);
        assertThat(first.seatsStillOpen()).isEqualTo(2);
        PlenaryService.ElectionData data = plenary.election(task);
        assertThat(data.onBallot()).extracting(PlenaryService.CandidateView::staffId).containsExactly(b, x, y);
        StaffInfo nominee = data.nominable().stream().filter(s -> s.roles().equals(java.util.Set.of(
                vn.hoinghi.security.Role.STAFF))).findFirst().orElseThrow();
        assertThat(data.nominable()).extracting(StaffInfo::fullName).doesNotContain("Nguyễn Văn Hùng", "Hoàng Thị Lan");

        assertThatThrownBy(() -> plenary.recordElection(task, new Inputs.Election(List.of(b, x, nominee.id()),
                List.of(new Inputs.Candidate(nominee.id(), false, null)), 20, 20, 20, 0,
                Map.of(b, 12, x, 11, nominee.id(), 3))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rule.candidateConsent");
                    assertThat(e.field()).isEqualTo("nominations[0].consent");
                });
        assertThatThrownBy(() -> plenary.recordElection(task, new Inputs.Election(List.of(a, b), List.of(), 20, 20, 20,
                0, Map.of(a, 12, b, 11)))).hasMessage("election.notRemaining");

        PlenaryService.ElectionOutcome second = plenary.recordElection(task, new Inputs.Election(
                List.of(b, x, nominee.id()), List.of(new Inputs.Candidate(nominee.id(), true, null)), 20, 20, 20, 0,
                Map.of(b, 12, x, 7, nominee.id(), 14)));
        assertThat(second.complete()).isTrue();
        assertThat(second.elected()).extracting(AssemblyRules.Tally::staffId).containsExactly(nominee.id(), b);
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(queries.overview(walk.assemblyId).candidates()).filteredOn(AssemblyQueries.CandidateRow::elected)
                .extracting(AssemblyQueries.CandidateRow::fullName)
                .containsExactlyInAnyOrder(c.get(0).fullName(), c.get(1).fullName(), nominee.fullName());
        assertThat(docx(DocumentRef.of(DocumentKind.BALLOT_COUNT))).contains("Vòng 2 (bầu 2 thành viên):",
                "bầu bổ sung vòng 2", nominee.fullName());
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
