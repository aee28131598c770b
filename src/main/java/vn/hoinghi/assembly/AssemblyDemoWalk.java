package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * Works a school's assembly to a chosen stage through its own services, signed in as each person whose task it
 * is, filling the forms as they would in the browser. The demo data's assemblies are walked this way; the forms'
 * data (which holds this module's entities) stays inside the module.
 */
@Component
public class AssemblyDemoWalk {

    /** Who does what in the school (usernames). */
    public record Cast(String principal, String unionChair, List<String> departmentHeads) {
    }

    /** The assembly's school year, its plenary, its filing deadline, and whether it elects a board. */
    public record Plan(String schoolYear, LocalDate plenaryOn, LocalDate deadline, boolean electBoard) {
    }

    private final AccountDetailsService accounts;
    private final LaunchService launch;
    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final PlenaryService plenary;
    private final FollowUpService followUp;
    private final TaskService tasks;

    AssemblyDemoWalk(AccountDetailsService accounts, LaunchService launch, PreparationService preparation,
                 FeedbackService feedback, PlenaryService plenary, FollowUpService followUp, TaskService tasks) {
        this.accounts = accounts;
        this.launch = launch;
        this.preparation = preparation;
        this.feedback = feedback;
        this.plenary = plenary;
        this.followUp = followUp;
        this.tasks = tasks;
    }

    /**
     * Launches the assembly and works it until {@code until} is the stage it stands at (its steps not done):
     * {@code PREPARATORY} only launches it, {@code FILING} leaves the resolution finalised and the dossier to file.
     * At {@code GROUP_MEETINGS} one department has met; at {@code FEEDBACK} all have. Returns the assembly's id.
     */
    public long walk(Cast p, Plan plan, Stage until) {
        LocalDate plenaryOn = plan.plenaryOn();
        long id = as(p.principal(), () -> launch.launch(form(plan)));
        if (until == Stage.PREPARATORY) {
            return id;
        }
        VietnamTime.replaying(plenaryOn.minusDays(7), () -> as(p.principal(), () -> {
            String task = task(id, AssemblyStep.PREPARATORY_MEETING);
            PreparationService.PreparatoryData data = preparation.preparatory(task);
            List<Inputs.DraftAssignment> drafts = data.suggestedAssignments().stream()
                    .filter(a -> a.kind() == DraftKind.PRINCIPAL_REPORT || a.kind() == DraftKind.UNION_REPORT)
                    .toList();
            preparation.recordPreparatory(task, new Inputs.Preparatory(plenaryOn.minusDays(7),
                    data.suggestedAttendees(), "Trưởng ban: Hiệu trưởng; Phó trưởng ban: Chủ tịch Công đoàn", "",
                    drafts));
            return null;
        }));
        if (until == Stage.DRAFTING) {
            return id;
        }
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).list()) {
            as(t.getAssignee(), () -> {
                preparation.submitDraft(t.getId(), "Dự thảo báo cáo năm học " + plan.schoolYear() + ".");
                return null;
            });
        }
        if (until == Stage.KEY_STAFF) {
            return id;
        }
        VietnamTime.replaying(plenaryOn.minusDays(6), () -> as(p.principal(), () -> {
            String task = task(id, AssemblyStep.KEY_STAFF_MEETING);
            PreparationService.KeyStaffData data = preparation.keyStaff(task);
            List<Inputs.DraftReview> reviews = data.drafts().stream()
                    .map(d -> new Inputs.DraftReview(d.id(), true, null)).toList();
            List<Inputs.Candidate> candidates = plan.electBoard()
                    ? boardMix(data.staff()).stream()
                    .map(s -> new Inputs.Candidate(s.id(), true, plenaryOn.minusDays(6))).toList()
                    : List.of();
            preparation.recordKeyStaff(task, new Inputs.KeyStaff(plenaryOn.minusDays(6), data.suggestedAttendees(),
                    true, "", reviews, candidates));
            return null;
        }));
        List<String> heads = until == Stage.GROUP_MEETINGS ? p.departmentHeads().subList(0, 1) : p.departmentHeads();
        for (String head : heads) {
            departmentMeeting(id, head, plenaryOn.minusDays(5));
        }
        if (until == Stage.GROUP_MEETINGS || until == Stage.FEEDBACK) {
            return id;
        }
        as(p.unionChair(), () -> {
            feedback.consolidate(task(id, AssemblyStep.CONSOLIDATE_FEEDBACK), List.of(new Inputs.FeedbackRow(
                    DraftKind.PRINCIPAL_REPORT, "Các tổ đề nghị bổ sung chỉ tiêu về chuyển đổi số.")));
            return null;
        });
        as(p.principal(), () -> {
            String task = task(id, AssemblyStep.ANSWER_FEEDBACK);
            List<Inputs.Answer> answers = feedback.answers(task).items().stream()
                    .map(i -> new Inputs.Answer(i.id(), AnswerMode.AT_PLENARY, null)).toList();
            feedback.answer(task, answers);
            return null;
        });
        if (until == Stage.PLENARY) {
            return id;
        }
        Map<String, Long> elected = new HashMap<>();
        VietnamTime.replaying(plenaryOn, () -> as(p.principal(), () -> {
            String checkIn = task(id, AssemblyStep.PLENARY_CHECK_IN);
            Set<Long> present = plenary.checkIn(checkIn).staff().stream().map(StaffInfo::id).collect(Collectors.toSet());
            plenary.recordCheckIn(checkIn, new Inputs.CheckIn(plenaryOn, null, present));
            int n = present.size();
            plenary.recordSession(task(id, AssemblyStep.PLENARY_SESSION), new Inputs.Session(
                    "Hiệu trưởng; Chủ tịch Công đoàn; đại diện viên chức", "Thư ký hội nghị; Thư ký thứ hai",
                    plan.electBoard() ? "Trưởng ban kiểm phiếu; Ủy viên ban kiểm phiếu" : null,
                    List.of(new Inputs.DiscussionRow("Tổ trưởng", "Kế hoạch chuyển đổi số?", "Triển khai từ học kỳ I")),
                    List.of(new Inputs.VoteRow(VoteSubject.PRESIDIUM, null, n, 0, 0),
                            new Inputs.VoteRow(VoteSubject.RESOLUTION, null, n - 1, 0, 1)),
                    "Nghị quyết Hội nghị viên chức, người lao động năm học " + plan.schoolYear(), null));
            if (plan.electBoard()) {
                String election = task(id, AssemblyStep.BOARD_ELECTION);
                List<PlenaryService.CandidateView> candidates = plenary.election(election).candidates();
                Map<Long, Integer> votes = new HashMap<>();
                for (int i = 0; i < candidates.size(); i++) {
                    votes.put(candidates.get(i).staffId(), i < AssemblyRules.BOARD_MIN ? n - i : 1);
                }
                List<AssemblyRules.Tally> won = plenary.recordElection(election, new Inputs.Election(n, n, n, 0, votes))
                        .elected();
                elected.put("head", won.get(0).staffId());
                elected.put("deputy", won.get(1).staffId());
            }
            return null;
        }));
        if (until == Stage.BOARD) {
            return id;
        }
        if (plan.electBoard()) {
            VietnamTime.replaying(plenaryOn.plusDays(3), () -> as(p.unionChair(), () -> {
                followUp.recognize(task(id, AssemblyStep.RECOGNIZE_BOARD), plenaryOn.plusDays(2), null);
                followUp.electOfficers(task(id, AssemblyStep.ELECT_BOARD_OFFICERS), new Inputs.Officers(plenaryOn.plusDays(3),
                        elected.get("head"), Set.of(elected.get("deputy"))));
                return null;
            }));
        }
        if (until == Stage.RESOLUTION) {
            return id;
        }
        VietnamTime.replaying(plenaryOn.plusDays(1), () -> as(p.principal(), () -> {
            String task = task(id, AssemblyStep.FINALISE_RESOLUTION);
            var record = followUp.resolution(task).record();
            followUp.finalise(task, new Inputs.Finalise(record.getResolutionText(), Role.PRINCIPAL,
                    record.getResolutionAdoptedOn(), record.getResolutionAdoptedOn().plusDays(1)));
            return null;
        }));
        // the school's news post, the day after
        VietnamTime.replaying(plenaryOn.plusDays(1), () -> as(p.unionChair(), () -> {
            followUp.recordNewsPost(task(id, AssemblyStep.NEWS_POST), new Inputs.NewsPost(plenaryOn.plusDays(1),
                    "https://truong.edu.vn/tin-tuc/hoi-nghi-vien-chuc-" + plan.schoolYear()));
            return null;
        }));
        return id;
    }

    /** The union chair files the dossier (its pieces signed and scanned first), with the note for the body. */
    public void file(Cast p, long id, String note) {
        as(p.unionChair(), () -> {
            followUp.file(task(id, AssemblyStep.FILE_DOSSIER), new Inputs.Filing(true, true, true, note));
            return null;
        });
    }

    private void departmentMeeting(long id, String head, LocalDate heldOn) {
        VietnamTime.replaying(heldOn, () -> as(head, () -> {
            AppUser user = accounts.findUser(head).orElseThrow();
            Task t = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                    .taskDefinitionKey(AssemblyStep.DEPARTMENT_MEETING.taskId()).taskCandidateGroupIn(user.taskGroups()).list().get(0);
            FeedbackService.DepartmentData data = feedback.department(t.getId());
            Set<Long> present = data.members().stream().map(StaffInfo::id).collect(Collectors.toSet());
            feedback.recordDepartment(t.getId(), new Inputs.DepartmentMeeting(heldOn, present, "Thư ký tổ",
                    "Tổ hoàn thành tốt nhiệm vụ năm học.",
                    List.of(new Inputs.TargetRow("Giáo viên đạt chuẩn nghề nghiệp", "100%")),
                    List.of(new Inputs.FeedbackRow(DraftKind.PRINCIPAL_REPORT,
                            "Đề nghị bổ sung chỉ tiêu về chuyển đổi số.")),
                    List.of(new Inputs.RegistrationRow(data.members().get(0).id(), "Lao động tiên tiến")),
                    "Tập thể lao động tiên tiến"));
            return null;
        }));
    }

    /** Four candidates in the seed's mix where the school has the people: a union executive, people without a post. */
    private static List<StaffInfo> boardMix(List<StaffInfo> staff) {
        List<StaffInfo> pool = staff.stream().filter(AssemblyDemoWalk::eligible).toList();
        List<StaffInfo> chosen = new java.util.ArrayList<>();
        pool.stream().filter(s -> s.holds(Role.UNION_EXECUTIVE) && !s.holds(Role.UNION_CHAIR)).findFirst()
                .ifPresent(chosen::add);
        pool.stream().filter(AssemblyRules::withoutPost).filter(s -> !chosen.contains(s))
                .limit(4 - chosen.size()).forEach(chosen::add);
        pool.stream().filter(s -> !chosen.contains(s)).limit(4 - chosen.size()).forEach(chosen::add);
        return chosen;
    }

    private static boolean eligible(StaffInfo s) {
        try {
            AssemblyRules.checkCandidate(s.fullName(), s.roles(), true);
            return true;
        } catch (BusinessRuleException e) {
            return false;
        }
    }

    private static LaunchForm form(Plan plan) {
        LaunchForm f = new LaunchForm();
        f.setSchoolYear(plan.schoolYear());
        f.setKind(AssemblyKind.REGULAR);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(plan.plenaryOn().minusDays(7));
        f.setKeyStaffOn(plan.plenaryOn().minusDays(6));
        f.setGroupMeetingsOn(plan.plenaryOn().minusDays(5));
        f.setPlenaryOn(plan.plenaryOn());
        f.setFilingDeadline(plan.deadline());
        f.setElectBoard(plan.electBoard());
        f.setBoardSeats(AssemblyRules.BOARD_MIN);
        return f;
    }

    private String task(long assemblyId, AssemblyStep step) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskDefinitionKey(step.taskId()).list();
        if (found.isEmpty()) {
            throw new IllegalStateException("No open task " + step + " in assembly " + assemblyId);
        }
        return found.get(0).getId();
    }

    private <T> T as(String username, Supplier<T> step) {
        return CurrentUser.runAs(accounts.findUser(username).orElseThrow(() -> new IllegalArgumentException(username)),
                step);
    }
}
