package vn.hoinghi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AnswerMode;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.RequestedBy;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.assembly.VoteSubject;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.Role;

/**
 * Walks an assembly of the demo school through the services the task forms call, each step as the person
 * whose inbox holds the task (the same steps as AssemblyProcessIT, with the seed plan's kind of content).
 */
public class AssemblyWalk {

    public static final List<String> DEPARTMENT_HEADS = List.of("totruongth", "totruongtn", "totruongxh", "totruongvp");

    private final AccountDetailsService accounts;
    private final SchoolDirectory directory;
    private final LaunchService launch;
    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final PlenaryService plenary;
    private final FollowUpService followUp;
    private final TaskInbox inbox;
    private final TaskService tasks;
    public long schoolId;
    public long assemblyId;
    public List<StaffInfo> candidates = List.of();

    /** The walk with its services taken from the test's Spring context. */
    public static AssemblyWalk from(org.springframework.context.ApplicationContext ctx) {
        return new AssemblyWalk(ctx.getBean(AccountDetailsService.class), ctx.getBean(SchoolDirectory.class),
                ctx.getBean(LaunchService.class), ctx.getBean(PreparationService.class),
                ctx.getBean(FeedbackService.class), ctx.getBean(PlenaryService.class),
                ctx.getBean(FollowUpService.class), ctx.getBean(TaskInbox.class), ctx.getBean(TaskService.class));
    }

    public AssemblyWalk(AccountDetailsService accounts, SchoolDirectory directory, LaunchService launch,
                 PreparationService preparation, FeedbackService feedback, PlenaryService plenary,
                 FollowUpService followUp, TaskInbox inbox, TaskService tasks) {
        this.accounts = accounts;
        this.directory = directory;
        this.launch = launch;
        this.preparation = preparation;
        this.feedback = feedback;
        this.plenary = plenary;
        this.followUp = followUp;
        this.inbox = inbox;
        this.tasks = tasks;
    }

    public long launch(String year, AssemblyKind kind, LocalDate preparatory, LocalDate keyStaff, LocalDate groups,
                LocalDate plenaryOn, LocalDate filing, boolean electBoard) {
        TestUsers.signIn(accounts, "hieutruong");
        schoolId = accounts.findUser("hieutruong").orElseThrow().schoolId();
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear(year);
        f.setKind(kind);
        if (kind == AssemblyKind.EXTRAORDINARY) {
            f.setRequestedBy(RequestedBy.PRINCIPAL);
        }
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(preparatory);
        f.setKeyStaffOn(keyStaff);
        f.setGroupMeetingsOn(groups);
        f.setPlenaryOn(plenaryOn);
        f.setFilingDeadline(filing);
        f.setElectBoard(electBoard);
        f.setBoardSeats(3);
        assemblyId = launch.launch(f);
        return assemblyId;
    }

    /** Walks an assembly launched elsewhere. */
    public void setAssembly(long assemblyId, long schoolId) {
        this.assemblyId = assemblyId;
        this.schoolId = schoolId;
    }

    public void preparatoryMeeting(LocalDate on) {
        String task = onlyTaskOf("hieutruong", AssemblyStep.PREPARATORY_MEETING.taskId());
        PreparationService.PreparatoryData data = preparation.preparatory(task);
        preparation.recordPreparatory(task, new Inputs.Preparatory(on, data.suggestedAttendees(),
                "Trưởng ban: Hiệu trưởng; Phó ban: Chủ tịch Công đoàn", "", data.suggestedAssignments()));
    }

