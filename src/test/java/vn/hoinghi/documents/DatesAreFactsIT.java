package vn.hoinghi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.TaskInbox;

/**
 * Dates typed for what happened are facts: not in the future, not before what they follow; a recognition past its
 * 5 working days is kept with its reason and shows as late; the resolution is signed as it is finalised.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class DatesAreFactsIT {

    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired DocumentService documents;
    @Autowired AssemblyQueries queries;
    @Autowired AuditTrail audit;
    @Autowired AuditRecord auditRecord;

    AssemblyWalk walk;

    @BeforeEach
    void setUp() {
        walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp, inbox, tasks);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void typed_dates_cannot_be_in_the_future_nor_before_what_they_follow_and_a_late_recognition_is_marked() {
        // 1966: a school year no other test of the shared context uses
        long id = walk.launch("1966-1967", AssemblyKind.REGULAR, LocalDate.of(1966, 9, 19), LocalDate.of(1966, 9, 20),
                LocalDate.of(1966, 9, 22), LocalDate.of(1966, 9, 27), LocalDate.of(1966, 10, 14), true);
        assertThatThrownBy(() -> walk.preparatoryMeeting(VietnamTime.today().plusDays(1)))
                .hasMessage("validation.dateInFuture");
        walk.preparatoryMeeting(LocalDate.of(1966, 9, 19));
        walk.draftsSubmitted();
        walk.keyStaffMeeting();
        AssemblyWalk.DEPARTMENT_HEADS.forEach(walk::departmentMeeting);
        walk.consolidateAndAnswer();
        // the plenary cannot be held before the department meetings it follows (22/09/1966)
        assertThatThrownBy(() -> walk.checkIn(LocalDate.of(1966, 9, 21), 27)).hasMessage("meeting.beforePrevious");
        walk.plenary(LocalDate.of(1966, 9, 27), 27);
        walk.election();

        // recognition due Tue 04/10/1966 (5 working days); the 7th is late: refused without a reason, kept with one
        String task = walk.onlyTaskOf("uvcongdoan", AssemblyStep.RECOGNIZE_BOARD.taskId());
        assertThatThrownBy(() -> followUp.recognize(task, VietnamTime.today().plusDays(1), "x"))
                .hasMessage("validation.dateInFuture");
        assertThatThrownBy(() -> followUp.recognize(task, LocalDate.of(1966, 9, 26), null))
                .hasMessage("recognition.dateInvalid");
        assertThatThrownBy(() -> followUp.recognize(task, LocalDate.of(1966, 10, 7), " "))
                .hasMessage("recognition.lateReasonRequired");
        assertThat(followUp.recognize(task, LocalDate.of(1966, 10, 7), "Chủ tịch Công đoàn đi công tác")).isFalse();
        TestUsers.signIn(accounts, "hieutruong");
        var election = queries.overview(id).election().orElseThrow();
        assertThat(election.recognitionLate()).isTrue();
        assertThat(election.recognitionLateReason()).isEqualTo("Chủ tịch Công đoàn đi công tác");
        var a = queries.overview(id).assembly();
        assertThat(audit.forSubject(AuditSubject.assembly(id, a.schoolId(), a.processInstanceId())))
                .extracting(AuditEntry::action).contains(AuditAction.RECOGNITION_LATE);

        String officers = walk.onlyTaskOf("ctcongdoan", AssemblyStep.ELECT_BOARD_OFFICERS.taskId());
        var data = followUp.recognition(officers, AssemblyStep.ELECT_BOARD_OFFICERS);
        assertThatThrownBy(() -> followUp.electOfficers(officers, new Inputs.Officers(VietnamTime.today().plusDays(2),
                data.elected().get(0).staffId(), java.util.Set.of(data.elected().get(1).staffId()))))
                .hasMessage("validation.dateInFuture");
        followUp.electOfficers(officers, new Inputs.Officers(LocalDate.of(1966, 10, 7), data.elected().get(0).staffId(),
                java.util.Set.of(data.elected().get(1).staffId())));

        // "Ký và gửi nghị quyết": the secretary is not of the presidium; the principal signs and numbers it at once
        TestUsers.signIn(accounts, "thuky");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.FINALISE_RESOLUTION.taskId())
                .taskCandidateGroupIn(accounts.findUser("thuky").orElseThrow().taskGroups()).count()).isZero();
        String finalise = walk.onlyTaskOf("hieutruong", AssemblyStep.FINALISE_RESOLUTION.taskId());
        var record = followUp.resolution(finalise);
        assertThat(record.capacities()).containsExactly(Role.PRINCIPAL);
        assertThatThrownBy(() -> followUp.finalise(finalise, new Inputs.Finalise(record.record().getResolutionText(),
                Role.UNION_CHAIR, LocalDate.of(1966, 9, 27), LocalDate.of(1966, 9, 28))))
                .hasMessage("documents.sign.capacityRequired");
        assertThatThrownBy(() -> followUp.finalise(finalise, new Inputs.Finalise(record.record().getResolutionText(),
                Role.PRINCIPAL, LocalDate.of(1966, 9, 27), VietnamTime.today().plusDays(1))))
                .hasMessage("validation.dateInFuture");
        followUp.finalise(finalise, new Inputs.Finalise(record.record().getResolutionText(), Role.PRINCIPAL,
                LocalDate.of(1966, 9, 27), LocalDate.of(1966, 9, 28)));
        var resolution = documents.documents(id).stream()
                .filter(r -> r.ref().kind() == DocumentKind.RESOLUTION).findFirst().orElseThrow();
        assertThat(resolution.signed()).isTrue();
        assertThat(resolution.issued().signerName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(resolution.issued().signedOn()).isEqualTo(LocalDate.of(1966, 9, 27));

        // the record shows who signed, and goes to the archive as PDF and XLSX
        assertThat(auditRecord.entries(id)).filteredOn(e -> e.action() == AuditAction.DOCUMENT_SIGNED)
                .singleElement().satisfies(e -> {
                    assertThat(e.actorName()).isEqualTo("Nguyễn Văn Hùng");
                    assertThat(e.detail()).contains("Nghị quyết hội nghị", "TM. ĐOÀN CHỦ TỊCH");
                });
        assertThat(auditRecord.entries(id)).extracting(AuditEntry::action).contains(AuditAction.TASK_COMPLETED);
        DocumentService.FileContent pdf = auditRecord.pdf(id);
        assertThat(pdf.fileName()).endsWith(".pdf");
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(auditRecord.xlsx(id).bytes()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(auditRecord.entries(id).size());
            assertThat(sheet.getRow(1).getCell(2).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // an officer of another body, or nobody signed in, reads nothing
        TestUsers.signOut();
        assertThatThrownBy(() -> auditRecord.entries(id)).hasMessage("error.notSignedIn");
    }
}
