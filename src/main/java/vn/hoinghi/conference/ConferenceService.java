package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.conference.Conference.AwardBatch;
import vn.hoinghi.conference.Conference.Category;
import vn.hoinghi.conference.Conference.ProgrammeItem;
import vn.hoinghi.conference.ConferenceDocuments.Context;
import vn.hoinghi.conference.ConferenceDocuments.Issue;
import vn.hoinghi.conference.PlanForm.AssignmentRow;
import vn.hoinghi.conference.PlanForm.BatchRow;
import vn.hoinghi.conference.PlanForm.BridgePointRow;
import vn.hoinghi.conference.PlanForm.CategoryRow;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.documents.render.OfficialDocument;
import vn.hoinghi.school.BodyDirectory;
import vn.hoinghi.school.BodyDirectory.BodyInfo;
import vn.hoinghi.school.BodyDirectory.Officer;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.school.SchoolLevel;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.BodyRole;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.TaskAccess;

/**
 * The body's officers run their year-end conference here, step by step, each step saving its data and moving the
 * process in one transaction. Only the body's own officers see its conference; the schools' side is Nominations.
 */
@Service
@Transactional
public class ConferenceService {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    public record ConferenceRow(long id, String schoolYear, String title, LocalDate heldOn, ConferenceStatus status) {
    }

    /** The planner's view of the plan: the form, and what the choices are drawn from. */
    public record PlanData(long conferenceId, String taskName, String returnNote, PlanForm form,
                           List<Officer> officers, List<SchoolChoice> schools, Map<CategorySource, Integer> fromData,
                           List<String> units, List<SchoolLevel> levels) {
    }

    public record SchoolChoice(long id, String name) {
    }

    public record ApprovalData(String taskName, String title, String submittedBy, String defaultSignerTitle) {
    }

    public record AssignmentData(String taskName, String conferenceTitle, String unit, String duty, LocalDate dueOn,
                                 LocalDate heldOn) {
    }

    public record BridgeData(String taskName, String conferenceTitle, String name, String host, String contactName,
                             String contactPhone, String participants, LocalDate heldOn, LocalDate testedOn) {
    }

    public record LateData(String taskName, String conferenceTitle, String schoolName, LocalDate deadline,
                           LocalDate heldOn) {
    }

    public record NominationRow(long id, int batch, String batchName, String schoolName, String nominee,
                                String achievement, String evidence, NominationStatus status) {
    }

    public record CategoryView(CategoryGroup group, String name, CategorySource source, int expected, Integer attended) {
    }

    public record UnitReadiness(String unit, int total, int done, int overdue) {
    }

    public record BridgeView(String name, String host, String contact, String participants, LocalDate testedOn) {
    }

    /** @param ownConferenceOn the date the school reported for its own conference of the new school year */
    public record SchoolReadiness(String schoolName, LocalDate deadline, int nominations, LocalDateTime submittedAt,
                                  LocalDateTime remindedAt, LocalDateTime escalatedAt, boolean closedWithout,
                                  LocalDate ownConferenceOn, List<LocalDate> levelConferences,
                                  List<Integer> delegates) {

        /** The school reported a date for its own conference that is not its level's date in the plan. */
        public boolean dateDiffers() {
            return ownConferenceOn != null && !levelConferences.isEmpty() && !levelConferences.contains(ownConferenceOn);
        }
    }

    /**
     * A category the schools name delegates for: planned, named so far, and named by schools that sent their list.
     */
    public record DelegateCategory(int position, String name, int expected, Integer perSchool, int named,
                                   int confirmed) {
    }

    public record LevelDateView(SchoolLevel level, LocalDate heldOn, String place) {
    }

    public record DocumentRow(ConferenceDocKind kind, int part, String label, boolean available, String symbol,
                              LocalDate signedOn, String signerName) {
    }

    /** The conference page: the plan's facts and the readiness of every strand. */
    public record Overview(long id, String title, String schoolYear, LocalDate heldOn, String when, String place,
                           ConferenceFormat format, String chair, ConferenceStatus status, int inPersonTotal,
                           LocalDate nominationDeadline, List<CategoryView> categories, List<ProgrammeRow> programme,
                           List<UnitReadiness> units, List<BridgeView> bridgePoints, List<SchoolReadiness> schools,
                           List<String> batches, int nominations, int accepted, List<DocumentRow> documents,
                           String dayNotes, String summary, List<DelegateCategory> delegateCategories,
                           List<LevelDateView> levelDates, String processInstanceId) {
    }

    public record FileContent(String fileName, String mediaType, byte[] bytes) {
    }

    private final ConferenceRepository conferences;
    private final AssignmentRepository assignments;
    private final BridgePointRepository bridgePoints;
    private final SchoolNominatingRepository nominating;
    private final NominationRepository nominations;
    private final DelegateRepository delegates;
    private final ConferenceDocumentRepository documents;
    private final ConferenceDocuments composer;
    private final SchoolDirectory schools;
    private final BodyDirectory bodies;
    private final TaskAccess access;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuditTrail audit;

    private final vn.hoinghi.supervision.PlannedDates plannedDates;

