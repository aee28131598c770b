package vn.hoinghi.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.AnswerMode;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.VoteSubject;
import vn.hoinghi.benchmark.ProvinceGenerator.GeneratedSchool;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;

/**
 * Drives one school's assembly to its end through the services the forms call, the way people do:
 * each task is opened (its form's data loaded) and submitted by the person whose inbox holds it.
 */
final class AssemblyDriver {

    private final LaunchService launch;
    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final PlenaryService plenary;
    private final FollowUpService followUp;
    private final AccountDetailsService accounts;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Stats stats;
    private final DocumentService documents;
    /** A stamped scan stands in as a one-page PDF. */
    private static final byte[] SCAN = onePagePdf();
    private final Map<String, AppUser> signedIn = new ConcurrentHashMap<>();

    AssemblyDriver(LaunchService launch, PreparationService preparation, FeedbackService feedback,
                   PlenaryService plenary, FollowUpService followUp, AccountDetailsService accounts,
                   TaskService tasks, RuntimeService runtime, ManagementService management, Stats stats,
                   DocumentService documents) {
        this.documents = documents;
        this.launch = launch;
        this.preparation = preparation;
        this.feedback = feedback;
        this.plenary = plenary;
        this.followUp = followUp;
        this.accounts = accounts;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.stats = stats;
    }

