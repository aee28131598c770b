package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.Inputs.Candidate;
import vn.hoinghi.assembly.Inputs.DraftAssignment;
import vn.hoinghi.assembly.Inputs.DraftReview;
import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.assembly.workflow.AssemblyTask;
import vn.hoinghi.assembly.workflow.AssemblyTasks;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.LocalPractice;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/** Preparatory meeting, drafting and the key-staff meeting. */
@Service
@Transactional
public class PreparationService {

    public record DraftView(long id, DraftKind kind, long authorId, String authorName, LocalDate dueOn,
                            DraftStatus status, String reviewComment, int versions, String latestContent) {
    }

    public record PreparatoryData(AssemblyTask task, Assembly assembly, List<StaffInfo> staff, Set<Long> suggestedAttendees,
                                  List<DraftAssignment> suggestedAssignments) {
    }

    public record DraftData(AssemblyTask task, Assembly assembly, DraftView draft) {
    }

    public record KeyStaffData(AssemblyTask task, Assembly assembly, List<StaffInfo> staff, Set<Long> suggestedAttendees,
                               List<DraftView> drafts, List<Candidate> candidates) {
    }

    private static final Set<Role> PREPARATORY_ROLES = EnumSet.of(Role.PRINCIPAL, Role.PARTY_SECRETARY,
            Role.UNION_CHAIR, Role.ACCOUNTANT, Role.INSPECTION_BOARD_HEAD);
    private static final Set<Role> KEY_STAFF_ROLES = EnumSet.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL,
            Role.PARTY_SECRETARY, Role.UNION_CHAIR, Role.UNION_EXECUTIVE, Role.INSPECTION_BOARD_HEAD,
            Role.DEPARTMENT_HEAD);

    private final AssemblyTasks access;
    private final AssemblyFacts facts;
    private final MeetingRepository meetings;
    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final BoardCandidateRepository candidates;
    private final SchoolDirectory directory;
    private final StageTracker stages;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final PeopleChanges people;
    private final DraftFileRepository files;

    PreparationService(AssemblyTasks access, AssemblyFacts facts, MeetingRepository meetings,
                       DraftRepository drafts, DraftVersionRepository versions,
                       BoardCandidateRepository candidates, SchoolDirectory directory, StageTracker stages,
                       org.springframework.jdbc.core.JdbcTemplate jdbc, PeopleChanges people,
                       DraftFileRepository files) {
        this.people = people;
        this.files = files;
        this.jdbc = jdbc;
        this.access = access;
        this.facts = facts;
        this.meetings = meetings;
        this.drafts = drafts;
        this.versions = versions;
        this.candidates = candidates;
        this.directory = directory;
        this.stages = stages;
    }

    @Transactional(readOnly = true)
    public PreparatoryData preparatory(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PREPARATORY_MEETING);
        Assembly assembly = facts.assembly(task.assemblyId());
        List<StaffInfo> staff = directory.activeStaff(task.schoolId());
        Set<Long> attendees = staff.stream().filter(s -> s.roles().stream().anyMatch(PREPARATORY_ROLES::contains))
                .map(StaffInfo::id).collect(Collectors.toSet());
        List<DraftAssignment> suggested = new ArrayList<>();
        for (DraftKind kind : DraftKind.values()) {
            if (kind == DraftKind.BOARD_CANDIDATES && !assembly.isElectBoard()) {
                continue;
            }
            Long author = staff.stream().filter(s -> s.holds(kind.usualAuthor())).map(StaffInfo::id).findFirst()
                    .orElse(null);
            suggested.add(new DraftAssignment(kind, author, assembly.getKeyStaffOn()));
        }
        return new PreparatoryData(task, assembly, staff, attendees, suggested);
    }

    public void recordPreparatory(String taskId, Inputs.Preparatory in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.PREPARATORY_MEETING);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (in.heldOn() == null) {
            throw BusinessRuleException.onField("heldOn", "meeting.heldOnRequired");
        }
        vn.hoinghi.shared.Checks.notInFuture("heldOn", in.heldOn());
        Set<Long> staffIds = activeStaffIds(task.schoolId());
        requireAttendees("attendeeIds", in.attendeeIds(), staffIds);
        if (in.assignments() == null || in.assignments().isEmpty()) {
            throw new BusinessRuleException("preparatory.noAssignments");
        }
        Set<DraftKind> kinds = EnumSet.noneOf(DraftKind.class);
        for (int i = 0; i < in.assignments().size(); i++) {
            DraftAssignment a = in.assignments().get(i);
            String row = "assignments[" + i + "].";
            String missing = a.kind() == null ? "kind" : a.authorId() == null ? "authorId" : a.dueOn() == null
                    ? "dueOn" : null;
            if (missing != null) {
                throw BusinessRuleException.onField(row + missing, "preparatory.assignmentIncomplete");
            }
            if (!kinds.add(a.kind())) {
                throw BusinessRuleException.onField(row + "kind", "preparatory.duplicateDraft");
            }
            if (!staffIds.contains(a.authorId())) {
                throw new BusinessRuleException("error.accessDenied");
            }
            if (a.dueOn().isBefore(in.heldOn()) || a.dueOn().isAfter(assembly.getPlenaryOn())) {
                throw BusinessRuleException.onField(row + "dueOn", "preparatory.dueOutOfRange");
            }
        }
        // Art. 51(4)(a)(b): the head's and the union's reports are required at every assembly.
        if (!kinds.contains(DraftKind.PRINCIPAL_REPORT) || !kinds.contains(DraftKind.UNION_REPORT)) {
            throw new BusinessRuleException("preparatory.requiredReports");
        }
        Meeting meeting = newMeeting(assembly, MeetingKind.PREPARATORY, null, in.heldOn(), in.attendeeIds().size(),
                in.attendeeIds());
        meeting.setNotes(join(in.organisingCommittee(), in.notes()));
        saveAttendance(meeting, in.attendeeIds());
        List<Long> draftIds = new ArrayList<>();
        for (DraftAssignment a : in.assignments()) {
            Draft d = new Draft();
            d.setAssemblyId(assembly.getId());
            d.setKind(a.kind());
            d.setAuthorId(a.authorId());
            d.setDueOn(a.dueOn());
            d.setStatus(DraftStatus.ASSIGNED);
            draftIds.add(drafts.save(d).getId());
        }
        access.complete(task, Map.of(AssemblyVariables.DRAFT_IDS, draftIds));
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public DraftData draft(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DRAFTING, AssemblyStep.DRAFT_REVISION);
        Draft draft = loadDraft(task);
        return new DraftData(task, facts.assembly(task.assemblyId()),
                view(draft, directory.names(List.of(draft.getAuthorId())).get(draft.getAuthorId())));
    }

    public void submitDraft(String taskId, String content) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DRAFTING, AssemblyStep.DRAFT_REVISION);
        if (content == null || content.isBlank()) {
            throw BusinessRuleException.onField("content", "draft.contentRequired");
        }
        Draft draft = loadDraft(task);
        int next = versions.findByDraftIdOrderByVersionNoDesc(draft.getId()).stream().findFirst()
                .map(v -> v.getVersionNo() + 1).orElse(1);
        DraftVersion v = new DraftVersion();
        v.setDraftId(draft.getId());
        v.setVersionNo(next);
        v.setContent(content.strip());
        v.setSubmittedBy(CurrentUser.require().getUsername());
        v.setSubmittedAt(vn.hoinghi.shared.VietnamTime.now());
        versions.save(v);
        draft.setStatus(DraftStatus.SUBMITTED);
        access.complete(task, Map.of());
        stages.refresh(facts.assembly(task.assemblyId()));
    }

    /** An uploaded DOCX kept with its draft, as a line of the draft's list of files. */
    public record DraftFileView(long id, String fileName, String uploadedBy, LocalDateTime uploadedAt) {
    }

    /** Largest DOCX accepted as a draft's source. */
    public static final int MAX_DRAFT_FILE_MB = 10;

    /**
     * A DOCX as the source of the draft's text: the file is kept (every upload), and its text is returned for
     * the form's text area; the draft itself is submitted as before.
     */
    public String uploadDraftFile(String taskId, String fileName, byte[] bytes) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DRAFTING, AssemblyStep.DRAFT_REVISION);
        Draft draft = loadDraft(task);
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_DRAFT_FILE_MB * 1024 * 1024) {
            throw BusinessRuleException.onField("content", "draftFile.tooBig", MAX_DRAFT_FILE_MB);
        }
        String name = fileName == null || fileName.isBlank() ? "du-thao.docx" : fileName.strip();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw BusinessRuleException.onField("content", "draftFile.notDocx", name);
        }
        String text;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            text = extractor.getText().strip();
        } catch (java.io.IOException | RuntimeException e) {
            throw BusinessRuleException.onField("content", "draftFile.unreadable", name);
        }
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("content", "draftFile.empty", name);
        }
        files.save(new DraftFile(draft.getId(), name, bytes, text, CurrentUser.require().getUsername()));
        return text;
    }

    /** Every file uploaded for the task's draft, newest first. */
    @Transactional(readOnly = true)
    public List<DraftFileView> draftFiles(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DRAFTING, AssemblyStep.DRAFT_REVISION);
        return files.findByDraftIdOrderByIdDesc(loadDraft(task).getId()).stream()
                .map(f -> new DraftFileView(f.getId(), f.getFileName(), directory.displayName(f.getUploadedBy()),
                        f.getUploadedAt())).toList();
    }

    /** One uploaded file's bytes, for whoever may open the draft's task. */
    @Transactional(readOnly = true)
    public byte[] draftFileBytes(String taskId, long fileId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DRAFTING, AssemblyStep.DRAFT_REVISION);
        DraftFile f = files.findById(fileId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!f.getDraftId().equals(loadDraft(task).getId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return f.getFileBytes();
    }

    @Transactional(readOnly = true)
    public KeyStaffData keyStaff(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.KEY_STAFF_MEETING);
        Assembly assembly = facts.assembly(task.assemblyId());
        List<StaffInfo> staff = directory.activeStaff(task.schoolId());
        Set<Long> attendees = staff.stream().filter(s -> s.roles().stream().anyMatch(KEY_STAFF_ROLES::contains))
                .map(StaffInfo::id).collect(Collectors.toSet());
        List<Candidate> existing = candidates.findByAssemblyIdOrderById(assembly.getId()).stream()
                .map(c -> new Candidate(c.getStaffId(), c.isConsent(), c.getConsentOn())).toList();
        return new KeyStaffData(task, assembly, staff, attendees, drafts(assembly.getId()), existing);
    }

    public void recordKeyStaff(String taskId, Inputs.KeyStaff in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.KEY_STAFF_MEETING);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (in.heldOn() == null) {
            throw BusinessRuleException.onField("heldOn", "meeting.heldOnRequired");
        }
        vn.hoinghi.shared.Checks.notInFuture("heldOn", in.heldOn());
        Set<Long> staffIds = activeStaffIds(task.schoolId());
        requireAttendees("attendeeIds", in.attendeeIds(), staffIds);
        List<Draft> all = drafts.findByAssemblyIdOrderById(assembly.getId());
        Map<Long, DraftReview> reviews = new HashMap<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        List<DraftReview> given = in.reviews() == null ? List.of() : in.reviews();
        for (int i = 0; i < given.size(); i++) {
            reviews.put(given.get(i).draftId(), given.get(i));
            rowOf.put(given.get(i).draftId(), i);
        }
        List<Long> revise = new ArrayList<>();
        for (Draft d : all) {
            DraftReview r = reviews.get(d.getId());
            if (r == null) {
                throw new BusinessRuleException("keyStaff.reviewEveryDraft");
            }
            if (!r.accepted() && (r.comment() == null || r.comment().isBlank())) {
                throw BusinessRuleException.onField("reviews[" + rowOf.get(d.getId()) + "].comment",
                        "keyStaff.revisionNeedsComment");
            }
        }
        boolean revisions = all.stream().anyMatch(d -> !reviews.get(d.getId()).accepted());
        if (!revisions && !in.programmeApproved()) {
            throw BusinessRuleException.onField("programmeApproved", "keyStaff.programmeNotApproved");
        }
        saveCandidates(assembly, in.candidates(), staffIds, !revisions);
        for (Draft d : all) {
            DraftReview r = reviews.get(d.getId());
            d.setReviewComment(r.comment() == null || r.comment().isBlank() ? null : r.comment().strip());
            if (r.accepted()) {
                d.setStatus(DraftStatus.ACCEPTED);
            } else {
                d.setStatus(DraftStatus.REVISION_REQUESTED);
                revise.add(d.getId());
            }
        }
        Meeting meeting = newMeeting(assembly, MeetingKind.KEY_STAFF, null, in.heldOn(), in.attendeeIds().size(),
                in.attendeeIds());
        meeting.setNotes(in.notes());
        saveAttendance(meeting, in.attendeeIds());
        Map<String, Object> vars = new HashMap<>();
        vars.put(AssemblyVariables.REVISIONS_REQUESTED, revisions);
        vars.put(AssemblyVariables.REVISION_DRAFT_IDS, revise);
        List<Long> convened = directory.activeDepartments(task.schoolId()).stream().map(DepartmentInfo::id).toList();
        vars.put(AssemblyVariables.DEPARTMENT_IDS, convened);
        if (!revisions) {
            people.convene(assembly.getId(), convened);
        }
        access.complete(task, vars);
        stages.refresh(assembly);
    }

    /** Candidates nominated by the union executive; on the final pass the board's seats must be covered. */
    private void saveCandidates(Assembly assembly, List<Candidate> in, Set<Long> staffIds, boolean finalPass) {
        candidates.deleteByAssemblyId(assembly.getId());
        candidates.flush();
        if (!assembly.isElectBoard()) {
            return;
        }
        List<Candidate> list = in == null ? List.of() : in;
        LocalPractice practice = directory.localPractice(assembly.getSchoolId());
        List<StaffInfo> people = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Candidate c = list.get(i);
            String row = "candidates[" + i + "].";
            if (c.staffId() == null || !staffIds.contains(c.staffId())) {
                throw BusinessRuleException.onField(row + "staffId", "keyStaff.candidateUnknown");
            }
            if (!seen.add(c.staffId())) {
                throw BusinessRuleException.onField(row + "staffId", "keyStaff.candidateTwice");
            }
            StaffInfo person = directory.staff(c.staffId());
            try {
                AssemblyRules.checkCandidate(person.fullName(), person.roles(), c.consent());
                checkLocalPractice(person, practice);
            } catch (BusinessRuleException e) {
                throw e.at(row + (c.consent() ? "staffId" : "consent"));
            }
            BoardCandidate bc = new BoardCandidate();
            bc.setAssemblyId(assembly.getId());
            bc.setStaffId(c.staffId());
            bc.setConsent(true);
            bc.setConsentOn(c.consentOn());
            candidates.save(bc);
            people.add(person);
        }
        if (finalPass && list.size() < assembly.getBoardSeats()) {
            throw new BusinessRuleException("keyStaff.tooFewCandidates", list.size(), assembly.getBoardSeats());
        }
        if (finalPass) {
            checkBoardMix(people, practice, directory.school(assembly.getSchoolId()).hasUnion());
        }
    }

    /** The school's own exclusion (when set): besides the law's, nobody who keeps the school's money. */
    static void checkLocalPractice(StaffInfo person, LocalPractice practice) {
        if (practice.boardExcludesFinance() && (person.holds(Role.ACCOUNTANT) || person.holds(Role.CASHIER))) {
            throw new BusinessRuleException("keyStaff.financeExcluded", person.fullName());
        }
    }

    /**
     * The school's board mix (when set), such as "1 union executive + 2 without a post": the candidates must
     * make it possible. Without a union only the people without a post are counted.
     */
    static void checkBoardMix(List<StaffInfo> candidates, LocalPractice practice, boolean hasUnion) {
        int executives = hasUnion ? practice.boardUnionExecutives() : 0;
        int withoutPost = practice.boardWithoutPost();
        long haveExecutives = candidates.stream().filter(s -> s.holds(Role.UNION_EXECUTIVE)).count();
        long haveWithoutPost = candidates.stream().filter(AssemblyRules::withoutPost).count();
        if (haveExecutives < executives || haveWithoutPost < withoutPost) {
            throw BusinessRuleException.onField("candidates", "keyStaff.boardMix", executives, withoutPost,
                    haveExecutives, haveWithoutPost);
        }
    }

    /**
     * The drafts as the staff read them: from the key-staff meeting on every staff member of the school reads
     * each draft's current text; before it only the author and the organisers (principal, vice-principal, union
     * chair) do, the others see the titles with an empty text.
     */
    @Transactional(readOnly = true)
    public List<DraftView> draftsToRead(long assemblyId) {
        Assembly a = facts.assembly(assemblyId);
        vn.hoinghi.security.AppUser user = CurrentUser.require();
        if (!user.worksAt(a.getSchoolId())) {
            throw new BusinessRuleException("error.accessDenied");
        }
        boolean released = a.getStage().ordinal() >= Stage.KEY_STAFF.ordinal();
        boolean organiser = user.hasRole(Role.PRINCIPAL) || user.hasRole(Role.VICE_PRINCIPAL)
                || user.hasRole(Role.UNION_CHAIR);
        return drafts(assemblyId).stream().map(d -> released || organiser || Long.valueOf(d.authorId())
                .equals(user.staffId()) ? d : new DraftView(d.id(), d.kind(), d.authorId(), d.authorName(), d.dueOn(),
                d.status(), d.reviewComment(), d.versions(), "")).toList();
    }

    /** One draft's current text, for a download; the same rule as {@link #draftsToRead}. */
    @Transactional(readOnly = true)
    public String draftText(long assemblyId, long draftId) {
        return draftsToRead(assemblyId).stream().filter(d -> d.id() == draftId).findFirst()
                .map(DraftView::latestContent).filter(t -> !t.isBlank())
                .orElseThrow(() -> new BusinessRuleException("error.accessDenied"));
    }

    @Transactional(readOnly = true)
    public List<DraftView> drafts(long assemblyId) {
        facts.readable(assemblyId);
        List<Draft> list = drafts.findByAssemblyIdOrderById(assemblyId);
        Map<Long, String> names = directory.names(list.stream().map(Draft::getAuthorId).toList());
        return list.stream().map(d -> view(d, names.get(d.getAuthorId()))).toList();
    }

    private DraftView view(Draft d, String authorName) {
        List<DraftVersion> vs = versions.findByDraftIdOrderByVersionNoDesc(d.getId());
        return new DraftView(d.getId(), d.getKind(), d.getAuthorId(), authorName, d.getDueOn(), d.getStatus(),
                d.getReviewComment(), vs.size(), vs.isEmpty() ? "" : vs.get(0).getContent());
    }

    private Draft loadDraft(AssemblyTask task) {
        if (task.draftId() == null) {
            throw new BusinessRuleException("task.wrongForm");
        }
        return drafts.findById(task.draftId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private Set<Long> activeStaffIds(long schoolId) {
        return directory.activeStaffIds(schoolId);
    }

    static void requireAttendees(String field, Set<Long> attendees, Set<Long> allowed) {
        if (attendees == null || attendees.isEmpty()) {
            throw BusinessRuleException.onField(field, "meeting.noAttendees");
        }
        if (!allowed.containsAll(attendees)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    Meeting newMeeting(Assembly assembly, MeetingKind kind, Long departmentId, LocalDate heldOn, int convened,
                       Set<Long> present) {
        checkHeldOn(assembly, kind, heldOn);
        Meeting m = new Meeting();
        m.setAssemblyId(assembly.getId());
        m.setKind(kind);
        m.setDepartmentId(departmentId);
        m.setConvocation(1);
        m.setHeldOn(heldOn);
        m.setConvened(convened);
        m.setPresent(present.size());
        m.setRecordedBy(CurrentUser.require().getUsername());
        m.setRecordedAt(vn.hoinghi.shared.VietnamTime.now());
        return meetings.save(m);
    }

    /**
     * A meeting's date records what happened: not after today, and not before the meeting it follows (preparatory,
     * then key staff, then the departments, then the plenary), whatever the browser sends (issue 15).
     */
    private void checkHeldOn(Assembly assembly, MeetingKind kind, LocalDate heldOn) {
        vn.hoinghi.shared.Checks.notInFuture("heldOn", heldOn);
        List<MeetingKind> before = switch (kind) {
            case PREPARATORY -> List.of();
            case KEY_STAFF -> List.of(MeetingKind.PREPARATORY);
            case DEPARTMENT -> List.of(MeetingKind.KEY_STAFF, MeetingKind.PREPARATORY);
            case PLENARY -> List.of(MeetingKind.DEPARTMENT, MeetingKind.KEY_STAFF, MeetingKind.PREPARATORY);
        };
        List<Meeting> held = meetings.findByAssemblyIdOrderById(assembly.getId());
        for (MeetingKind k : before) {
            java.util.Optional<Meeting> last = held.stream().filter(m -> m.getKind() == k && m.getHeldOn() != null)
                    .max(java.util.Comparator.comparing(Meeting::getHeldOn));
            if (last.isPresent()) {
                if (heldOn.isBefore(last.get().getHeldOn())) {
                    throw BusinessRuleException.onField("heldOn", "meeting.beforePrevious",
                            vn.hoinghi.shared.Texts.date(last.get().getHeldOn()));
                }
                return;
            }
        }
    }

    /** One batch for the whole list: a plenary checks in up to 150 people. */
    void saveAttendance(Meeting meeting, Set<Long> present) {
        jdbc.batchUpdate("insert into attendance (meeting_id, staff_id, present) values (?, ?, true)",
                present.stream().map(id -> new Object[]{meeting.getId(), id}).toList());
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + "\n" + y;
    }
}