    public void draftsSubmitted() {
        for (var t : tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).list()) {
            TestUsers.signIn(accounts, t.getAssignee());
            preparation.submitDraft(t.getId(), "Nội dung dự thảo của " + t.getAssignee()
                    + "\nĐiều 1. Phạm vi áp dụng.\nĐiều 2. Trách nhiệm của viên chức, người lao động.");
        }
    }

    public void keyStaffMeeting() {
        String task = onlyTaskOf("hieutruong", AssemblyStep.KEY_STAFF_MEETING.taskId());
        PreparationService.KeyStaffData data = preparation.keyStaff(task);
        List<Inputs.DraftReview> reviews = data.drafts().stream()
                .map(d -> new Inputs.DraftReview(d.id(), true, null)).toList();
        candidates = data.assembly().isElectBoard() ? boardMix(directory.activeStaff(schoolId)) : List.of();
        preparation.recordKeyStaff(task, new Inputs.KeyStaff(data.assembly().getKeyStaffOn(), data.suggestedAttendees(),
                true, "", reviews, candidates.stream()
                .map(s -> new Inputs.Candidate(s.id(), true, data.assembly().getKeyStaffOn())).toList()));
    }

    /** Four candidates in the seed's mix: a union executive (not the chair) and three people without a post. */
    public static List<StaffInfo> boardMix(List<StaffInfo> staff) {
        List<StaffInfo> list = new java.util.ArrayList<>(staff.stream()
                .filter(s -> s.holds(Role.UNION_EXECUTIVE) && !s.holds(Role.UNION_CHAIR)).limit(1).toList());
        list.addAll(staff.stream().filter(s -> s.roles().equals(Set.of(Role.STAFF))).limit(3).toList());
        return list;
    }

    public void departmentMeeting(String head) {
        String task = onlyTaskOf(head, AssemblyStep.DEPARTMENT_MEETING.taskId());
        FeedbackService.DepartmentData data = feedback.department(task);
        Set<Long> present = data.members().stream().map(StaffInfo::id).collect(Collectors.toSet());
        feedback.recordDepartment(task, new Inputs.DepartmentMeeting(data.assembly().getGroupMeetingsOn(), present,
                "Thư ký " + data.department().name(), "Tổ hoàn thành tốt nhiệm vụ năm học trước.\n100% học sinh hoàn thành chương trình.",
                List.of(new Inputs.TargetRow("Học sinh hoàn thành chương trình lớp học", "100%")),
                List.of(new Inputs.FeedbackRow(DraftKind.SPENDING_RULES, "Đề nghị tăng mức hỗ trợ "
                        + data.department().name())),
                List.of(new Inputs.RegistrationRow(data.members().get(0).id(), "Lao động tiên tiến")),
                "Tập thể lao động tiên tiến"));
    }

    public void consolidateAndAnswer() {
        String task = onlyTaskOf("ctcongdoan", AssemblyStep.CONSOLIDATE_FEEDBACK.taskId());
        feedback.consolidate(task, List.of(new Inputs.FeedbackRow(DraftKind.SPENDING_RULES,
                "Các tổ đề nghị tăng mức hỗ trợ trong quy chế chi tiêu nội bộ")));
        String answer = onlyTaskOf("hieutruong", AssemblyStep.ANSWER_FEEDBACK.taskId());
        List<FeedbackService.ItemView> items = feedback.answers(answer).items();
        feedback.answer(answer, items.stream().map(i -> new Inputs.Answer(i.id(), AnswerMode.IN_WRITING,
                "Nhà trường tăng mức hỗ trợ từ học kỳ II")).toList());
    }

    /** Check-in of the first present staff, then the session: every vote passes. */
    void plenary(LocalDate on, int present) {
        checkIn(on, present);
        String session = onlyTaskOf("thuky", AssemblyStep.PLENARY_SESSION.taskId());
        int majority = present / 2 + 1;
        plenary.recordSession(session, new Inputs.Session("Nguyễn Văn Hùng; Lê Thị Hồng; Bùi Thị Hạnh",
                "Ngô Thị Thu; Trịnh Thị Hoa", "Vũ Văn Đức; Mai Văn Tuấn; Lý Thị Thanh",
                List.of(new Inputs.DiscussionRow("Bùi Thị Hạnh", "Mức hỗ trợ dạy thêm?", "Tăng từ học kỳ II")),
                List.of(new Inputs.VoteRow(VoteSubject.PRESIDIUM, null, present, 0, 0),
                        new Inputs.VoteRow(VoteSubject.SPENDING_RULES, null, majority, present - majority, 0),
                        new Inputs.VoteRow(VoteSubject.RESOLUTION, null, present - 1, 0, 1)),
                "Năm học mới phấn đấu 100% học sinh hoàn thành chương trình.\nGiữ vững danh hiệu Tập thể lao động tiên tiến.",
                null));
    }

    /** The secretary checks in the first present staff (those holding a post first); the quorum is reached. */
    public void checkIn(LocalDate on, int present) {
        String checkIn = onlyTaskOf("thuky", AssemblyStep.PLENARY_CHECK_IN.taskId());
        Set<Long> ids = presentFirst(directory.activeStaff(schoolId)).stream().limit(present).map(StaffInfo::id)
                .collect(Collectors.toSet());
        assertThat(plenary.recordCheckIn(checkIn, new Inputs.CheckIn(on, null, ids))).isTrue();
    }

    /** The staff, those holding a post first: they chair, keep the minutes and count, so they are there. */
    public static List<StaffInfo> presentFirst(List<StaffInfo> staff) {
        return staff.stream().sorted(java.util.Comparator.comparing(s -> s.roles().equals(Set.of(Role.STAFF)))).toList();
    }

    /** 27 ballots issued and received, 26 valid; the candidates get 25, 20, 18 and 10 votes. */
    void election() {
        String task = onlyTaskOf("thuky", AssemblyStep.BOARD_ELECTION.taskId());
        List<PlenaryService.CandidateView> list = plenary.election(task).candidates();
        Map<Long, Integer> votes = new HashMap<>();
        int[] counts = {25, 20, 18, 10};
        for (int i = 0; i < list.size(); i++) {
            votes.put(list.get(i).staffId(), counts[i]);
        }
        plenary.recordElection(task, new Inputs.Election(27, 27, 26, 1, votes));
    }

    void recognition(LocalDate recognizedOn, LocalDate officersOn) {
        String task = onlyTaskOf("uvcongdoan", AssemblyStep.RECOGNIZE_BOARD.taskId());
        followUp.recognize(task, recognizedOn, null);
        String officers = onlyTaskOf("ctcongdoan", AssemblyStep.ELECT_BOARD_OFFICERS.taskId());
        FollowUpService.RecognitionData data = followUp.recognition(officers, vn.hoinghi.assembly.AssemblyStep.ELECT_BOARD_OFFICERS);
        followUp.electOfficers(officers, new Inputs.Officers(officersOn, data.elected().get(0).staffId(),
                Set.of(data.elected().get(1).staffId())));
    }

    void finaliseResolution() {
        String task = onlyTaskOf("hieutruong", AssemblyStep.FINALISE_RESOLUTION.taskId());
        var record = followUp.resolution(task).record();
        followUp.finalise(task, new Inputs.Finalise(record.getResolutionText(), vn.hoinghi.security.Role.PRINCIPAL,
                record.getResolutionAdoptedOn(), record.getResolutionAdoptedOn().plusDays(1)));
    }

    public String onlyTaskOf(String username, String definitionKey) {
        TestUsers.signIn(accounts, username);
        List<String> ids = inbox.page("", 0, 100).stream().map(TaskInbox.TaskRow::id)
                .filter(id -> tasks.createTaskQuery().taskId(id).processInstanceBusinessKey(String.valueOf(assemblyId))
                        .taskDefinitionKey(definitionKey).count() == 1)
                .toList();
        assertThat(ids).as("%s has a %s task", username, definitionKey).hasSize(1);
        return ids.get(0);
    }
}