    /** Runs the whole assembly; returns the number of user tasks completed. */
    int run(GeneratedSchool school, String year, LocalDate start) {
        int done = 0;
        as(school.principal());
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
        f.setFilingDeadline(start.plusDays(9));
        f.setElectBoard(true);
        f.setBoardSeats(3);
        long id = stats.time("launch", () -> launch.launch(f));
        String key = String.valueOf(id);

        String prep = task(key, AssemblyStep.PREPARATORY_MEETING.taskId());
        stats.time("task.preparatoryMeeting", () -> {
            var data = preparation.preparatory(prep);
            preparation.recordPreparatory(prep, new Inputs.Preparatory(start, data.suggestedAttendees(), "Ban tổ chức",
                    "", data.suggestedAssignments()));
        });
        done++;
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).list()) {
            as(t.getAssignee());
            stats.time("task.drafting", () -> {
                preparation.draft(t.getId());
                preparation.submitDraft(t.getId(), "Dự thảo của " + t.getAssignee());
            });
            done++;
        }
        as(school.principal());
        String keyStaff = task(key, AssemblyStep.KEY_STAFF_MEETING.taskId());
        stats.time("task.keyStaffMeeting", () -> {
            var data = preparation.keyStaff(keyStaff);
            List<Inputs.DraftReview> reviews = data.drafts().stream()
                    .map(d -> new Inputs.DraftReview(d.id(), true, null)).toList();
            // the seed's mix: one union executive and people without a post
            List<Inputs.Candidate> candidates = java.util.stream.Stream.concat(data.staff().stream()
                            .filter(s -> s.holds(vn.hoinghi.security.Role.UNION_EXECUTIVE)
                                    && !s.holds(vn.hoinghi.security.Role.UNION_CHAIR)).limit(1),
                    data.staff().stream().filter(s -> s.roles().equals(Set.of(vn.hoinghi.security.Role.STAFF))).limit(3))
                    .map(s -> new Inputs.Candidate(s.id(), true, start.plusDays(1))).toList();
            preparation.recordKeyStaff(keyStaff, new Inputs.KeyStaff(start.plusDays(1), data.suggestedAttendees(),
                    true, "", reviews, candidates));
        });
        done++;
        for (String head : school.departmentHeads()) {
            as(head);
            String dept = task(key, AssemblyStep.DEPARTMENT_MEETING.taskId(), head);
            stats.time("task.departmentMeeting", () -> {
                var data = feedback.department(dept);
                Set<Long> present = data.members().stream().map(StaffInfo::id).collect(Collectors.toSet());
                List<Inputs.RegistrationRow> regs = data.members().stream()
                        .map(m -> new Inputs.RegistrationRow(m.id(), "Lao động tiên tiến")).toList();
                feedback.recordDepartment(dept, new Inputs.DepartmentMeeting(start.plusDays(2), present, "Thư ký",
                        "Hoàn thành nhiệm vụ", List.of(new Inputs.TargetRow("Chất lượng", "100%")),
                        List.of(new Inputs.FeedbackRow(null, "Ý kiến của " + data.department().name())), regs,
                        "Tập thể lao động tiên tiến"));
            });
            done++;
        }
        as(school.unionChair());
        String consolidate = task(key, AssemblyStep.CONSOLIDATE_FEEDBACK.taskId());
        stats.time("task.consolidateFeedback", () -> {
            var data = feedback.consolidation(consolidate);
            feedback.consolidate(consolidate, data.departmentItems().stream()
                    .map(i -> new Inputs.FeedbackRow(i.draftKind(), i.content())).toList());
        });
        done++;
        as(school.principal());
        String answer = task(key, AssemblyStep.ANSWER_FEEDBACK.taskId());
        stats.time("task.answerFeedback", () -> {
            var data = feedback.answers(answer);
            feedback.answer(answer, data.items().stream()
                    .map(i -> new Inputs.Answer(i.id(), AnswerMode.IN_WRITING, "Trả lời")).toList());
        });
        done++;
        as(school.secretary());
        String checkIn = task(key, AssemblyStep.PLENARY_CHECK_IN.taskId());
        int[] attending = new int[1];
        stats.time("task.plenaryCheckIn", () -> {
            var data = plenary.checkIn(checkIn);
            List<StaffInfo> staff = data.staff();
            Set<Long> present = staff.stream().limit((staff.size() * 9L) / 10).map(StaffInfo::id)
                    .collect(Collectors.toSet());
            attending[0] = present.size();
            plenary.recordCheckIn(checkIn, new Inputs.CheckIn(start.plusDays(7), null, present));
        });
        done++;
        String session = task(key, AssemblyStep.PLENARY_SESSION.taskId());
        int a = attending[0];
        stats.time("task.plenarySession", () -> {
            plenary.session(session);
            plenary.recordSession(session, new Inputs.Session("Hiệu trưởng; Chủ tịch Công đoàn; Đại diện viên chức",
                    "Thư ký thứ nhất; Thư ký thứ hai", "Trưởng ban kiểm phiếu; Ủy viên",
                    List.of(new Inputs.DiscussionRow("Giáo viên", "Câu hỏi", "Trả lời")),
                    List.of(new Inputs.VoteRow(VoteSubject.PRESIDIUM, null, a, 0, 0),
                            new Inputs.VoteRow(VoteSubject.RESOLUTION, null, a - 1, 1, 0)), "Nghị quyết", null));
        });
        done++;
        String election = task(key, AssemblyStep.BOARD_ELECTION.taskId());
        stats.time("task.boardElection", () -> {
            var data = plenary.election(election);
            Map<Long, Integer> votes = new HashMap<>();
            int v = a;
            for (var c : data.candidates()) {
                votes.put(c.staffId(), v);
                v = v - a / 8 - 1;
            }
            plenary.recordElection(election, new Inputs.Election(a, a, a, 0, votes));
        });
        done++;
        as(school.unionExecutive());
        String recognize = task(key, AssemblyStep.RECOGNIZE_BOARD.taskId());
        List<Long> elected = new ArrayList<>();
        stats.time("task.recognizeBoard", () -> {
            var data = followUp.recognition(recognize, vn.hoinghi.assembly.AssemblyStep.RECOGNIZE_BOARD);
            data.elected().forEach(c -> elected.add(c.staffId()));
            followUp.recognize(recognize, start.plusDays(8), null);
        });
        done++;
        as(school.unionChair());
        String officers = task(key, AssemblyStep.ELECT_BOARD_OFFICERS.taskId());
        stats.time("task.electBoardOfficers", () -> {
            followUp.recognition(officers, vn.hoinghi.assembly.AssemblyStep.ELECT_BOARD_OFFICERS);
            followUp.electOfficers(officers, new Inputs.Officers(start.plusDays(8), elected.get(0),
                    Set.of(elected.get(1))));
        });
        done++;
        as(school.principal());
        String finalise = task(key, AssemblyStep.FINALISE_RESOLUTION.taskId());
        stats.time("task.finaliseResolution", () -> {
            var data = followUp.resolution(finalise);
            followUp.finalise(finalise, new Inputs.Finalise(data.record().getResolutionText(),
                    vn.hoinghi.security.Role.PRINCIPAL, start.plusDays(7), start.plusDays(8)));
        });
        done++;
        fireDueTimers(key);
        if (untilFiling) {
            SecurityContextHolder.clearContext();
            return done;
        }
        as(school.principal());
        stats.time("documents.signAndScanDossier", () -> {
            for (DocumentService.DocumentRow row : documents.documents(id)) {
                if (row.dossierPiece()) {
                    if (!row.signed()) {
                        documents.sign(id, row.ref(), new DocumentService.SignInput(
                                vn.hoinghi.security.Role.PRINCIPAL, row.naturalDate()));
                    }
                    documents.uploadScan(id, row.ref(), "ban-co-dau.pdf", SCAN);
                }
            }
        });
        as(school.unionChair());
        String file = task(key, AssemblyStep.FILE_DOSSIER.taskId());
        stats.time("task.fileDossier", () -> {
            followUp.dossier(file);
            followUp.file(file, new Inputs.Filing(true, true, true, null));
        });
        done++;
        as(supervisor());
        String review = task(key, AssemblyStep.REVIEW_DOSSIER.taskId());
        stats.time("task.reviewDossier", () -> {
            followUp.review(review);
            followUp.decide(review, new Inputs.Review(true, null));
        });
        done++;
        fireDueTimers(key);
        as(school.principal());
        String six = task(key, AssemblyStep.SIX_MONTH_REVIEW.taskId());
        stats.time("task.sixMonthReview", () -> {
            followUp.sixMonth(six);
            followUp.recordSixMonth(six, new Inputs.SixMonth(start.plusMonths(6), "Đúng tiến độ", true));
        });
        done++;
        SecurityContextHolder.clearContext();
        return done;
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

    private String supervisorUsername;
    private boolean untilFiling;

    /** Stops once the resolution is final: the dossier unsigned, the union chair's filing task open. */
    AssemblyDriver untilFiling() {
        this.untilFiling = true;
        return this;
    }

    AssemblyDriver supervisedBy(String username) {
        this.supervisorUsername = username;
        return this;
    }

    private String supervisor() {
        return supervisorUsername;
    }

    /** What the async executor would do: run the timers that are due. */
    private void fireDueTimers(String businessKey) {
        String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(pid).executable().list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    private String task(String businessKey, String definitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .singleResult().getId();
    }

    /** The department meeting offered to this head's department. */
    private String task(String businessKey, String definitionKey, String username) {
        AppUser user = signedIn.get(username);
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .taskCandidateGroupIn(user.taskGroups()).singleResult().getId();
    }

    private void as(String username) {
        AppUser user = signedIn.computeIfAbsent(username, u -> accounts.findUser(u).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
