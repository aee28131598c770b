package vn.hoinghi.assembly;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.calendar.WorkingDayCalendar;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.shared.BusinessRuleException;

/** Facts the process needs while it runs (due dates, who writes a draft), read from the entities. */
@Service
@Transactional(readOnly = true)
public class AssemblyFacts {

    private final AssemblyRepository assemblies;
    private final DraftRepository drafts;
    private final BoardElectionRepository elections;
    private final SchoolDirectory directory;
    private final WorkingDayCalendar calendar;
    private final DossierRepository dossiers;
    private final PlenaryRecordRepository records;
    private final SixMonthReviewRepository reviews;

    AssemblyFacts(AssemblyRepository assemblies, DraftRepository drafts, BoardElectionRepository elections,
                  SchoolDirectory directory, WorkingDayCalendar calendar, DossierRepository dossiers,
                  PlenaryRecordRepository records, SixMonthReviewRepository reviews) {
        this.dossiers = dossiers;
        this.records = records;
        this.reviews = reviews;
        this.assemblies = assemblies;
        this.drafts = drafts;
        this.elections = elections;
        this.directory = directory;
        this.calendar = calendar;
    }

    Assembly assembly(long assemblyId) {
        return assemblies.findById(assemblyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    /**
     * The assembly, for what its page shows: to the people of its school and the officers of its school's body;
     * refused to anyone else (the access matrix found these reads open to every school).
     */
    Assembly readable(long assemblyId) {
        Assembly a = assembly(assemblyId);
        vn.hoinghi.security.AppUser user = vn.hoinghi.security.CurrentUser.require();
        if (!user.worksAt(a.getSchoolId()) && !(user.supervisingBodyId() != null
                && user.supervises(supervisingBodyOf(a.getSchoolId())))) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return a;
    }

    /** The school an assembly belongs to; refused as not found for an unknown id. */
    public long schoolOf(long assemblyId) {
        return assembly(assemblyId).getSchoolId();
    }

    /** The assembly's process instance (for the audit trail); refused as not found for an unknown id. */
    public String processInstanceOf(long assemblyId) {
        return assembly(assemblyId).getProcessInstanceId();
    }

    /** Where the assembly's dossier stands with the supervising body. */
    public DossierStatus dossierStatus(long assemblyId) {
        return dossiers.findByAssemblyId(assemblyId).map(Dossier::getStatus).orElse(DossierStatus.NOT_SUBMITTED);
    }

    public LocalDate preparatoryOn(long assemblyId) {
        return assembly(assemblyId).getPreparatoryOn();
    }

    public LocalDate keyStaffOn(long assemblyId) {
        return assembly(assemblyId).getKeyStaffOn();
    }

    public LocalDate groupMeetingsOn(long assemblyId) {
        return assembly(assemblyId).getGroupMeetingsOn();
    }

    public LocalDate plenaryOn(long assemblyId) {
        return assembly(assemblyId).getPlenaryOn();
    }

    public LocalDate filingDeadline(long assemblyId) {
        return assembly(assemblyId).getFilingDeadline();
    }

    /** Five working days after the plenary that elected the board (Decree 59/2023 Art. 21(1)). */
    public LocalDate recognitionDue(long assemblyId) {
        return elections.findByAssemblyId(assemblyId).map(BoardElection::getRecognitionDue)
                .orElseGet(() -> calendar.plusWorkingDays(plenaryOn(assemblyId), AssemblyRules.RECOGNITION_WORKING_DAYS));
    }

    /**
     * The school's "head and deputy within N days" (local practice, the seed's 5): N days after the election,
     * never before the recognition, which must come first.
     */
    public LocalDate officersDue(long assemblyId) {
        Assembly a = assembly(assemblyId);
        int days = directory.localPractice(a.getSchoolId()).boardOfficersWithinDays();
        return elections.findByAssemblyId(assemblyId).map(e -> {
            LocalDate due = e.getHeldOn().plusDays(days);
            return e.getRecognizedOn() != null && e.getRecognizedOn().isAfter(due) ? e.getRecognizedOn() : due;
        }).orElseGet(() -> plenaryOn(assemblyId).plusDays(days));
    }

    /**
     * The next six-monthly review: six months after the previous one was due, the first six months after the
     * resolution was adopted (the planned plenary while it has not been).
     */
    public LocalDate sixMonthReviewOn(long assemblyId) {
        LocalDate adopted = records.findByAssemblyId(assemblyId).map(PlenaryRecord::getResolutionAdoptedOn)
                .orElseGet(() -> plenaryOn(assemblyId));
        return adopted.plusMonths(6L * (reviews.countByAssemblyId(assemblyId) + 1));
    }

    /**
     * The resolution is reviewed until the school's next regular assembly: the next review is still due unless a
     * regular assembly of a later school year of the school adopted its own resolution by that review's day.
     */
    public boolean resolutionInForce(long assemblyId) {
        Assembly a = assembly(assemblyId);
        if (a.isCancelled()) {
            return false;
        }
        LocalDate nextReview = sixMonthReviewOn(assemblyId);
        return assemblies.findBySchoolIdOrderByIdDesc(a.getSchoolId()).stream()
                .filter(later -> later.getKind() == AssemblyKind.REGULAR && !later.isCancelled())
                .filter(later -> later.getSchoolYear().compareTo(a.getSchoolYear()) > 0)
                .map(later -> records.findByAssemblyId(later.getId()).orElse(null))
                .noneMatch(r -> r != null && r.isResolutionAdopted() && r.getResolutionAdoptedOn() != null
                        && !r.getResolutionAdoptedOn().isAfter(nextReview));
    }

    /** The school's "news within N days" after the plenary that adopted the resolution (the planned day before). */
    public LocalDate newsPostDue(long assemblyId) {
        Assembly a = assembly(assemblyId);
        LocalDate held = records.findByAssemblyId(assemblyId).map(PlenaryRecord::getResolutionAdoptedOn)
                .orElse(a.getPlenaryOn());
        return held.plusDays(directory.localPractice(a.getSchoolId()).newsPostWithinDays());
    }

    public LocalDate draftDue(long draftId) {
        return draft(draftId).getDueOn();
    }

    public String draftAuthorUsername(long draftId) {
        return directory.staff(draft(draftId).getAuthorId()).username();
    }

    public long supervisingBodyOf(long schoolId) {
        return directory.school(schoolId).bodyId();
    }

    public boolean hasUnion(long schoolId) {
        return directory.school(schoolId).hasUnion();
    }

    /**
     * Who took the union's roles in a school without one: the title the school gave, with the name of who holds the
     * union chair's role today; empty when neither is known.
     */
    public String unionSubstitute(long schoolId) {
        String name = directory.holders(schoolId, vn.hoinghi.security.Role.UNION_CHAIR).stream()
                .map(vn.hoinghi.school.StaffInfo::fullName).findFirst().orElse("");
        String title = directory.unionSubstituteTitle(schoolId).orElse("");
        String who = (title + " " + name).strip();
        return who.isEmpty() ? "—" : who;
    }

    public String schoolName(long schoolId) {
        return directory.school(schoolId).name();
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