    ConferenceService(ConferenceRepository conferences, AssignmentRepository assignments,
                      BridgePointRepository bridgePoints, SchoolNominatingRepository nominating,
                      NominationRepository nominations, DelegateRepository delegates,
                      ConferenceDocumentRepository documents,
                      ConferenceDocuments composer, SchoolDirectory schools, BodyDirectory bodies, TaskAccess access,
                      TaskService tasks, RuntimeService runtime, AuditTrail audit,
                      vn.hoinghi.supervision.PlannedDates plannedDates) {
        this.plannedDates = plannedDates;
        this.audit = audit;
        this.conferences = conferences;
        this.assignments = assignments;
        this.bridgePoints = bridgePoints;
        this.nominating = nominating;
        this.nominations = nominations;
        this.delegates = delegates;
        this.documents = documents;
        this.composer = composer;
        this.schools = schools;
        this.bodies = bodies;
        this.access = access;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    // ---- the list and the start ----

    @Transactional(readOnly = true)
    public List<ConferenceRow> list() {
        long bodyId = officerBody();
        return conferences.findBySupervisingBodyIdOrderBySchoolYearDesc(bodyId).stream()
                .map(c -> new ConferenceRow(c.id, c.schoolYear, c.title, c.heldOn, c.status)).toList();
    }

    /** The school year a conference held now closes: August 2026 closes 2025-2026. */
    public static String closingYear(LocalDate today) {
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** Opens the year's conference and its process; the plan task goes to the body's officers. */
    public long start(String schoolYear) {
        long bodyId = officerBody();
        if (schoolYear == null || !schoolYear.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(schoolYear.substring(5)) != Integer.parseInt(schoolYear.substring(0, 4)) + 1) {
            throw BusinessRuleException.onField("schoolYear", "conference.start.yearFormat");
        }
        conferences.findBySupervisingBodyIdAndSchoolYear(bodyId, schoolYear).ifPresent(c -> {
            throw BusinessRuleException.onField("schoolYear", "conference.start.exists", schoolYear);
        });
        int next = Integer.parseInt(schoolYear.substring(5));
        Conference c = new Conference(bodyId, schoolYear,
                composer.t("doc.conference.defaultTitle", schoolYear, next + "-" + (next + 1)));
        c.purpose = composer.t("doc.conference.defaultPurpose");
        c.issuePlace = placeOf(bodies.body(bodyId).name());
        c = conferences.saveAndFlush(c);
        ProcessInstance p = runtime.createProcessInstanceBuilder().processDefinitionKey(ConferenceProcess.PROCESS_KEY)
                .businessKey(ConferenceProcess.businessKey(c.id)).name(c.title)
                .variables(Map.of(ConferenceProcess.CONFERENCE_ID, c.id, ConferenceProcess.BODY_ID, bodyId))
                .start();
        c.processInstanceId = p.getId();
        audit.record(subject(c), AuditAction.CONFERENCE_STARTED, c.schoolYear);
        return c.id;
    }

    /** "Ủy ban nhân dân xã Hồng Hà" is dated at "Hồng Hà". */
    static String placeOf(String bodyName) {
        String name = bodyName == null ? "" : bodyName.strip();
        for (String prefix : List.of("Ủy ban nhân dân xã ", "Ủy ban nhân dân phường ", "Ủy ban nhân dân đặc khu ",
                "Ủy ban nhân dân tỉnh ", "Ủy ban nhân dân thành phố ", "Sở Giáo dục và Đào tạo tỉnh ",
                "Sở Giáo dục và Đào tạo thành phố ", "Sở Giáo dục và Đào tạo ")) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    // ---- the plan ----

    @Transactional(readOnly = true)
    public PlanData planData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.DRAFT_PLAN);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        return new PlanData(c.id, task.name(), c.returnNote, toForm(c), bodies.officers(c.supervisingBodyId),
                schoolsOf(c.supervisingBodyId).stream().map(s -> new SchoolChoice(s.id(), s.name())).toList(),
                fromData(c.supervisingBodyId),
                bodies.units(c.supervisingBodyId).stream().map(BodyDirectory.Unit::name).toList(),
                List.copyOf(levelsOf(c.supervisingBodyId)));
    }

    /** The levels the body's schools teach, in the enum's order (MN, TH, THCS, THPT). */
    Set<SchoolLevel> levelsOf(long bodyId) {
        Set<SchoolLevel> levels = java.util.EnumSet.noneOf(SchoolLevel.class);
        schoolsOf(bodyId).forEach(s -> levels.addAll(schools.levels(s.id())));
        return levels;
    }

    /** The counts the app knows: the principals and union chairs in office at the body's schools today. */
    Map<CategorySource, Integer> fromData(long bodyId) {
        List<SchoolInfo> list = schoolsOf(bodyId);
        int principals = 0;
        int chairs = 0;
        for (SchoolInfo s : list) {
            principals += schools.holders(s.id(), Role.PRINCIPAL).size();
            if (s.hasUnion()) {
                chairs += schools.holders(s.id(), Role.UNION_CHAIR).size();
            }
        }
        Map<CategorySource, Integer> counts = new HashMap<>();
        counts.put(CategorySource.PRINCIPALS, principals);
        counts.put(CategorySource.UNION_CHAIRS, chairs);
        return counts;
    }

    /**
     * Saves the whole plan, checked whole: counts drawn from data are taken from the data, not from the form.
     * With submit, the plan goes to the leader for approval.
     */
    public void savePlan(String taskId, PlanForm form, boolean submit) {
        OpenTask task = open(taskId, ConferenceStep.DRAFT_PLAN);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        Map<CategorySource, Integer> counts = fromData(c.supervisingBodyId);
        for (CategoryRow r : form.getCategories()) {
            if (r.getSource() != null && counts.containsKey(r.getSource())) {
                r.setExpected(counts.get(r.getSource()));
            }
        }
        Set<String> owners = bodies.officers(c.supervisingBodyId).stream().map(Officer::username)
                .collect(Collectors.toSet());
        Set<Long> schoolIds = schoolsOf(c.supervisingBodyId).stream().map(SchoolInfo::id).collect(Collectors.toSet());
        Map<String, Set<String>> unitPeople = unitPeople(c.supervisingBodyId);
        PlanRules.check(form, VietnamTime.today(), owners, schoolIds, unitPeople, levelsOf(c.supervisingBodyId));
        c.title = form.getTitle().strip();
        c.purpose = form.getPurpose();
        c.heldOn = form.getHeldOn();
        c.startsAt = form.getStartsAt();
        c.place = form.getPlace();
        c.issuePlace = form.getIssuePlace();
        c.format = form.getFormat();
        c.chair = form.getChair();
        c.budgetSource = form.getBudgetSource();
        c.inPersonTotal = form.getInPersonTotal();
        c.nominationDeadline = form.getNominationDeadline();
        c.categories.clear();
        form.getCategories().forEach(r -> c.categories.add(new Category(r.getGroup(), r.getName().strip(),
                r.getSource(), r.getExpected(), r.getGroup() == CategoryGroup.BASE ? r.getPerSchool() : null)));
        c.levelDates.clear();
        form.getLevelDates().forEach(r -> c.levelDates.add(new Conference.LevelDate(r.getLevel(), r.getHeldOn(),
                r.getPlace() == null || r.getPlace().isBlank() ? null : r.getPlace().strip())));
        c.programme.clear();
        form.getProgramme().forEach(r -> c.programme.add(new ProgrammeItem(r.getStartsAt(), r.getEndsAt(),
                r.getTitle().strip(), r.getPerformer())));
        c.batches.clear();
        form.getBatches().forEach(r -> c.batches.add(new AwardBatch(r.getName().strip(), r.getRecipientKind())));
        assignments.deleteByConference(c.id);
        bridgePoints.deleteByConference(c.id);
        assignments.flush();
        for (int i = 0; i < form.getAssignments().size(); i++) {
            AssignmentRow r = form.getAssignments().get(i);
            String owner = r.getOwner() == null || r.getOwner().isBlank() ? null : r.getOwner();
            Assignment a = new Assignment(c.id, i, r.getUnit().strip(), r.getDuty().strip(), owner, r.getDueOn());
            bodies.unitNamed(c.supervisingBodyId, r.getUnit()).ifPresent(u -> {
                a.unit = u.name();
                a.unitId = u.id();
            });
            assignments.save(a);
        }
        for (int i = 0; i < form.getBridgePoints().size(); i++) {
            BridgePointRow r = form.getBridgePoints().get(i);
            bridgePoints.save(new BridgePoint(c.id, i, r.getName().strip(), r.getSchoolId(), r.getHost().strip(),
                    r.getContactName().strip(), r.getContactPhone().strip(), r.getParticipants()));
        }
        if (submit) {
            c.status = ConferenceStatus.SUBMITTED;
            c.submittedBy = CurrentUser.require().getUsername();
            c.returnNote = null;
            access.complete(task.id(), Map.of());
        }
    }

    private PlanForm toForm(Conference c) {
        PlanForm f = new PlanForm();
        f.setTitle(c.title);
        f.setPurpose(c.purpose);
        f.setHeldOn(c.heldOn);
        f.setStartsAt(c.startsAt);
        f.setPlace(c.place);
        f.setIssuePlace(c.issuePlace);
        f.setFormat(c.format);
        f.setChair(c.chair);
        f.setBudgetSource(c.budgetSource);
        f.setInPersonTotal(c.inPersonTotal == 0 ? null : c.inPersonTotal);
        f.setNominationDeadline(c.nominationDeadline);
        c.categories.forEach(x -> f.getCategories().add(new CategoryRow(x.groupKind, x.name, x.source, x.expected,
                x.perSchool)));
        c.levelDates.forEach(x -> f.getLevelDates().add(new PlanForm.LevelDateRow(x.level, x.heldOn, x.place)));
        c.programme.forEach(x -> f.getProgramme().add(new ProgrammeRow(x.startsAt, x.endsAt, x.title, x.performer)));
        c.batches.forEach(x -> f.getBatches().add(new BatchRow(x.name, x.recipientKind)));
        assignments.findByConferenceIdOrderByPosition(c.id).forEach(a -> f.getAssignments()
                .add(new AssignmentRow(a.unit, a.duty, a.ownerUsername, a.dueOn)));
        bridgePoints.findByConferenceIdOrderByPosition(c.id).forEach(b -> f.getBridgePoints()
                .add(new BridgePointRow(b.name, b.schoolId, b.host, b.contactName, b.contactPhone, b.participants)));
        return f;
    }

    @Transactional(readOnly = true)
    public ApprovalData approvalData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.APPROVE_PLAN);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        return new ApprovalData(task.name(), c.title, displayName(c.submittedBy),
                composer.defaultSignerTitle(bodies.body(c.supervisingBodyId)));
    }

    /**
     * The leader approves and signs the plan: it gets the next number of the body's register, each school is
     * asked for its nominations by the plan's deadline, and every strand of the preparation starts.
     */
    public String approve(String taskId, String signerName, String signerTitle, LocalDate signedOn) {
        OpenTask task = open(taskId, ConferenceStep.APPROVE_PLAN);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        AppUser user = requireLeader(c);
        if (user.getUsername().equals(c.submittedBy)) {
            throw new BusinessRuleException("conference.approve.ownPlan");
        }
        checkSignature(signerName, signedOn, null);
        String symbol = sign(c, ConferenceDocKind.PLAN, 0, signerName, signerTitle, signedOn);
        for (SchoolInfo s : schoolsOf(c.supervisingBodyId)) {
            if (nominating.findByConferenceIdAndSchoolId(c.id, s.id()).isEmpty()) {
                nominating.save(new SchoolNominating(c.id, s.id(), c.nominationDeadline));
                prefillDelegates(c, s);
            }
        }
        nominating.flush();
        c.approvedBy = user.getUsername();
        c.status = ConferenceStatus.PREPARING;
        access.complete(task.id(), Map.of(ConferenceProcess.APPROVED, true));
        return symbol;
    }

    /**
     * The categories the app fills from its own data start with the school's principals (or union chair) from its
     * roster; the principal changes them when someone else goes.
     */
    private void prefillDelegates(Conference c, SchoolInfo s) {
        for (int i = 0; i < c.categories.size(); i++) {
            Category x = c.categories.get(i);
            if (!x.namedBySchools()) {
                continue;
            }
            List<vn.hoinghi.school.StaffInfo> holders = switch (x.source) {
                case PRINCIPALS -> schools.holders(s.id(), Role.PRINCIPAL);
                case UNION_CHAIRS -> s.hasUnion() ? schools.holders(s.id(), Role.UNION_CHAIR) : List.of();
                default -> List.of();
            };
            String title = composer.t(x.source == CategorySource.PRINCIPALS ? "conference.delegate.principal"
                    : "conference.delegate.unionChair");
            int room = x.perSchool == null ? holders.size() : Math.min(x.perSchool, holders.size());
            for (int k = 0; k < room; k++) {
                if (delegates.countByConferenceIdAndCategoryPosition(c.id, i) >= x.expected) {
                    break;
                }
                delegates.saveAndFlush(new Delegate(c.id, s.id(), i, holders.get(k).fullName(), title, true, null,
                        VietnamTime.now()));
            }
        }
    }

    /** The leader sends the plan back with what to change; the planner sees the note. */
    public void returnPlan(String taskId, String note) {
        OpenTask task = open(taskId, ConferenceStep.APPROVE_PLAN);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        requireLeader(c);
        if (note == null || note.isBlank()) {
            throw BusinessRuleException.onField("note", "conference.approve.noteRequired");
        }
        c.returnNote = note.strip();
        c.status = ConferenceStatus.DRAFT;
        audit.recordTask(subject(c), AuditAction.CONFERENCE_PLAN_RETURNED, task.id(), task.name(), c.returnNote);
        access.complete(task.id(), Map.of(ConferenceProcess.APPROVED, false));
    }

    // ---- preparation ----

    @Transactional(readOnly = true)
    public AssignmentData assignmentData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.UNIT_ASSIGNMENT);
        Assignment a = assignments.findById(ConferenceProcess.assignmentId(task)).orElseThrow(ConferenceService::gone);
        Conference c = officerConference(a.conferenceId);
        return new AssignmentData(task.name(), c.title, a.unit, a.duty, a.dueOn, c.heldOn);
    }

    /** The owner reports the duty done, with what was done. */
    public void completeAssignment(String taskId, String note) {
        OpenTask task = open(taskId, ConferenceStep.UNIT_ASSIGNMENT);
        Assignment a = assignments.findById(ConferenceProcess.assignmentId(task)).orElseThrow(ConferenceService::gone);
        officerConference(a.conferenceId);
        requireDutyHolder(a);
        if (note == null || note.isBlank()) {
            throw BusinessRuleException.onField("note", "conference.assignment.noteRequired");
        }
        a.doneAt = VietnamTime.now();
        a.doneBy = CurrentUser.require().getUsername();
        a.doneNote = note.strip();
        access.complete(task.id(), Map.of());
    }

    @Transactional(readOnly = true)
    public BridgeData bridgeData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.BRIDGE_POINT_READINESS);
        BridgePoint p = bridgePoint(task);
        Conference c = conferences.findById(p.conferenceId).orElseThrow(ConferenceService::gone);
        return new BridgeData(task.name(), c.title, p.name, p.host, p.contactName, p.contactPhone, p.participants,
                c.heldOn, p.testedOn);
    }

    /** The bridge point's host confirms it is ready: the connection was tested on that day. */
    public void confirmBridgePoint(String taskId, LocalDate testedOn) {
        OpenTask task = open(taskId, ConferenceStep.BRIDGE_POINT_READINESS);
        BridgePoint p = bridgePoint(task);
        if (testedOn == null) {
            throw BusinessRuleException.onField("testedOn", "conference.bridge.testedRequired");
        }
        if (testedOn.isAfter(VietnamTime.today())) {
            throw BusinessRuleException.onField("testedOn", "conference.bridge.testedInFuture");
        }
        p.testedOn = testedOn;
        p.confirmedBy = CurrentUser.require().getUsername();
        p.confirmedAt = VietnamTime.now();
        access.complete(task.id(), Map.of());
    }

    /** A school's bridge point is the school's principals' to confirm; another one the body's officers'. */
    private BridgePoint bridgePoint(OpenTask task) {
        BridgePoint p = bridgePoints.findById(ConferenceProcess.bridgePointId(task)).orElseThrow(ConferenceService::gone);
        AppUser user = CurrentUser.require();
        if (p.schoolId != null) {
            if (!user.worksAt(p.schoolId) || !user.hasRole(Role.PRINCIPAL)) {
                throw new BusinessRuleException("error.accessDenied");
            }
        } else {
            officerConference(p.conferenceId);
        }
        return p;
    }

    /** Signs the invitations: one to each guest category and one to every school, each with its own number. */
    public List<String> issueInvitations(String taskId, String signerName, String signerTitle, LocalDate signedOn) {
        OpenTask task = open(taskId, ConferenceStep.ISSUE_INVITATIONS);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        requireLeader(c);
        checkSignature(signerName, signedOn, planDate(c));
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < c.categories.size(); i++) {
            if (c.categories.get(i).groupKind == CategoryGroup.GUEST) {
                symbols.add(sign(c, ConferenceDocKind.INVITATION, i + 1, signerName, signerTitle, signedOn));
            }
        }
        symbols.add(sign(c, ConferenceDocKind.INVITATION, 0, signerName, signerTitle, signedOn));
        access.complete(task.id(), Map.of());
        return symbols;
    }

    @Transactional(readOnly = true)
    public LateData lateData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.LATE_NOMINATION);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        SchoolNominating s = school(c.id, ConferenceProcess.schoolId(task));
        return new LateData(task.name(), c.title, schools.school(s.schoolId).name(), s.deadline, c.heldOn);
    }

    /** The officer gives the late school until a new day; the school's task comes back with that deadline. */
    public void reopenNominations(String taskId, LocalDate newDeadline) {
        OpenTask task = open(taskId, ConferenceStep.LATE_NOMINATION);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        SchoolNominating s = school(c.id, ConferenceProcess.schoolId(task));
        if (newDeadline == null || newDeadline.isBefore(VietnamTime.today()) || !newDeadline.isBefore(c.heldOn)) {
            throw BusinessRuleException.onField("deadline", "conference.plan.deadlineOutside",
                    Texts.date(VietnamTime.today()), Texts.date(c.heldOn));
        }
        s.deadline = newDeadline;
        nominating.flush();
        audit.recordTask(subject(c), AuditAction.CONFERENCE_NOMINATIONS_REOPENED, task.id(), task.name(),
                schools.school(s.schoolId).name() + " → " + Texts.date(newDeadline));
        access.complete(task.id(), Map.of(ConferenceProcess.REOPENED, true));
    }

    /** The officer closes the late school's nominating: the school nominates nobody this year. */
    public void closeWithoutNominations(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.LATE_NOMINATION);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        school(c.id, ConferenceProcess.schoolId(task)).closedWithout = true;
        access.complete(task.id(), Map.of(ConferenceProcess.REOPENED, false));
    }

    // ---- awards ----

    @Transactional(readOnly = true)
    public List<NominationRow> nominationsForTask(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.CONSOLIDATE_AWARDS, ConferenceStep.SIGN_AWARD_DECISION);
        return nominationRows(officerConference(ConferenceProcess.conferenceId(task)));
    }

    private List<NominationRow> nominationRows(Conference c) {
        Map<Long, String> names = schoolNames(c.supervisingBodyId);
        return nominations.findByConferenceIdOrderByBatchPositionAscIdAsc(c.id).stream()
                .map(n -> new NominationRow(n.id, n.batchPosition, batchName(c, n.batchPosition),
                        names.getOrDefault(n.schoolId, ""), n.nominee, n.achievement, n.evidence, n.status))
                .toList();
    }

    /** The emulation office accepts or refuses every nomination; the accepted ones make the decision's list. */
    public void consolidate(String taskId, Set<Long> accepted) {
        OpenTask task = open(taskId, ConferenceStep.CONSOLIDATE_AWARDS);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        requireEmulationOffice();
        List<Nomination> all = nominations.findByConferenceIdOrderByBatchPositionAscIdAsc(c.id);
        Set<Long> ids = all.stream().map(n -> n.id).collect(Collectors.toSet());
        if (!ids.containsAll(accepted)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        for (Nomination n : all) {
            n.status = accepted.contains(n.id) ? NominationStatus.ACCEPTED : NominationStatus.REJECTED;
        }
        c.status = ConferenceStatus.AWARDS;
        audit.recordTask(subject(c), AuditAction.CONFERENCE_AWARDS_CONSOLIDATED, task.id(), task.name(),
                accepted.size() + "/" + all.size());
        access.complete(task.id(), Map.of());
    }

    @Transactional(readOnly = true)
    public ApprovalData decisionData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.SIGN_AWARD_DECISION);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        return new ApprovalData(task.name(), c.title, displayName(c.approvedBy),
                composer.defaultSignerTitle(bodies.body(c.supervisingBodyId)));
    }

    /** The chair signs the award decision with the annexed list per batch; it gets the register's next number. */
    public String signAwardDecision(String taskId, String signerName, String signerTitle, LocalDate signedOn) {
        OpenTask task = open(taskId, ConferenceStep.SIGN_AWARD_DECISION);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        requireLeader(c);
        if (accepted(c).isEmpty()) {
            throw new BusinessRuleException("conference.decision.nobodyAccepted");
        }
        checkSignature(signerName, signedOn, planDate(c));
        String symbol = sign(c, ConferenceDocKind.AWARD_DECISION, 0, signerName, signerTitle, signedOn);
        c.status = ConferenceStatus.DECIDED;
        access.complete(task.id(), Map.of());
        return symbol;
    }

    // ---- the day and after ----

    @Transactional(readOnly = true)
    public List<CategoryView> dayData(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.CONFERENCE_DAY);
        return categories(officerConference(ConferenceProcess.conferenceId(task)));
    }

    /** The day as it went: who came by category, whether the awards were handed, notes. */
    public void recordDay(String taskId, List<Integer> attended, boolean awardsHanded, String notes) {
        OpenTask task = open(taskId, ConferenceStep.CONFERENCE_DAY);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        if (VietnamTime.today().isBefore(c.heldOn)) {
            throw new BusinessRuleException("conference.day.notYet", Texts.date(c.heldOn));
        }
        if (attended.size() != c.categories.size()) {
            throw new BusinessRuleException("error.notFound");
        }
        for (int i = 0; i < attended.size(); i++) {
            Integer n = attended.get(i);
            if (n == null || n < 0) {
                throw BusinessRuleException.onField("attended[" + i + "]", "conference.day.attendedRequired");
            }
        }
        for (int i = 0; i < attended.size(); i++) {
            c.categories.get(i).attended = attended.get(i);
        }
        c.awardsHanded = awardsHanded;
        c.dayNotes = notes;
        c.status = ConferenceStatus.HELD;
        access.complete(task.id(), Map.of());
    }

    public void close(String taskId, String summary) {
        OpenTask task = open(taskId, ConferenceStep.CONFERENCE_SUMMARY);
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        if (summary == null || summary.isBlank()) {
            throw BusinessRuleException.onField("summary", "conference.summary.required");
        }
        c.summary = summary.strip();
        c.status = ConferenceStatus.CLOSED;
        access.complete(task.id(), Map.of());
    }

    /** What any officer step's form shows at its top: the task, its conference, who signs for the body. */
    public record StepInfo(String taskName, long conferenceId, String title, String defaultSignerTitle) {
    }

    @Transactional(readOnly = true)
    public StepInfo stepInfo(String taskId) {
        OpenTask task = open(taskId, ConferenceStep.values());
        Conference c = officerConference(ConferenceProcess.conferenceId(task));
        return new StepInfo(task.name(), c.id, c.title, composer.defaultSignerTitle(bodies.body(c.supervisingBodyId)));
    }

    /** The id of the conference's open task of that step (the first, for a step with many), for the demo data. */
    @Transactional(readOnly = true)
    public String openTaskOf(long conferenceId, ConferenceStep step) {
        Conference c = officerConference(conferenceId);
        return tasks.createTaskQuery().processInstanceId(c.processInstanceId).taskDefinitionKey(step.taskId())
                .orderByTaskCreateTime().asc().list().stream().findFirst().map(org.flowable.task.api.Task::getId)
                .orElseThrow(ConferenceService::gone);
    }

    /** The conference a task belongs to, for the task page's link to it. */
    @Transactional(readOnly = true)
    public long conferenceOf(String taskId) {
        return ConferenceProcess.conferenceId(open(taskId, ConferenceStep.values()));
    }

    // ---- the conference page ----

    @Transactional(readOnly = true)
    public Overview overview(long conferenceId) {
        Conference c = officerConference(conferenceId);
        LocalDate today = VietnamTime.today();
        Map<String, int[]> units = new LinkedHashMap<>();
        for (Assignment a : assignments.findByConferenceIdOrderByPosition(c.id)) {
            int[] n = units.computeIfAbsent(a.unit, u -> new int[3]);
            n[0]++;
            if (a.doneAt != null) {
                n[1]++;
            } else if (a.dueOn.isBefore(today)) {
                n[2]++;
            }
        }
        List<UnitReadiness> unitRows = units.entrySet().stream()
                .map(e -> new UnitReadiness(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        List<BridgeView> bridges = bridgePoints.findByConferenceIdOrderByPosition(c.id).stream()
                .map(p -> new BridgeView(p.name, p.host, p.contactName + " · " + p.contactPhone, p.participants,
                        p.testedOn)).toList();
        Map<Long, String> names = schoolNames(c.supervisingBodyId);
        List<Nomination> all = nominations.findByConferenceIdOrderByBatchPositionAscIdAsc(c.id);
        Map<Long, Long> bySchool = all.stream().collect(Collectors.groupingBy(n -> n.schoolId, Collectors.counting()));
        // The schools' own conferences follow the body's, for the school year it launches.
        Map<Long, LocalDate> own = plannedDates.reportedDates(c.supervisingBodyId, nextYear(c.schoolYear));
        List<Delegate> named = delegates.findByConferenceIdOrderByCategoryPositionAscIdAsc(c.id);
        List<Integer> delegateColumns = new ArrayList<>();
        for (int i = 0; i < c.categories.size(); i++) {
            if (c.categories.get(i).namedBySchools()) {
                delegateColumns.add(i);
            }
        }
        List<SchoolNominating> asked = nominating.findByConferenceId(c.id);
        Set<Long> sent = asked.stream().filter(s -> s.submittedAt != null).map(s -> s.schoolId)
                .collect(Collectors.toSet());
        List<SchoolReadiness> schoolRows = asked.stream()
                .map(s -> new SchoolReadiness(names.getOrDefault(s.schoolId, ""), s.deadline,
                        bySchool.getOrDefault(s.schoolId, 0L).intValue(), s.submittedAt, s.remindedAt, s.escalatedAt,
                        s.closedWithout, own.get(s.schoolId), levelConferences(c, s.schoolId),
                        delegateColumns.stream().map(i -> (int) named.stream()
                                .filter(d -> d.schoolId.equals(s.schoolId) && d.categoryPosition == i).count())
                                .toList()))
                .sorted(java.util.Comparator.comparing(SchoolReadiness::schoolName, Texts.personNameOrder()))
                .toList();
        List<ProgrammeRow> programme = c.programme.stream()
                .map(p -> new ProgrammeRow(p.startsAt, p.endsAt, p.title, p.performer)).toList();
        int acceptedCount = (int) all.stream().filter(n -> n.status == NominationStatus.ACCEPTED).count();
        String when = c.heldOn == null || c.startsAt == null ? ""
                : ConferenceDocuments.hour(c.startsAt) + " " + Texts.date(c.heldOn);
        return new Overview(c.id, c.title, c.schoolYear, c.heldOn, when, c.place, c.format, c.chair, c.status,
                c.inPersonTotal, c.nominationDeadline, categories(c), programme, unitRows, bridges, schoolRows,
                c.batches.stream().map(b -> b.name).toList(), all.size(), acceptedCount, documentRows(c), c.dayNotes,
                c.summary, delegateColumns.stream().map(i -> {
                    Category x = c.categories.get(i);
                    List<Delegate> in = named.stream().filter(d -> d.categoryPosition == i).toList();
                    return new DelegateCategory(i, x.name, x.expected, x.perSchool, in.size(),
                            (int) in.stream().filter(d -> sent.contains(d.schoolId)).count());
                }).toList(),
                c.levelDates.stream().map(l -> new LevelDateView(l.level, l.heldOn, l.place)).toList(),
                c.processInstanceId);
    }

    /** The dates of the level conferences a school takes part in (one, or one per level it teaches). */
    private List<LocalDate> levelConferences(Conference c, long schoolId) {
        Set<SchoolLevel> levels = schools.levels(schoolId);
        return c.levelDates.stream().filter(l -> levels.contains(l.level)).map(l -> l.heldOn).toList();
    }

    private List<CategoryView> categories(Conference c) {
        return c.categories.stream().map(x -> new CategoryView(x.groupKind, x.name, x.source, x.expected, x.attended))
                .toList();
    }

    // ---- documents ----

    private List<DocumentRow> documentRows(Conference c) {
        Map<String, ConferenceDocument> issued = new HashMap<>();
        documents.findByConferenceIdOrderBySeqNo(c.id).forEach(d -> issued.put(d.kind + ":" + d.part, d));
        boolean planned = c.heldOn != null && !c.programme.isEmpty();
        List<DocumentRow> rows = new ArrayList<>();
        rows.add(row(issued, ConferenceDocKind.PLAN, 0, composer.t("conference.docKind.PLAN"), planned));
        rows.add(row(issued, ConferenceDocKind.PROGRAMME, 0, composer.t("conference.docKind.PROGRAMME"), planned));
        for (int i = 0; i < c.categories.size(); i++) {
            if (c.categories.get(i).groupKind == CategoryGroup.GUEST) {
                rows.add(row(issued, ConferenceDocKind.INVITATION, i + 1,
                        composer.t("conference.docKind.invitationTo", c.categories.get(i).name), planned));
            }
        }
        rows.add(row(issued, ConferenceDocKind.INVITATION, 0, composer.t("conference.docKind.invitationSchools"),
                planned));
        rows.add(row(issued, ConferenceDocKind.AWARD_DECISION, 0, composer.t("conference.docKind.AWARD_DECISION"),
                !accepted(c).isEmpty()));
        return rows;
    }

    private static DocumentRow row(Map<String, ConferenceDocument> issued, ConferenceDocKind kind, int part,
                                   String label, boolean available) {
        ConferenceDocument d = issued.get(kind + ":" + part);
        return new DocumentRow(kind, part, label, available || d != null, d == null ? null : d.symbol,
                d == null ? null : d.signedOn, d == null ? null : d.signerName);
    }

    /** The DOCX or PDF: as issued once signed, otherwise written now from the data, with a blank number. */
    @Transactional(readOnly = true)
    public FileContent file(long conferenceId, ConferenceDocKind kind, int part, boolean pdf) {
        Conference c = officerConference(conferenceId);
        String stem = kind.fileStem() + (kind == ConferenceDocKind.INVITATION ? "-" + part : "") + "-" + c.schoolYear;
        var done = documents.findByConferenceIdAndKindAndPart(c.id, kind, part);
        byte[] bytes;
        if (done.isPresent()) {
            bytes = pdf ? done.get().pdfBytes : done.get().docxBytes;
        } else {
            OfficialDocument doc = compose(c, kind, part, new Issue(null, VietnamTime.today(), null, null));
            bytes = pdf ? composer.pdf(doc) : composer.docx(doc);
            stem += kind.numbered() ? "-du-thao" : "";
        }
        return new FileContent(stem + (pdf ? ".pdf" : ".docx"), pdf ? PDF : DOCX, bytes);
    }

    private OfficialDocument compose(Conference c, ConferenceDocKind kind, int part, Issue issue) {
        if (c.heldOn == null || c.startsAt == null) {
            throw new BusinessRuleException("conference.documents.planFirst");
        }
        Context ctx = context(c);
        return switch (kind) {
            case PLAN -> composer.plan(ctx, issue);
            case PROGRAMME -> composer.programme(ctx);
            case INVITATION -> {
                if (part < 0 || part > c.categories.size()) {
                    throw new BusinessRuleException("error.notFound");
                }
                yield composer.invitation(ctx, part - 1, issue);
            }
            case AWARD_DECISION -> {
                if (ctx.accepted().isEmpty()) {
                    throw new BusinessRuleException("conference.decision.nobodyAccepted");
                }
                yield composer.decision(ctx, issue);
            }
        };
    }

    private Context context(Conference c) {
        String plan = documents.findByConferenceIdAndKindAndPart(c.id, ConferenceDocKind.PLAN, 0).map(d -> d.symbol)
                .orElse(null);
        return new Context(c, bodies.body(c.supervisingBodyId), assignments.findByConferenceIdOrderByPosition(c.id),
                bridgePoints.findByConferenceIdOrderByPosition(c.id), schoolNames(c.supervisingBodyId), accepted(c),
                plan, delegates.findByConferenceIdOrderByCategoryPositionAscIdAsc(c.id));
    }

    private String sign(Conference c, ConferenceDocKind kind, int part, String signerName, String signerTitle,
                        LocalDate signedOn) {
        documents.findByConferenceIdAndKindAndPart(c.id, kind, part).ifPresent(d -> {
            throw new BusinessRuleException("conference.sign.already", d.symbol, Texts.date(d.signedOn));
        });
        BodyInfo body = bodies.body(c.supervisingBodyId);
        int number = composer.next(body.id(), signedOn.getYear());
        Issue issue = new Issue(number, signedOn, signerName.strip(), signerTitle);
        OfficialDocument doc = compose(c, kind, part, issue);
        ConferenceDocument d = new ConferenceDocument(c.id, kind, part, signedOn.getYear(), number,
                composer.symbol(body, kind, number), signedOn, signerName.strip(), CurrentUser.require().getUsername());
        d.docxBytes = composer.docx(doc);
        d.pdfBytes = composer.pdf(doc);
        documents.save(d);
        audit.record(subject(c), AuditAction.CONFERENCE_DOCUMENT_SIGNED, d.symbol + " · " + signerName.strip());
        return d.symbol;
    }

    private static void checkSignature(String signerName, LocalDate signedOn, LocalDate notBefore) {
        if (signerName == null || signerName.isBlank()) {
            throw BusinessRuleException.onField("signerName", "conference.sign.signerRequired");
        }
        if (signedOn == null) {
            throw BusinessRuleException.onField("signedOn", "conference.sign.dateRequired");
        }
        if (signedOn.isAfter(VietnamTime.today())) {
            throw BusinessRuleException.onField("signedOn", "conference.sign.dateInFuture");
        }
        if (notBefore != null && signedOn.isBefore(notBefore)) {
            throw BusinessRuleException.onField("signedOn", "conference.sign.beforePlan", Texts.date(notBefore));
        }
    }

    private LocalDate planDate(Conference c) {
        return documents.findByConferenceIdAndKindAndPart(c.id, ConferenceDocKind.PLAN, 0).map(d -> d.signedOn)
                .orElse(null);
    }

    // ---- access and lookups ----

    static AuditSubject subject(Conference c) {
        return AuditSubject.conference(c.id, c.supervisingBodyId, c.processInstanceId);
    }

    /** The conference's record: every task done, every document signed, by whom and when. */
    @Transactional(readOnly = true)
    public List<AuditEntry> trail(long conferenceId) {
        return audit.forSubject(subject(officerConference(conferenceId)));
    }

    /** The signed-in officer's body; anyone else is refused. */
    private static long officerBody() {
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SUPERVISOR) || user.supervisingBodyId() == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return user.supervisingBodyId();
    }

    /** "2025-2026" → "2026-2027". */
    static String nextYear(String schoolYear) {
        int start = Integer.parseInt(schoolYear.substring(0, 4)) + 1;
        return start + "-" + (start + 1);
    }

    /** The body's units by name, each with its active officers' usernames. */
    private Map<String, Set<String>> unitPeople(long bodyId) {
        Map<String, Set<String>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (BodyDirectory.Unit u : bodies.units(bodyId)) {
            byUnit.put(u.name(), new java.util.HashSet<>());
            names.put(u.id(), u.name());
        }
        for (Officer o : bodies.officers(bodyId)) {
            bodies.placed(o.username()).filter(p -> p.unitId() != null && names.containsKey(p.unitId()))
                    .ifPresent(p -> byUnit.get(names.get(p.unitId())).add(p.username()));
        }
        return byUnit;
    }

    /** The body's leader or deputy leader approves its plan and signs its documents; nobody else. */
    private static AppUser requireLeader(Conference c) {
        AppUser user = CurrentUser.require();
        if (!user.leadsBody(c.supervisingBodyId)) {
            throw new BusinessRuleException("conference.leaderOnly");
        }
        return user;
    }

    /** The body's emulation office consolidates the nominations. */
    private static void requireEmulationOffice() {
        if (CurrentUser.require().bodyRole() != BodyRole.EMULATION_OFFICE) {
            throw new BusinessRuleException("conference.emulationOnly");
        }
    }

    /** A duty is done by the people of its unit (or its named owner, for a body without units). */
    private static void requireDutyHolder(Assignment a) {
        AppUser user = CurrentUser.require();
        boolean inUnit = a.unitId != null && a.unitId.equals(user.bodyUnitId());
        if (!inUnit && !user.getUsername().equals(a.ownerUsername)) {
            throw new BusinessRuleException("conference.assignment.notYourUnit", a.unit);
        }
    }

    /** The conference, when the signed-in person is an officer of its body; an officer of another body is refused. */
    Conference officerConference(long id) {
        Conference c = conferences.findById(id).orElseThrow(ConferenceService::gone);
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SUPERVISOR) || !user.supervises(c.supervisingBodyId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return c;
    }

    private OpenTask open(String taskId, ConferenceStep... steps) {
        return access.open(taskId, List.of(steps), ConferenceProcess.TASK_VARIABLES);
    }

    private SchoolNominating school(long conferenceId, long schoolId) {
        return nominating.findByConferenceIdAndSchoolId(conferenceId, schoolId).orElseThrow(ConferenceService::gone);
    }

    private List<Nomination> accepted(Conference c) {
        return nominations.findByConferenceIdOrderByBatchPositionAscIdAsc(c.id).stream()
                .filter(n -> n.status == NominationStatus.ACCEPTED).toList();
    }

    private List<SchoolInfo> schoolsOf(long bodyId) {
        return schools.schoolsOfBody(bodyId);
    }

    private Map<Long, String> schoolNames(long bodyId) {
        return schoolsOf(bodyId).stream().collect(Collectors.toMap(SchoolInfo::id, SchoolInfo::name, (a, b) -> a));
    }

    static String batchName(Conference c, int position) {
        return position < c.batches.size() ? c.batches.get(position).name : "";
    }

    private String displayName(String username) {
        return username == null ? "" : schools.displayName(username);
    }

    private static BusinessRuleException gone() {
        return new BusinessRuleException("error.notFound");
    }
}
