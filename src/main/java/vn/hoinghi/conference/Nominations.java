package vn.hoinghi.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.TaskAccess;

/**
 * The schools' side of the conference: a principal nominates the school's collectives and people for the award
 * batches, by the school's deadline, for their own school only.
 */
@Service
@Transactional
public class Nominations {

    public record BatchView(int position, String name, RecipientKind kind) {
    }

    public record NominationView(long id, int batch, String batchName, String nominee, String achievement,
                                 String evidence) {
    }

    /** What the principal's form shows. */
    public record NominationData(String taskName, long conferenceId, long schoolId, String conferenceTitle,
                                 String schoolName, LocalDate deadline, LocalDate heldOn, boolean reminded,
                                 List<BatchView> batches, List<NominationView> nominations,
                                 List<DelegateCategoryView> delegateCategories, List<DelegateView> delegates) {
    }

    /**
     * A category the school names delegates for: its quota per school (null: none), the planned count for all
     * schools, and how many the school has named.
     */
    public record DelegateCategoryView(int position, String name, Integer perSchool, int expected, int named) {
    }

    public record DelegateView(long id, int category, String categoryName, String fullName, String positionOrClass,
                               boolean fromRoster) {
    }

    /** One delegate as typed: the category's position in the plan, the name, the position or class. */
    public record DelegateInput(Integer category, String fullName, String positionOrClass) {
    }

    /** One nomination as typed. */
    public record NominationInput(Integer batch, String nominee, String achievement, String evidence) {
    }

    /** A reminder a principal sees in the inbox while the school has not nominated. */
    public record Reminder(String conferenceTitle, LocalDate deadline) {
    }

    private final ConferenceRepository conferences;
    private final SchoolNominatingRepository nominating;
    private final NominationRepository nominations;
    private final DelegateRepository delegates;
    private final SchoolDirectory schools;
    private final TaskAccess access;
    private final AuditTrail audit;

