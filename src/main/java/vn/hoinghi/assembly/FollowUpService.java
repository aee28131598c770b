package vn.hoinghi.assembly;

import static vn.hoinghi.assembly.FeedbackService.blank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.PlenaryService.CandidateView;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.assembly.workflow.AssemblyTask;
import vn.hoinghi.assembly.workflow.AssemblyTasks;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolRecords;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Checks;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/** After the plenary: board recognition and officers, the resolution, the dossier, the six-month review. */
@Service
@Transactional
public class FollowUpService {

    public record RecognitionData(AssemblyTask task, Assembly assembly, BoardElection election,
                                  List<CandidateView> elected) {
    }

    /** capacities: the roles in which the signed-in person may sign the resolution (empty when not). */
    public record ResolutionData(AssemblyTask task, Assembly assembly, PlenaryRecord record, List<Role> capacities) {
    }

    public record DossierData(AssemblyTask task, Assembly assembly, Dossier dossier, PlenaryRecord record,
                              long registrations) {
    }

    public record ReviewData(AssemblyTask task, Assembly assembly, String schoolName, Dossier dossier, PlenaryRecord record) {
    }

    private final AssemblyTasks access;
    private final AssemblyFacts facts;
    private final BoardElectionRepository elections;
    private final BoardCandidateRepository candidates;
    private final PlenaryRecordRepository records;
    private final DossierRepository dossiers;
    private final EmulationRegistrationRepository registrations;
    private final SixMonthReviewRepository reviews;
    private final NotificationService notifications;
    private final SchoolDirectory directory;
    private final SchoolRecords schoolRecords;
    private final StageTracker stages;
    private final PlenaryService plenary;
    private final List<DossierCompleteness> completeness;
    private final ResolutionSigning signing;
    private final AuditTrail audit;

    FollowUpService(AssemblyTasks access, AssemblyFacts facts, BoardElectionRepository elections,
                    BoardCandidateRepository candidates, PlenaryRecordRepository records, DossierRepository dossiers,
                    EmulationRegistrationRepository registrations, SixMonthReviewRepository reviews,
                    NotificationService notifications, SchoolDirectory directory, SchoolRecords schoolRecords,
                    StageTracker stages, PlenaryService plenary, List<DossierCompleteness> completeness,
                    ResolutionSigning signing, AuditTrail audit) {
        this.signing = signing;
        this.audit = audit;
        this.plenary = plenary;
        this.access = access;
        this.facts = facts;
        this.elections = elections;
        this.candidates = candidates;
        this.records = records;
        this.dossiers = dossiers;
        this.registrations = registrations;
        this.reviews = reviews;
        this.notifications = notifications;
        this.directory = directory;
        this.schoolRecords = schoolRecords;
        this.stages = stages;
        this.completeness = completeness;
    }

    @Transactional(readOnly = true)
    public RecognitionData recognition(String taskId, AssemblyStep step) {
        AssemblyTask task = access.open(taskId, step);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new RecognitionData(task, assembly, election(assembly.getId()), elected(assembly));
    }

    /**
     * The union executive recognises the result. The date is what happened: not after today, not before the
     * election; later than 5 working days is saved with its reason and marked late, never silently (issue 15).
     * Returns whether it was in time.
     */
    public boolean recognize(String taskId, LocalDate recognizedOn, String lateReason) {
        AssemblyTask task = access.open(taskId, AssemblyStep.RECOGNIZE_BOARD);
        Assembly assembly = facts.assembly(task.assemblyId());
        BoardElection e = election(assembly.getId());
        if (recognizedOn == null || recognizedOn.isBefore(e.getHeldOn())) {
            throw BusinessRuleException.onField("recognizedOn", "recognition.dateInvalid", Texts.date(e.getHeldOn()));
        }
        Checks.notInFuture("recognizedOn", recognizedOn);
        boolean inTime = !recognizedOn.isAfter(e.getRecognitionDue());
        if (!inTime) {
            if (blank(lateReason)) {
                throw BusinessRuleException.onField("lateReason", "recognition.lateReasonRequired",
                        Texts.date(e.getRecognitionDue()));
            }
            Checks.text("lateReason", lateReason, Checks.REASON);
            e.setRecognitionLateReason(lateReason.strip());
            audit.record(subject(assembly), AuditAction.RECOGNITION_LATE, lateReason.strip());
        }
        e.setRecognizedOn(recognizedOn);
        e.setRecognizedBy(CurrentUser.require().getUsername());
        access.complete(task, Map.of());
        stages.refresh(assembly);
        return inTime;
    }

