package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.Inputs.Answer;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.assembly.Inputs.Candidate;
import vn.hoinghi.assembly.Inputs.DraftReview;
import vn.hoinghi.assembly.Inputs.FeedbackRow;
import vn.hoinghi.assembly.Inputs.RegistrationRow;
import vn.hoinghi.assembly.Inputs.TargetRow;
import vn.hoinghi.assembly.Inputs.VoteRow;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * Drives the whole assembly through the services the forms call, on the seed plan's dates
 * (school year 2023-2024: preparatory 20/9, key staff 21/9, departments 22/9, plenary 27/9, dossier 29/9).
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class AssemblyProcessIT {

    @Autowired AccountDetailsService accounts;
    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired AssemblyQueries queries;
    @Autowired TaskInbox inbox;
    @Autowired NotificationService notifications;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired DocumentService documents;

    private long schoolId;
    private long currentAssembly;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_seed_assembly_runs_from_launch_to_the_six_month_review_with_quorum() {
        long id = launchAs("2023-2024", LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 29), true);
        preparatoryMeeting(id, LocalDate.of(2023, 9, 20));
        draftsSubmittedByTheirAuthors(id);

        // The key-staff meeting sends the finance report back once: a revision loop.
        keyStaffMeeting(id, DraftKind.FINANCE_REPORT);
        assertThat(stageOf(id)).isEqualTo(Stage.DRAFTING);
        TestUsers.signIn(accounts, "ketoan");
        String revision = onlyTaskOf("ketoan", AssemblyStep.DRAFT_REVISION.taskId());
        assertThat(preparation.draft(revision).draft().reviewComment()).contains("chi tiết");
        preparation.submitDraft(revision, "Báo cáo tài chính, bổ sung chi tiết từng khoản thu chi.");
        keyStaffMeeting(id, null);
        assertThat(stageOf(id)).isEqualTo(Stage.GROUP_MEETINGS);

        // The union chair sees "2 of 4" and cannot consolidate before every department reports.
        departmentMeeting("totruongth");
        departmentMeeting("tocongdoantn");
        TestUsers.signIn(accounts, "ctcongdoan");
        String consolidation = onlyTaskOf("ctcongdoan", AssemblyStep.CONSOLIDATE_FEEDBACK.taskId());
        assertThat(feedback.consolidation(consolidation).reported()).isEqualTo(2);
        assertThat(feedback.consolidation(consolidation).departments()).isEqualTo(4);
        assertThatThrownBy(() -> feedback.consolidate(consolidation, List.of(new FeedbackRow(null, "x"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("feedback.departmentsMissing");
        departmentMeeting("totruongxh");
        departmentMeeting("totruongvp");
        consolidateAndAnswer();

        // Plenary 27/9/2023: 27 of 30 present (quorum 20), every vote passes.
        TestUsers.signIn(accounts, "thuky");
        String checkIn = onlyTaskOf("thuky", AssemblyStep.PLENARY_CHECK_IN.taskId());
        assertThat(plenary.recordCheckIn(checkIn, new Inputs.CheckIn(LocalDate.of(2023, 9, 27), null,
                presentIds(27)))).isTrue();
        plenarySession(27);
        String election = onlyTaskOf("thuky", AssemblyStep.BOARD_ELECTION.taskId());
        List<PlenaryService.CandidateView> candidates = plenary.election(election).candidates();
        Map<Long, Integer> votes = new HashMap<>();
        votes.put(candidates.get(0).staffId(), 25);
        votes.put(candidates.get(1).staffId(), 20);
        votes.put(candidates.get(2).staffId(), 18);
        votes.put(candidates.get(3).staffId(), 10);
        List<AssemblyRules.Tally> elected = plenary.recordElection(election,
                new Inputs.Election(27, 27, 26, 1, votes)).elected();
        assertThat(elected).hasSize(3).extracting(AssemblyRules.Tally::votes).containsExactly(25, 20, 18);

        // Recognition is due 5 working days after the plenary: Wed 4/10/2023.
        TestUsers.signIn(accounts, "uvcongdoan");
        String recognize = onlyTaskOf("uvcongdoan", AssemblyStep.RECOGNIZE_BOARD.taskId());
        assertThat(followUp.recognition(recognize, vn.hoinghi.assembly.AssemblyStep.RECOGNIZE_BOARD).election().getRecognitionDue())
                .isEqualTo(LocalDate.of(2023, 10, 4));
        assertThat(tasks.createTaskQuery().taskId(recognize).singleResult().getDueDate())
                .isEqualTo(vn.hoinghi.assembly.workflow.AssemblyDates.endOf(LocalDate.of(2023, 10, 4)));
        assertThat(followUp.recognize(recognize, LocalDate.of(2023, 10, 2), null)).isTrue();
        TestUsers.signIn(accounts, "ctcongdoan");
        String officers = onlyTaskOf("ctcongdoan", AssemblyStep.ELECT_BOARD_OFFICERS.taskId());
        assertThatThrownBy(() -> followUp.electOfficers(officers, new Inputs.Officers(LocalDate.of(2023, 10, 3),
                candidates.get(0).staffId(), Set.of())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("rule.deputyRequired");
        followUp.electOfficers(officers, new Inputs.Officers(LocalDate.of(2023, 10, 3), candidates.get(0).staffId(),
                Set.of(candidates.get(1).staffId())));
        assertThat(directory.school(schoolId).boardTermEndsOn()).isEqualTo(LocalDate.of(2025, 9, 27));

        finaliseFileAndReview(id, true);
        sixMonthReview(id);
        TestUsers.signIn(accounts, "hieutruong");
        AssemblyQueries.Overview overview = queries.overview(id);
        assertThat(overview.assembly().stage()).isEqualTo(Stage.SIX_MONTH_REVIEW);
        assertThat(overview.stages()).allMatch(AssemblyQueries.StageRow::done);
        assertThat(overview.dossier().status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(overview.history()).extracting(AssemblyQueries.HistoryRow::who).contains("Nguyễn Văn Hùng",
                "Hoàng Thị Lan", "Đinh Thị Phương");
        assertThat(overview.candidates()).filteredOn(AssemblyQueries.CandidateRow::elected).hasSize(3);
    }

    @Test
    void two_failed_convocations_lead_to_a_written_ballot_of_all_staff() {
        long id = launchAs("2024-2025", LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 4), false);
        preparatoryMeeting(id, LocalDate.of(2024, 9, 20));
        draftsSubmittedByTheirAuthors(id);
        keyStaffMeeting(id, null);
        for (String head : List.of("totruongth", "totruongtn", "totruongxh", "totruongvp")) {
            departmentMeeting(head);
        }
        consolidateAndAnswer();

        TestUsers.signIn(accounts, "hieutruong");
        String first = onlyTaskOf("hieutruong", AssemblyStep.PLENARY_CHECK_IN.taskId());
        // 19 of 30 is short of two thirds (20).
        assertThat(plenary.recordCheckIn(first, new Inputs.CheckIn(LocalDate.of(2024, 9, 27), null, presentIds(19))))
                .isFalse();
        String reconvene = onlyTaskOf("hieutruong", AssemblyStep.RECONVENE_PLENARY.taskId());
        assertThatThrownBy(() -> plenary.recordReconvene(reconvene,
                new Inputs.Reconvene(LocalDate.of(2024, 9, 27), "Nhiều người đi tập huấn")))
                .hasMessage("reconvene.dateAfter");
        plenary.recordReconvene(reconvene, new Inputs.Reconvene(LocalDate.of(2024, 10, 2), "Nhiều người đi tập huấn"));
        String second = onlyTaskOf("hieutruong", AssemblyStep.PLENARY_CHECK_IN.taskId());
        assertThat(plenary.checkIn(second).convocation()).isEqualTo(2);
        assertThat(plenary.recordCheckIn(second, new Inputs.CheckIn(LocalDate.of(2024, 10, 2), null, presentIds(18))))
                .isFalse();

        String ballot = onlyTaskOf("hieutruong", AssemblyStep.WRITTEN_BALLOT.taskId());
        // 15 of 30 is not more than half of all staff: recorded as not adopted, the ballot goes out again amended.
        assertThat(plenary.recordBallot(ballot, new Inputs.WrittenBallot(LocalDate.of(2024, 10, 9), 28,
                15, 10, 3, "Nghị quyết"))).isFalse();
        assertThat(plenary.ballot(ballot).rounds()).singleElement().matches(v -> !v.isPassed());
        assertThatThrownBy(() -> plenary.recordBallot(ballot, new Inputs.WrittenBallot(LocalDate.of(2024, 10, 12),
                28, 16, 9, 3, "Nghị quyết"))).hasMessage("revote.textUnchanged");
        assertThat(plenary.recordBallot(ballot, new Inputs.WrittenBallot(LocalDate.of(2024, 10, 12), 28, 16, 9, 3,
                "Nghị quyết hội nghị năm học 2024-2025"))).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.RECOGNIZE_BOARD.taskId()).count()).isZero();

        finaliseFileAndReview(id, false);
        sixMonthReview(id);
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(queries.overview(id).plenary().orElseThrow().writtenBallot()).isTrue();
    }

    @Test
    void nobody_completes_a_task_that_is_not_theirs_or_their_roles() {
        long id = launchAs("2025-2026", LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 3), false);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        TestUsers.signIn(accounts, "giaovien");
        assertThat(inbox.page("", 0, 50)).extracting(TaskInbox.TaskRow::id).doesNotContain(task);
        assertThatThrownBy(() -> preparation.preparatory(task)).hasMessage("task.notYours");
        TestUsers.signIn(accounts, "chuyenvien");
        assertThatThrownBy(() -> preparation.preparatory(task)).hasMessage("task.notYours");
        assertThatThrownBy(() -> launch.launch(new LaunchForm())).hasMessage("error.accessDenied");
        TestUsers.signIn(accounts, "hieutruong");
        assertThat(inbox.page("", 0, 50)).extracting(TaskInbox.TaskRow::id).contains(task);
        assertThat(inbox.page("tru bi", 0, 50)).extracting(TaskInbox.TaskRow::id).contains(task);
        assertThat(inbox.page("hội nghị cán bộ chủ chốt", 0, 50)).extracting(TaskInbox.TaskRow::id)
                .doesNotContain(task);
    }

    @Test
    void one_regular_assembly_per_school_and_school_year() {
        launchAs("2026-2027", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 2), false);
        LaunchForm again = form("2026-2027", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16), false);
        assertThatThrownBy(() -> launch.launch(again)).hasMessage("launch.duplicateYear");
    }

    // ---- steps, each as the person whose inbox holds the task ----

    private long launchAs(String year, LocalDate start, LocalDate filing, boolean electBoard) {
        TestUsers.signIn(accounts, "hieutruong");
        schoolId = accounts.findUser("hieutruong").orElseThrow().schoolId();
        long id = launch.launch(form(year, start, filing, electBoard));
        currentAssembly = id;
        assertThat(stageOf(id)).isEqualTo(Stage.PREPARATORY);
        return id;
    }

    private static LaunchForm form(String year, LocalDate start, LocalDate filing, boolean electBoard) {
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear(year);
        f.setKind(AssemblyKind.REGULAR);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(start);
        f.setKeyStaffOn(start.plusDays(1));
        f.setGroupMeetingsOn(start.plusDays(2));
        f.setPlenaryOn(start.plusDays(7));
        f.setFilingDeadline(filing);
        f.setElectBoard(electBoard);
        f.setBoardSeats(3);
        return f;
    }

    private void preparatoryMeeting(long id, LocalDate on) {
        TestUsers.signIn(accounts, "hieutruong");
        String task = onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
        PreparationService.PreparatoryData data = preparation.preparatory(task);
        assertThat(data.suggestedAssignments()).allMatch(a -> a.authorId() != null);
        preparation.recordPreparatory(task, new Inputs.Preparatory(on, data.suggestedAttendees(),
                "Trưởng ban: Hiệu trưởng; Phó ban: Chủ tịch Công đoàn", "", data.suggestedAssignments()));
        assertThat(stageOf(id)).isEqualTo(Stage.DRAFTING);
    }

    private void draftsSubmittedByTheirAuthors(long id) {
        List<Task> drafting = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).list();
        assertThat(drafting).isNotEmpty();
        for (Task t : drafting) {
            TestUsers.signIn(accounts, t.getAssignee());
            assertThat(inbox.page("", 0, 50)).extracting(TaskInbox.TaskRow::id).contains(t.getId());
            preparation.submitDraft(t.getId(), "Nội dung dự thảo của " + t.getAssignee());
        }
    }

    private void keyStaffMeeting(long id, DraftKind sendBack) {
        TestUsers.signIn(accounts, "hieutruong");
        String task = onlyTaskOf("hieutruong", AssemblyStep.KEY_STAFF_MEETING.taskId());
        PreparationService.KeyStaffData data = preparation.keyStaff(task);
        List<DraftReview> reviews = data.drafts().stream().map(d -> d.kind() == sendBack
                ? new DraftReview(d.id(), false, "Cần chi tiết hơn") : new DraftReview(d.id(), true, null)).toList();
        List<Candidate> candidates = data.assembly().isElectBoard()
                ? vn.hoinghi.documents.AssemblyWalk.boardMix(directory.activeStaff(schoolId)).stream().map(s -> new Candidate(s.id(), true, data.assembly().getKeyStaffOn())).toList()
                : List.of();
        preparation.recordKeyStaff(task, new Inputs.KeyStaff(data.assembly().getKeyStaffOn(), data.suggestedAttendees(),
                sendBack == null, "", reviews, candidates));
    }

    private void departmentMeeting(String username) {
        TestUsers.signIn(accounts, username);
        String task = onlyTaskOf(username, AssemblyStep.DEPARTMENT_MEETING.taskId());
        FeedbackService.DepartmentData data = feedback.department(task);
        Set<Long> present = data.members().stream().map(StaffInfo::id).collect(Collectors.toSet());
        feedback.recordDepartment(task, new Inputs.DepartmentMeeting(data.assembly().getGroupMeetingsOn(), present,
                "Thư ký tổ", "Hoàn thành tốt nhiệm vụ năm học.",
                List.of(new TargetRow("Học sinh hoàn thành chương trình", "100%")),
                List.of(new FeedbackRow(DraftKind.SPENDING_RULES, "Đề nghị tăng mức hỗ trợ " + data.department().name())),
                List.of(new RegistrationRow(data.members().get(0).id(), "Lao động tiên tiến")),
                "Tập thể lao động tiên tiến"));
    }

    private void consolidateAndAnswer() {
        TestUsers.signIn(accounts, "ctcongdoan");
        String task = onlyTaskOf("ctcongdoan", AssemblyStep.CONSOLIDATE_FEEDBACK.taskId());
        FeedbackService.ConsolidationData data = feedback.consolidation(task);
        assertThat(data.reported()).isEqualTo(4);
        feedback.consolidate(task, List.of(new FeedbackRow(DraftKind.SPENDING_RULES,
                "Các tổ đề nghị tăng mức hỗ trợ trong quy chế chi tiêu nội bộ")));
        TestUsers.signIn(accounts, "hieutruong");
        String answer = onlyTaskOf("hieutruong", AssemblyStep.ANSWER_FEEDBACK.taskId());
        List<FeedbackService.ItemView> items = feedback.answers(answer).items();
        assertThat(items).hasSize(1);
        assertThatThrownBy(() -> feedback.answer(answer, List.of(new Answer(items.get(0).id(), AnswerMode.IN_WRITING, ""))))
                .hasMessage("answer.textRequired");
        feedback.answer(answer, List.of(new Answer(items.get(0).id(), AnswerMode.AT_PLENARY, null)));
    }

    private void plenarySession(int attending) {
        String task = onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        int majority = attending / 2 + 1;
        List<VoteRow> tooMany = List.of(new VoteRow(VoteSubject.RESOLUTION, null, attending, 1, 0));
        assertThatThrownBy(() -> plenary.recordSession(task, new Inputs.Session("Hiệu trưởng; Chủ tịch CĐ; CBVC",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức; Mai Văn Tuấn", List.of(), tooMany, "Nghị quyết", null)))
                .hasMessage("rule.votesExceedAttending");
        assertThat(plenary.session(task).counted()).as("nothing saved half").isFalse();
        plenary.recordSession(task, new Inputs.Session("Hiệu trưởng; Chủ tịch Công đoàn; đại diện CBVC",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức; Mai Văn Tuấn",
                List.of(new Inputs.DiscussionRow("Bùi Thị Hạnh", "Mức hỗ trợ dạy thêm?", "Tăng từ học kỳ II")),
                List.of(new VoteRow(VoteSubject.PRESIDIUM, null, attending, 0, 0),
                        new VoteRow(VoteSubject.SPENDING_RULES, null, majority, attending - majority, 0),
                        new VoteRow(VoteSubject.RESOLUTION, null, attending - 1, 0, 1)),
                "Nghị quyết Hội nghị viên chức, người lao động năm học", null));
    }

    private void finaliseFileAndReview(long id, boolean returnOnce) {
        TestUsers.signIn(accounts, "hieutruong");
        String finalise = onlyTaskOf("hieutruong", AssemblyStep.FINALISE_RESOLUTION.taskId());
        PlenaryRecord record = followUp.resolution(finalise).record();
        followUp.finalise(finalise, new Inputs.Finalise(record.getResolutionText() + "\nĐã hoàn chỉnh.",
                vn.hoinghi.security.Role.PRINCIPAL, record.getResolutionAdoptedOn(),
                record.getResolutionAdoptedOn().plusDays(1)));
        newsPost(record.getResolutionAdoptedOn());

        // The deadline of 2023/2024 has long passed: the reminder and the escalation fire, once each.
        fireTimers(id);
        fireTimers(id);
        TestUsers.signIn(accounts, "ctcongdoan");
        assertThat(notifications.mine()).filteredOn(n -> n.assemblyId() == id)
                .extracting(NotificationService.NotificationView::messageKey)
                .containsOnlyOnce("notification.filingReminder", "notification.filingOverdue");
        TestUsers.signIn(accounts, "chuyenvien");
        assertThat(notifications.mine()).filteredOn(n -> n.assemblyId() == id)
                .extracting(NotificationService.NotificationView::messageKey)
                .containsOnlyOnce("notification.filingOverdueBody");

        TestUsers.signIn(accounts, "ctcongdoan");
        String file = onlyTaskOf("ctcongdoan", AssemblyStep.FILE_DOSSIER.taskId());
        assertThatThrownBy(() -> followUp.file(file, new Inputs.Filing(true, false, true, null)))
                .hasMessage("dossier.incomplete");
        assertThatThrownBy(() -> followUp.file(file, new Inputs.Filing(true, true, true, null)))
                .hasMessage("dossier.piecesMissing");
        signAndUploadDossierPieces(id);
        followUp.file(file, new Inputs.Filing(true, true, true, "Bản mềm và bản có dấu đỏ"));
        TestUsers.signIn(accounts, "chuyenvien");
        String review = onlyTaskOf("chuyenvien", AssemblyStep.REVIEW_DOSSIER.taskId());
        if (returnOnce) {
            assertThatThrownBy(() -> followUp.decide(review, new Inputs.Review(false, " ")))
                    .hasMessage("dossier.reasonRequired");
            followUp.decide(review, new Inputs.Review(false, "Thiếu bản đăng ký thi đua của tổ Văn phòng"));
            TestUsers.signIn(accounts, "ctcongdoan");
            String again = onlyTaskOf("ctcongdoan", AssemblyStep.FILE_DOSSIER.taskId());
            assertThat(followUp.dossier(again).dossier().getReturnReason()).contains("tổ Văn phòng");
            followUp.file(again, new Inputs.Filing(true, true, true, "Đã bổ sung"));
            TestUsers.signIn(accounts, "chuyenvien");
            followUp.decide(onlyTaskOf("chuyenvien", AssemblyStep.REVIEW_DOSSIER.taskId()), new Inputs.Review(true, null));
        } else {
            followUp.decide(review, new Inputs.Review(true, null));
        }
    }

    /** The school's practice (the seed's 3 days): the union chair's task to post the news, due 3 days after. */
    private void newsPost(LocalDate adoptedOn) {
        TestUsers.signIn(accounts, "ctcongdoan");
        String news = onlyTaskOf("ctcongdoan", AssemblyStep.NEWS_POST.taskId());
        assertThat(tasks.createTaskQuery().taskId(news).singleResult().getDueDate())
                .isEqualTo(vn.hoinghi.assembly.workflow.AssemblyDates.endOf(adoptedOn.plusDays(3)));
        assertThat(followUp.newsPost(news).withinDays()).isEqualTo(3);
        assertThatThrownBy(() -> followUp.recordNewsPost(news, new Inputs.NewsPost(adoptedOn.minusDays(1),
                "https://thcshongha.edu.vn/tin-tuc/hoi-nghi"))).hasMessage("news.beforePlenary");
        assertThatThrownBy(() -> followUp.recordNewsPost(news, new Inputs.NewsPost(adoptedOn, "trang web trường")))
                .hasMessage("news.linkInvalid");
        followUp.recordNewsPost(news, new Inputs.NewsPost(adoptedOn.plusDays(3),
                "https://thcshongha.edu.vn/tin-tuc/hoi-nghi"));
        assertThat(tasks.createTaskQuery().taskId(news).count()).isZero();
        TestUsers.signIn(accounts, "hieutruong");
    }

    /**
     * The principal signs each piece of the dossier still unsigned on its own date (the resolution was signed as it
     * was finalised) and uploads its stamped scan; then the union chair files.
     */
    private void signAndUploadDossierPieces(long id) {
        TestUsers.signIn(accounts, "hieutruong");
        for (DocumentService.DocumentRow row : documents.documents(id)) {
            if (row.dossierPiece()) {
                if (!row.signed()) {
                    documents.sign(id, row.ref(), new DocumentService.SignInput(vn.hoinghi.security.Role.PRINCIPAL,
                            row.naturalDate()));
                }
                documents.uploadScan(id, row.ref(), "ban-co-dau.pdf", onePagePdf());
            }
        }
        assertThat(documents.missingPieces(id)).isEmpty();
        TestUsers.signIn(accounts, "ctcongdoan");
    }

    private static byte[] onePagePdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sixMonthReview(long id) {
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        assertThat(runtime.getActiveActivityIds(pid)).containsExactly("sixMonthsLater");
        fireTimers(id);
        TestUsers.signIn(accounts, "hieutruong");
        String task = onlyTaskOf("hieutruong", AssemblyStep.SIX_MONTH_REVIEW.taskId());
        assertThatThrownBy(() -> followUp.recordSixMonth(task, new Inputs.SixMonth(LocalDate.now(), "Tốt", false)))
                .hasMessage("sixMonth.announceRequired");
        followUp.recordSixMonth(task, new Inputs.SixMonth(LocalDate.now(), "Các chỉ tiêu đang được thực hiện đúng tiến độ.",
                true));
        // until the next regular assembly adopts its resolution, the process waits for the next review
        assertThat(runtime.getActiveActivityIds(pid)).containsExactly("sixMonthsLater");
    }

    /** Fires every due timer of the assembly, as the async executor would. */
    private void fireTimers(long id) {
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(pid).executable().list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    private Set<Long> presentIds(int n) {
        return vn.hoinghi.documents.AssemblyWalk.presentFirst(directory.activeStaff(schoolId)).stream().limit(n)
                .map(StaffInfo::id).collect(Collectors.toSet());
    }

    private String onlyTaskOf(String username, String definitionKey) {
        TestUsers.signIn(accounts, username);
        List<TaskInbox.TaskRow> rows = inbox.page("", 0, 50);
        List<String> ids = rows.stream().map(TaskInbox.TaskRow::id)
                .filter(tid -> tasks.createTaskQuery().taskId(tid).processInstanceBusinessKey(String.valueOf(currentAssembly))
                        .taskDefinitionKey(definitionKey).count() == 1)
                .toList();
        assertThat(ids).as("%s has a %s task", username, definitionKey).hasSize(1);
        return ids.get(0);
    }

    private Stage stageOf(long id) {
        TestUsers.signIn(accounts, "hieutruong");
        return queries.overview(id).assembly().stage();
    }
}