    Nominations(ConferenceRepository conferences, SchoolNominatingRepository nominating,
                NominationRepository nominations, DelegateRepository delegates, SchoolDirectory schools,
                TaskAccess access, AuditTrail audit) {
        this.delegates = delegates;
        this.audit = audit;
        this.conferences = conferences;
        this.nominating = nominating;
        this.nominations = nominations;
        this.schools = schools;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public NominationData data(String taskId) {
        OpenTask task = open(taskId);
        long conferenceId = ConferenceProcess.conferenceId(task);
        long schoolId = ConferenceProcess.schoolId(task);
        Conference c = conference(conferenceId);
        SchoolNominating s = ownSchool(c, schoolId);
        List<BatchView> batches = new java.util.ArrayList<>();
        for (int i = 0; i < c.batches.size(); i++) {
            batches.add(new BatchView(i, c.batches.get(i).name, c.batches.get(i).recipientKind));
        }
        return new NominationData(task.name(), c.id, schoolId, c.title, schools.school(schoolId).name(), s.deadline,
                c.heldOn, s.remindedAt != null, batches, views(c, schoolId), delegateCategories(c, schoolId),
                delegateViews(c, schoolId));
    }

    /**
     * Names one of the school's delegates: refused after the school's deadline (shown), for a school that is not
     * the principal's own, beyond the category's quota per school or its planned count, or without a name.
     */
    public long nameDelegate(long conferenceId, long schoolId, DelegateInput in) {
        Conference c = conference(conferenceId);
        SchoolNominating s = ownSchool(c, schoolId);
        if (VietnamTime.today().isAfter(s.deadline)) {
            throw BusinessRuleException.onField("fullName", "conference.delegate.late",
                    vn.hoinghi.shared.Texts.date(s.deadline));
        }
        if (in.category() == null || in.category() < 0 || in.category() >= c.categories.size()
                || !c.categories.get(in.category()).namedBySchools()) {
            throw BusinessRuleException.onField("category", "conference.delegate.categoryRequired");
        }
        required("fullName", in.fullName());
        Conference.Category x = c.categories.get(in.category());
        PlanRules.checkDelegateQuota(x.name, x.perSchool,
                delegates.countByConferenceIdAndSchoolIdAndCategoryPosition(c.id, schoolId, in.category()), x.expected,
                delegates.countByConferenceIdAndCategoryPosition(c.id, in.category()));
        Delegate d = new Delegate(c.id, schoolId, in.category(), in.fullName().strip(),
                in.positionOrClass() == null || in.positionOrClass().isBlank() ? null : in.positionOrClass().strip(),
                false, CurrentUser.require().getUsername(), VietnamTime.now());
        return delegates.save(d).id;
    }

    /** Takes a delegate off the school's list (a prefilled principal too, when someone else goes), in time. */
    public void removeDelegate(long delegateId) {
        Delegate d = delegates.findById(delegateId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        Conference c = conference(d.conferenceId);
        SchoolNominating s = ownSchool(c, d.schoolId);
        PlanRules.checkInTime(VietnamTime.today(), s.deadline);
        delegates.delete(d);
    }

    private List<DelegateCategoryView> delegateCategories(Conference c, long schoolId) {
        List<Delegate> mine = delegates.findByConferenceIdAndSchoolIdOrderByCategoryPositionAscIdAsc(c.id, schoolId);
        List<DelegateCategoryView> out = new java.util.ArrayList<>();
        for (int i = 0; i < c.categories.size(); i++) {
            Conference.Category x = c.categories.get(i);
            int position = i;
            if (x.namedBySchools()) {
                out.add(new DelegateCategoryView(i, x.name, x.perSchool, x.expected,
                        (int) mine.stream().filter(d -> d.categoryPosition == position).count()));
            }
        }
        return out;
    }

    private List<DelegateView> delegateViews(Conference c, long schoolId) {
        return delegates.findByConferenceIdAndSchoolIdOrderByCategoryPositionAscIdAsc(c.id, schoolId).stream()
                .map(d -> new DelegateView(d.id, d.categoryPosition, d.categoryPosition < c.categories.size()
                        ? c.categories.get(d.categoryPosition).name : "", d.fullName, d.positionOrClass, d.fromRoster))
                .toList();
    }

    /**
     * Adds a nomination for the school: refused after the school's deadline (shown), for a school that is not the
     * principal's own, or without the achievement and its evidence.
     */
    public long nominate(long conferenceId, long schoolId, NominationInput in) {
        Conference c = conference(conferenceId);
        SchoolNominating s = ownSchool(c, schoolId);
        PlanRules.checkInTime(VietnamTime.today(), s.deadline);
        if (in.batch() == null || in.batch() < 0 || in.batch() >= c.batches.size()) {
            throw BusinessRuleException.onField("batch", "conference.nomination.batchRequired");
        }
        required("nominee", in.nominee());
        required("achievement", in.achievement());
        required("evidence", in.evidence());
        Nomination n = new Nomination(c.id, in.batch(), schoolId, in.nominee().strip(), in.achievement().strip(),
                in.evidence().strip(), CurrentUser.require().getUsername(), VietnamTime.now());
        audit.record(ConferenceService.subject(c), AuditAction.CONFERENCE_NOMINATION_ADDED,
                schools.school(schoolId).name() + ": " + n.nominee);
        return nominations.save(n).id;
    }

    /** Takes a nomination back, while the deadline lasts. */
    public void withdraw(long nominationId) {
        Nomination n = nominations.findById(nominationId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        Conference c = conference(n.conferenceId);
        SchoolNominating s = ownSchool(c, n.schoolId);
        PlanRules.checkInTime(VietnamTime.today(), s.deadline);
        nominations.delete(n);
        audit.record(ConferenceService.subject(c), AuditAction.CONFERENCE_NOMINATION_WITHDRAWN,
                schools.school(n.schoolId).name() + ": " + n.nominee);
    }

    /** The principal sends the school's nominations (none is a valid answer); the task is done. */
    public void submit(String taskId) {
        OpenTask task = open(taskId);
        Conference c = conference(ConferenceProcess.conferenceId(task));
        SchoolNominating s = ownSchool(c, ConferenceProcess.schoolId(task));
        PlanRules.checkInTime(VietnamTime.today(), s.deadline);
        s.submittedAt = VietnamTime.now();
        s.submittedBy = CurrentUser.require().getUsername();
        access.complete(task.id(), Map.of());
    }

    /** The reminders for the signed-in principal's school: reminded, not yet submitted, not closed. */
    @Transactional(readOnly = true)
    public List<Reminder> reminders() {
        AppUser user = CurrentUser.require();
        if (user.schoolId() == null || !user.hasRole(Role.PRINCIPAL)) {
            return List.of();
        }
        return nominating.findBySchoolId(user.schoolId()).stream()
                .filter(s -> s.remindedAt != null && s.submittedAt == null && !s.closedWithout)
                .map(s -> new Reminder(conference(s.conferenceId).title, s.deadline)).toList();
    }

    private List<NominationView> views(Conference c, long schoolId) {
        return nominations.findByConferenceIdAndSchoolIdOrderByIdAsc(c.id, schoolId).stream()
                .map(n -> new NominationView(n.id, n.batchPosition, ConferenceService.batchName(c, n.batchPosition),
                        n.nominee, n.achievement, n.evidence)).toList();
    }

    /** The school's nominating, when the signed-in person is a principal of that very school under the body. */
    private SchoolNominating ownSchool(Conference c, long schoolId) {
        AppUser user = CurrentUser.require();
        if (!user.worksAt(schoolId) || !user.hasRole(Role.PRINCIPAL)) {
            throw BusinessRuleException.onField("school", "conference.nomination.otherSchool");
        }
        SchoolInfo school = schools.school(schoolId);
        if (school.bodyId() != c.supervisingBodyId) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return nominating.findByConferenceIdAndSchoolId(c.id, schoolId)
                .orElseThrow(() -> new BusinessRuleException("conference.nomination.notOpen"));
    }

    private Conference conference(long id) {
        return conferences.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private OpenTask open(String taskId) {
        return access.open(taskId, List.of(ConferenceStep.NOMINATE_CANDIDATES), ConferenceProcess.TASK_VARIABLES);
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "conference.field.required");
        }
    }
}
