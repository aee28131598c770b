package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;

/** Read-only views of assemblies: the list, and everything entered so far on one assembly. */
@Service
@Transactional(readOnly = true)
public class AssemblyQueries {

    public record AssemblyRow(long id, String schoolName, String schoolYear, AssemblyKind kind, Stage stage,
                              LocalDate plenaryOn, LocalDate filingDeadline, DossierStatus dossierStatus) {
    }

    public record StageRow(Stage stage, LocalDate planned, LocalDate actual, boolean done, boolean current) {
    }

    public record HistoryRow(String taskName, String who, LocalDateTime when) {
    }

    public record OpenTaskRow(String name, String who, LocalDateTime dueDate) {
    }

    public record MeetingRow(MeetingKind kind, String departmentName, int convocation, LocalDate heldOn, int convened,
                             int present, Boolean quorumReached, String resultsSummary, String notes) {
    }

    public record TargetRowView(String departmentName, String description, String value) {
    }

    public record RegistrationView(String departmentName, String staffName, String title) {
    }

    public record CandidateRow(String fullName, Integer votes, boolean elected, BoardPosition position) {
    }

    /** Everything entered so far on one assembly, as records: what its page and its documents are written from. */
    public record Overview(AssemblyInfo assembly, SchoolInfo school, List<StageRow> stages, List<HistoryRow> history,
                           List<OpenTaskRow> openTasks, List<DraftView> drafts, List<MeetingRow> meetings,
                           List<ItemView> departmentFeedback, List<ItemView> consolidated,
                           List<TargetRowView> targets, List<RegistrationView> registrations, List<VoteInfo> votes,
                           List<DiscussionInfo> discussion, List<CandidateRow> candidates,
                           Optional<BoardElectionInfo> election, Optional<PlenaryInfo> plenary, DossierInfo dossier,
                           Optional<SixMonthReviewInfo> sixMonthReview, List<ElectionRoundInfo> electionRounds) {
    }

    private static final ZoneId VIETNAM = vn.hoinghi.shared.VietnamTime.ZONE;

    private final AssemblyRepository assemblies;
    private final DossierRepository dossiers;
    private final MeetingRepository meetings;
    private final TargetRepository targets;
    private final EmulationRegistrationRepository registrations;
    private final VoteRepository votes;
    private final DiscussionEntryRepository discussion;
    private final BoardCandidateRepository candidates;
    private final BoardElectionRepository elections;
    private final PlenaryRecordRepository records;
    private final SixMonthReviewRepository reviews;
    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final PlenaryService plenaryService;
    private final AssemblyFacts facts;
    private final SchoolDirectory directory;
    private final HistoryService history;
    private final TaskService tasks;

    AssemblyQueries(AssemblyRepository assemblies, DossierRepository dossiers, MeetingRepository meetings,
                    TargetRepository targets, EmulationRegistrationRepository registrations, VoteRepository votes,
                    DiscussionEntryRepository discussion, BoardCandidateRepository candidates,
                    BoardElectionRepository elections, PlenaryRecordRepository records,
                    SixMonthReviewRepository reviews, PreparationService preparation, FeedbackService feedback,
                    AssemblyFacts facts, SchoolDirectory directory, HistoryService history, TaskService tasks,
                    PlenaryService plenaryService) {
        this.plenaryService = plenaryService;
        this.assemblies = assemblies;
        this.dossiers = dossiers;
        this.meetings = meetings;
        this.targets = targets;
        this.registrations = registrations;
        this.votes = votes;
        this.discussion = discussion;
        this.candidates = candidates;
        this.elections = elections;
        this.records = records;
        this.reviews = reviews;
        this.preparation = preparation;
        this.feedback = feedback;
        this.facts = facts;
        this.directory = directory;
        this.history = history;
        this.tasks = tasks;
    }