    public void electOfficers(String taskId, Inputs.Officers in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.ELECT_BOARD_OFFICERS);
        Assembly assembly = facts.assembly(task.assemblyId());
        BoardElection e = election(assembly.getId());
        if (in.heldOn() == null || in.heldOn().isBefore(e.getHeldOn())) {
            throw BusinessRuleException.onField("heldOn", "recognition.dateInvalid", Texts.date(e.getHeldOn()));
        }
        Checks.notInFuture("heldOn", in.heldOn());
        List<BoardCandidate> members = candidates.findByAssemblyIdOrderById(assembly.getId()).stream()
                .filter(BoardCandidate::isElected).toList();
        Set<Long> memberIds = members.stream().map(BoardCandidate::getStaffId).collect(Collectors.toSet());
        Set<Long> deputies = in.deputyIds() == null ? Set.of() : in.deputyIds();
        if (in.headId() == null) {
            throw BusinessRuleException.onField("headId", "rule.oneHead");
        }
        if (!memberIds.contains(in.headId()) || !memberIds.containsAll(deputies)) {
            throw BusinessRuleException.onField(memberIds.contains(in.headId()) ? "deputyIds" : "headId",
                    "officers.notMember");
        }
        if (deputies.contains(in.headId())) {
            throw BusinessRuleException.onField("deputyIds", "officers.headIsDeputy");
        }
        try {
            AssemblyRules.checkOfficers(members.size(), 1, deputies.size());
        } catch (BusinessRuleException refused) {
            throw refused.at("deputyIds");
        }
        for (BoardCandidate c : members) {
            c.setBoardPosition(c.getStaffId().equals(in.headId()) ? BoardPosition.HEAD
                    : deputies.contains(c.getStaffId()) ? BoardPosition.DEPUTY : BoardPosition.MEMBER);
        }
        e.setOfficersElectedOn(in.heldOn());
        schoolRecords.recordBoardElected(task.schoolId(), e.getHeldOn());
        // the elected head and deputies hold their roles from the day they are elected; the previous ones end
        boolean head = schoolRecords.handOverRole(task.schoolId(), Role.INSPECTION_BOARD_HEAD, Set.of(in.headId()),
                in.heldOn());
        boolean deputy = schoolRecords.handOverRole(task.schoolId(), Role.INSPECTION_BOARD_DEPUTY, deputies,
                in.heldOn());
        if (head || deputy) {
            audit.record(subject(assembly), AuditAction.ROLES_HANDED_OVER,
                    Texts.date(in.heldOn()));
        }
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public ResolutionData resolution(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.FINALISE_RESOLUTION);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new ResolutionData(task, assembly, record(assembly.getId()), signing.capacities(assembly.getId()));
    }

    /** Signed, stamped and sent to every department the same or the next working day (Decree 30/2020 Art. 18). */
    public void finalise(String taskId, Inputs.Finalise in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.FINALISE_RESOLUTION);
        Assembly assembly = facts.assembly(task.assemblyId());
        PlenaryRecord record = record(assembly.getId());
        if (blank(in.finalText())) {
            throw BusinessRuleException.onField("finalText", "session.resolutionTextRequired");
        }
        Checks.text("finalText", in.finalText(), Checks.DOCUMENT);
        List<Role> mine = signing.capacities(assembly.getId());
        if (mine.isEmpty()) {
            throw BusinessRuleException.onField("capacity", "resolution.notPresidium");
        }
        if (in.capacity() == null || !mine.contains(in.capacity())) {
            throw BusinessRuleException.onField("capacity", "documents.sign.capacityRequired");
        }
        if (in.signedOn() == null || in.signedOn().isBefore(record.getResolutionAdoptedOn())) {
            throw BusinessRuleException.onField("signedOn", "resolution.signedBeforeAdopted",
                    Texts.date(record.getResolutionAdoptedOn()));
        }
        Checks.notInFuture("signedOn", in.signedOn());
        if (in.sentOn() == null || in.sentOn().isBefore(in.signedOn())) {
            throw BusinessRuleException.onField("sentOn", "resolution.sentBeforeSigned");
        }
        Checks.notInFuture("sentOn", in.sentOn());
        record.setResolutionText(in.finalText().strip());
        record.setResolutionSignedOn(in.signedOn());
        record.setResolutionSentOn(in.sentOn());
        records.flush();
        // one action: the resolution is signed and numbered as it is finalised
        signing.sign(assembly.getId(), in.capacity(), in.signedOn());
        for (Role role : new Role[]{Role.DEPARTMENT_HEAD, Role.UNION_GROUP_HEAD, Role.STAFF}) {
            notifications.send("resolution-sent:" + assembly.getId() + ":" + role, task.schoolId(), null, role,
                    assembly.getId(), "notification.resolutionSent", assembly.getSchoolYear(),
                    Texts.date(in.sentOn()));
        }
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public DossierData dossier(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.FILE_DOSSIER);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new DossierData(task, assembly, dossier(assembly.getId()), record(assembly.getId()),
                registrations.findByAssemblyIdOrderById(assembly.getId()).size());
    }

    /** The dossier needs the resolution, the working rules and the emulation registrations (seed plan, local rule). */
    public void file(String taskId, Inputs.Filing in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.FILE_DOSSIER);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (!in.resolution() || !in.workingRules() || !in.emulationRegistrations()) {
            throw BusinessRuleException.onField(!in.resolution() ? "resolution" : !in.workingRules() ? "workingRules"
                    : "emulationRegistrations", "dossier.incomplete");
        }
        Checks.text("note", in.note(), Checks.NOTE);
        // The signed, stamped pieces themselves (documents module), not only the ticks above.
        List<String> missing = completeness.stream().flatMap(c -> c.missingPieces(assembly.getId()).stream()).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("dossier.piecesMissing", String.join("; ", missing));
        }
        Dossier d = dossier(assembly.getId());
        d.setStatus(DossierStatus.SUBMITTED);
        d.setSubmittedOn(VietnamTime.today());
        d.setSubmittedBy(CurrentUser.require().getUsername());
        d.setContents(blank(in.note()) ? null : in.note().strip());
        audit.record(subject(assembly), AuditAction.DOSSIER_FILED, d.getContents());
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public ReviewData review(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.REVIEW_DOSSIER);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new ReviewData(task, assembly, directory.school(task.schoolId()).name(), dossier(assembly.getId()),
                record(assembly.getId()));
    }

    /** The supervising body accepts, or returns with a reason that reopens the school's filing task. */
    public void decide(String taskId, Inputs.Review in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.REVIEW_DOSSIER);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (!in.accept() && blank(in.reason())) {
            throw BusinessRuleException.onField("reason", "dossier.reasonRequired");
        }
        Checks.text("reason", in.reason(), Checks.NOTE);
        Dossier d = dossier(assembly.getId());
        d.setStatus(in.accept() ? DossierStatus.ACCEPTED : DossierStatus.RETURNED);
        d.setReviewedOn(vn.hoinghi.shared.VietnamTime.today());
        d.setReviewedBy(CurrentUser.require().getUsername());
        d.setReturnReason(in.accept() ? null : in.reason().strip());
        audit.record(subject(assembly), in.accept() ? AuditAction.DOSSIER_ACCEPTED : AuditAction.DOSSIER_RETURNED,
                d.getReturnReason());
        access.complete(task, Map.of(AssemblyVariables.DOSSIER_ACCEPTED, in.accept()));
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public ResolutionData sixMonth(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.SIX_MONTH_REVIEW);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new ResolutionData(task, assembly, record(assembly.getId()), List.of());
    }

    /** Every six months the head and the union check the resolution and tell all staff (Art. 52(3)). */
    public void recordSixMonth(String taskId, Inputs.SixMonth in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.SIX_MONTH_REVIEW);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (in.reviewedOn() == null || blank(in.findings())) {
            throw BusinessRuleException.onField(in.reviewedOn() == null ? "reviewedOn" : "findings",
                    "sixMonth.findingsRequired");
        }
        Checks.notInFuture("reviewedOn", in.reviewedOn());
        LocalDate plenaryHeld = record(assembly.getId()).getResolutionAdoptedOn();
        if (plenaryHeld != null && in.reviewedOn().isBefore(plenaryHeld)) {
            throw BusinessRuleException.onField("reviewedOn", "sixMonth.beforeResolution", Texts.date(plenaryHeld));
        }
        Checks.text("findings", in.findings(), Checks.LONG);
        if (!in.announcedToStaff()) {
            throw BusinessRuleException.onField("announcedToStaff", "sixMonth.announceRequired");
        }
        // each review is kept; the next one comes six months later while the resolution is in force
        LocalDate previous = reviews.findFirstByAssemblyIdOrderByReviewedOnDescIdDesc(assembly.getId())
                .map(SixMonthReview::getReviewedOn).orElse(null);
        if (previous != null && !in.reviewedOn().isAfter(previous)) {
            throw BusinessRuleException.onField("reviewedOn", "sixMonth.afterPrevious", Texts.date(previous));
        }
        SixMonthReview r = new SixMonthReview();
        r.setAssemblyId(assembly.getId());
        r.setReviewedOn(in.reviewedOn());
        r.setFindings(in.findings().strip());
        r.setAnnouncedToStaff(true);
        reviews.save(r);
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    /** The news post and when it is due (the school's N days after the plenary). */
    public record NewsData(AssemblyTask task, Assembly assembly, LocalDate dueOn, int withinDays) {
    }

    @Transactional(readOnly = true)
    public NewsData newsPost(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.NEWS_POST);
        Assembly assembly = facts.assembly(task.assemblyId());
        return new NewsData(task, assembly, facts.newsPostDue(assembly.getId()),
                directory.localPractice(assembly.getSchoolId()).newsPostWithinDays());
    }

    /** The union chair records the news on the school's website: not before the plenary, with its address. */
    public void recordNewsPost(String taskId, Inputs.NewsPost in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.NEWS_POST);
        Assembly assembly = facts.assembly(task.assemblyId());
        if (in.postedOn() == null) {
            throw BusinessRuleException.onField("postedOn", "news.dateRequired");
        }
        Checks.notInFuture("postedOn", in.postedOn());
        PlenaryRecord record = record(assembly.getId());
        LocalDate held = record.getResolutionAdoptedOn() != null ? record.getResolutionAdoptedOn()
                : assembly.getPlenaryOn();
        if (in.postedOn().isBefore(held)) {
            throw BusinessRuleException.onField("postedOn", "news.beforePlenary", Texts.date(held));
        }
        String link = in.link() == null ? "" : in.link().strip();
        if (!link.matches("(?i)https?://[^\\s]+\\.[^\\s]+") || link.length() > 500) {
            throw BusinessRuleException.onField("link", "news.linkInvalid");
        }
        record.setNews(in.postedOn(), link);
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    private static AuditSubject subject(Assembly a) {
        return AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId());
    }

    private List<CandidateView> elected(Assembly assembly) {
        return plenary.candidateViews(assembly.getSchoolId(), candidates.findByAssemblyIdOrderById(assembly.getId())
                .stream().filter(BoardCandidate::isElected).toList());
    }

    private BoardElection election(long assemblyId) {
        return elections.findByAssemblyId(assemblyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private PlenaryRecord record(long assemblyId) {
        return records.findByAssemblyId(assemblyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private Dossier dossier(long assemblyId) {
        return dossiers.findByAssemblyId(assemblyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
