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

    AssemblyFacts(AssemblyRepository assemblies, DraftRepository drafts, BoardElectionRepository elections,
                  SchoolDirectory directory, WorkingDayCalendar calendar, DossierRepository dossiers) {
        this.dossiers = dossiers;
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

    public LocalDate sixMonthReviewOn(long assemblyId) {
        return plenaryOn(assemblyId).plusMonths(6);
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

    public String schoolName(long schoolId) {
        return directory.school(schoolId).name();
    }

    private Draft draft(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