    /** The assemblies of the person's school, or of every school under their supervising body. */
    public Page<AssemblyRow> visible(Pageable pageable) {
        Map<Long, SchoolInfo> schools = visibleSchools();
        if (schools.isEmpty()) {
            return Page.empty(pageable);
        }
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "launchedAt"));
        return assemblies.findBySchoolIdIn(schools.keySet(), sorted).map(a -> new AssemblyRow(a.getId(),
                schools.get(a.getSchoolId()).name(), a.getSchoolYear(), a.getKind(), a.getStage(), a.getPlenaryOn(),
                a.getFilingDeadline(),
                dossiers.findByAssemblyId(a.getId()).map(Dossier::getStatus).orElse(DossierStatus.NOT_SUBMITTED)));
    }

    public long countVisible() {
        Map<Long, SchoolInfo> schools = visibleSchools();
        return schools.isEmpty() ? 0 : assemblies.countBySchoolIdIn(schools.keySet());
    }

    private Map<Long, SchoolInfo> visibleSchools() {
        AppUser user = CurrentUser.require();
        List<SchoolInfo> list;
        if (user.schoolId() != null) {
            list = List.of(directory.school(user.schoolId()));
        } else if (user.supervisingBodyId() != null) {
            list = directory.schoolsOfBody(user.supervisingBodyId());
        } else {
            list = List.of();
        }
        return list.stream().collect(Collectors.toMap(SchoolInfo::id, s -> s));
    }

    /** The assembly's process instance and its label, for its school or its body only. */
    public record ProcessRef(String processInstanceId, String label) {
    }

    public ProcessRef process(long assemblyId) {
        Assembly a = facts.assembly(assemblyId);
        SchoolInfo school = directory.school(a.getSchoolId());
        AppUser user = CurrentUser.require();
        if (!user.worksAt(a.getSchoolId()) && !user.supervises(school.bodyId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return new ProcessRef(a.getProcessInstanceId(), a.getSchoolYear() + " · " + school.name());
    }

    public Overview overview(long assemblyId) {
        Assembly a = facts.assembly(assemblyId);
        SchoolInfo school = directory.school(a.getSchoolId());
        AppUser user = CurrentUser.require();
        if (!user.worksAt(a.getSchoolId()) && !user.supervises(school.bodyId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Map<Long, String> deptNames = new HashMap<>();
        directory.departments(a.getSchoolId()).forEach((DepartmentInfo d) -> deptNames.put(d.id(), d.name()));
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .processInstanceId(a.getProcessInstanceId()).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list();
        List<Task> openTasks = tasks.createTaskQuery().processInstanceId(a.getProcessInstanceId())
                .orderByTaskCreateTime().asc().list();
        List<String> usernames = new ArrayList<>();
        done.forEach(t -> usernames.add(t.getCompletedBy() != null ? t.getCompletedBy() : t.getAssignee()));
        openTasks.forEach(t -> usernames.add(t.getAssignee()));
        Map<String, String> people = directory.displayNames(usernames);
        List<HistoryRow> historyRows = done.stream().map(t -> new HistoryRow(t.getName(),
                displayName(people, t.getCompletedBy() != null ? t.getCompletedBy() : t.getAssignee()),
                toLocal(t.getEndTime()))).toList();
        List<OpenTaskRow> open = openTasks.stream()
                .map(t -> new OpenTaskRow(t.getName(), t.getAssignee() == null ? null : displayName(people, t.getAssignee()),
                        t.getDueDate() == null ? null : toLocal(t.getDueDate()))).toList();

        Map<Stage, LocalDate> actual = new EnumMap<>(Stage.class);
        for (HistoricTaskInstance t : done) {
            Stage s = Stage.ofTask(t.getTaskDefinitionKey());
            if (s != null) {
                actual.put(s, toLocal(t.getEndTime()).toLocalDate());
            }
        }
        List<Meeting> meetingList = meetings.findByAssemblyIdOrderById(assemblyId);
        actual.putAll(recordedDates(a, meetingList));
        Set<Stage> openStages = openTasks.stream()
                .map(t -> Stage.ofTask(t.getTaskDefinitionKey())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<StageRow> stageRows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s == Stage.CLOSED || s == Stage.CANCELLED) {
                continue;
            }
            if (s == Stage.BOARD && !a.isElectBoard()) {
                continue;
            }
            boolean isDone = actual.containsKey(s) && !openStages.contains(s);
            stageRows.add(new StageRow(s, planned(a, s), isDone ? actual.get(s) : null, isDone, a.getStage() == s));
        }

        var registrationList = registrations.findByAssemblyIdOrderById(assemblyId);
        var candidateList = candidates.findByAssemblyIdOrderById(assemblyId);
        Set<Long> named = new java.util.HashSet<>();
        registrationList.forEach(r -> {
            if (r.getStaffId() != null) {
                named.add(r.getStaffId());
            }
        });
        candidateList.forEach(c -> named.add(c.getStaffId()));
        Map<Long, String> staffNames = directory.names(named);

        List<MeetingRow> meetingRows = meetingList.stream()
                .map(m -> new MeetingRow(m.getKind(), deptNames.get(m.getDepartmentId()), m.getConvocation(),
                        m.getHeldOn(), m.getConvened(), m.getPresent(), m.getQuorumReached(), m.getResultsSummary(),
                        m.getNotes())).toList();
        List<TargetRowView> targetRows = targets.findByAssemblyIdOrderById(assemblyId).stream()
                .map(t -> new TargetRowView(deptNames.get(t.getDepartmentId()), t.getDescription(), t.getTargetValue()))
                .toList();
        List<RegistrationView> regs = registrationList.stream()
                .map(r -> new RegistrationView(deptNames.get(r.getDepartmentId()),
                        r.getStaffId() == null ? null : staffNames.get(r.getStaffId()), r.getTitle())).toList();
        List<CandidateRow> candidateRows = candidateList.stream()
                .map(c -> new CandidateRow(staffNames.get(c.getStaffId()), c.getVotes(), c.isElected(),
                        c.getBoardPosition())).toList();
        return new Overview(AssemblyInfo.of(a), school, stageRows, historyRows, open, preparation.drafts(assemblyId),
                meetingRows, feedback.itemViews(assemblyId, false), feedback.itemViews(assemblyId, true), targetRows, regs,
                votes.findByAssemblyIdOrderById(assemblyId).stream().map(VoteInfo::of).toList(),
                discussion.findByAssemblyIdOrderByPosition(assemblyId).stream().map(DiscussionInfo::of).toList(),
                candidateRows, elections.findByAssemblyId(assemblyId).map(BoardElectionInfo::of),
                records.findByAssemblyId(assemblyId).map(PlenaryInfo::of),
                DossierInfo.of(dossiers.findByAssemblyId(assemblyId).orElseThrow()),
                reviews.findFirstByAssemblyIdOrderByReviewedOnDescIdDesc(assemblyId).map(SixMonthReviewInfo::of),
                plenaryService.roundViews(assemblyId).stream().map(ElectionRoundInfo::of).toList());
    }

    private static String displayName(Map<String, String> people, String username) {
        return username == null ? "" : people.getOrDefault(username, username);
    }

    /** Where a stage recorded its own date (a meeting held, a resolution signed), that is its actual date. */
    private Map<Stage, LocalDate> recordedDates(Assembly a, List<Meeting> meetingList) {
        Map<Stage, LocalDate> dates = new EnumMap<>(Stage.class);
        for (Meeting m : meetingList) {
            Stage s = switch (m.getKind()) {
                case PREPARATORY -> Stage.PREPARATORY;
                case KEY_STAFF -> Stage.KEY_STAFF;
                case DEPARTMENT -> Stage.GROUP_MEETINGS;
                case PLENARY -> Stage.PLENARY;
            };
            if (m.getHeldOn() != null) {
                dates.merge(s, m.getHeldOn(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        elections.findByAssemblyId(a.getId()).map(BoardElection::getOfficersElectedOn)
                .ifPresent(d -> dates.put(Stage.BOARD, d));
        records.findByAssemblyId(a.getId()).ifPresent(r -> {
            if (r.isWrittenBallot() && r.getResolutionAdoptedOn() != null) {
                dates.put(Stage.PLENARY, r.getResolutionAdoptedOn());
            }
            if (r.getResolutionSignedOn() != null) {
                dates.put(Stage.RESOLUTION, r.getResolutionSignedOn());
            }
        });
        dossiers.findByAssemblyId(a.getId()).map(Dossier::getSubmittedOn).ifPresent(d -> dates.put(Stage.FILING, d));
        reviews.findFirstByAssemblyIdOrderByReviewedOnDescIdDesc(a.getId()).map(SixMonthReview::getReviewedOn)
                .ifPresent(d -> dates.put(Stage.SIX_MONTH_REVIEW, d));
        return dates;
    }

    private LocalDate planned(Assembly a, Stage s) {
        return switch (s) {
            case PREPARATORY -> a.getPreparatoryOn();
            case DRAFTING, KEY_STAFF -> a.getKeyStaffOn();
            case GROUP_MEETINGS -> a.getGroupMeetingsOn();
            case FEEDBACK, PLENARY -> a.getPlenaryOn();
            case BOARD, RESOLUTION -> facts.recognitionDue(a.getId());
            case FILING -> a.getFilingDeadline();
            case SIX_MONTH_REVIEW -> facts.sixMonthReviewOn(a.getId());
            case CLOSED, CANCELLED -> null;
        };
    }

    private static LocalDateTime toLocal(java.util.Date d) {
        return LocalDateTime.ofInstant(d.toInstant(), VIETNAM);
    }
}
