package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;

/** The principal launches the yearly assembly: checks the law's rules, saves it and starts the process. */
@Service
@Transactional
public class LaunchService {

    /** A warning the principal sees before launching; it does not stop the launch. */
    public record Warning(String key, Object... args) {
    }

    public record LaunchContext(SchoolInfo school, int staffCount, int departmentCount, boolean boardTermEnds,
                                LaunchForm defaults) {
    }

    private final AssemblyRepository assemblies;
    private final DossierRepository dossiers;
    private final SchoolDirectory directory;
    private final RuntimeService runtime;
    private final StageTracker stages;
    private final ObjectProvider<SeasonDefaults> seasons;
    private final LaunchCorrections corrections;

    LaunchService(AssemblyRepository assemblies, DossierRepository dossiers, SchoolDirectory directory,
                  RuntimeService runtime, StageTracker stages, ObjectProvider<SeasonDefaults> seasons,
                  LaunchCorrections corrections) {
        this.corrections = corrections;
        this.assemblies = assemblies;
        this.dossiers = dossiers;
        this.directory = directory;
        this.runtime = runtime;
        this.stages = stages;
        this.seasons = seasons;
    }

    /** The supervising body's deadlines for this school year, if it has set them. */
    private java.util.Optional<SeasonDefaults.Season> season(long schoolId, String schoolYear) {
        SeasonDefaults defaults = seasons.getIfAvailable();
        return defaults == null || schoolYear == null ? java.util.Optional.empty()
                : defaults.forSchool(schoolId, schoolYear);
    }

    @Transactional(readOnly = true)
    public LaunchContext context(LocalDate today) {
        AppUser user = principal();
        SchoolInfo school = directory.school(user.schoolId());
        int staffCount = directory.activeStaffIds(school.id()).size();
        int departments = directory.activeDepartments(school.id()).size();
        int startYear = today.getMonthValue() > school.workingYearEndsOnMonth() ? today.getYear() : today.getYear() - 1;
        LaunchForm form = new LaunchForm();
        form.setSchoolYear(startYear + "-" + (startYear + 1));
        boolean termEnds = school.boardTermEndsOn() == null
                || !school.boardTermEndsOn().isAfter(LocalDate.of(startYear + 1, school.workingYearEndsOnMonth(), 1));
        form.setElectBoard(termEnds && staffCount > AssemblyRules.SMALL_UNIT_MAX_STAFF);
        form.setMode(AssemblyMode.FULL);
        season(school.id(), form.getSchoolYear()).ifPresent(season -> {
            form.setFilingDeadline(season.fileBy());
            form.setPlenaryOn(season.plannedPlenary());
        });
        return new LaunchContext(school, staffCount, departments, termEnds, form);
    }

    /** Warnings about a form that the law allows but the principal should know about. */
    @Transactional(readOnly = true)
    public List<Warning> warnings(LaunchForm form) {
        AppUser user = principal();
        SchoolInfo school = directory.school(user.schoolId());
        List<Warning> warnings = new ArrayList<>();
        if (form.getPlenaryOn() != null && form.getSchoolYear() != null && form.getSchoolYear().matches("\\d{4}-\\d{4}")) {
            LocalDate latest = latestPlenary(school, Integer.parseInt(form.getSchoolYear().substring(0, 4)));
            if (form.getPlenaryOn().isAfter(latest)) {
                warnings.add(new Warning("launch.warn.late", Texts.date(latest)));
            }
            season(school.id(), form.getSchoolYear())
                    .filter(season -> form.getPlenaryOn().isAfter(season.holdBy()))
                    .ifPresent(season -> warnings.add(new Warning("launch.warn.afterSeason",
                            Texts.date(season.holdBy()))));
        }
        int staffCount = directory.activeStaffIds(school.id()).size();
        if (staffCount <= AssemblyRules.SMALL_UNIT_MAX_STAFF) {
            warnings.add(new Warning("launch.warn.smallUnit", staffCount));
        }
        return warnings;
    }

    /** The working year ends, then the assembly is held within the configured months (Art. 51(1): 3). */
    public static LocalDate latestPlenary(SchoolInfo school, int startYear) {
        YearMonth end = YearMonth.of(startYear, school.workingYearEndsOnMonth());
        return end.plusMonths(school.assemblyDeadlineMonthOffset()).atEndOfMonth();
    }

    public long launch(LaunchForm form) {
        AppUser user = principal();
        long schoolId = user.schoolId();
        SchoolInfo school = directory.school(schoolId);
        int staffCount = directory.activeStaffIds(schoolId).size();
        validate(form, staffCount);
        if (directory.activeDepartments(schoolId).isEmpty()) {
            throw new BusinessRuleException("launch.noDepartments");
        }
        if (form.getKind() == AssemblyKind.REGULAR
                && assemblies.existsBySchoolIdAndRegularYear(schoolId, form.getSchoolYear())) {
            throw new BusinessRuleException("launch.duplicateYear", form.getSchoolYear());
        }
        // one assembly prepares at a time: the previous one is held (or cancelled) before the next is launched
        // unless the principal says explicitly that both run at once
        if (!form.isPreviousOpenConfirmed()) {
            for (Assembly previous : assemblies.findBySchoolIdOrderByIdDesc(schoolId)) {
                if (previous.getKind() == AssemblyKind.REGULAR && !previous.isCancelled()
                        && previous.getStage() != Stage.CLOSED
                        && previous.getSchoolYear().compareTo(form.getSchoolYear()) < 0
                        && !corrections.plenaryHeld(previous)) {
                    throw BusinessRuleException.onField("previousOpenConfirmed", "launch.previousBeforePlenary",
                            previous.getSchoolYear());
                }
            }
        }
        Assembly assembly = assemblies.save(new Assembly(schoolId, form.getSchoolYear(), form.getKind(),
                form.getKind() == AssemblyKind.EXTRAORDINARY ? form.getRequestedBy() : null, form.getMode(),
                staffCount, form.getPreparatoryOn(), form.getKeyStaffOn(), form.getGroupMeetingsOn(),
                form.getPlenaryOn(), form.getFilingDeadline(), form.isElectBoard(),
                form.isElectBoard() ? form.getBoardSeats() : null, user.getUsername()));
        if (form.getKind() == AssemblyKind.EXTRAORDINARY && form.getRequestedBy() == RequestedBy.STAFF_PETITION) {
            assembly.recordPetition(form.getPetitionSignatures(), form.getPetitionOn());
        }
        Dossier dossier = new Dossier();
        dossier.setAssemblyId(assembly.getId());
        dossier.setDeadline(form.getFilingDeadline());
        dossier.setStatus(DossierStatus.NOT_SUBMITTED);
        dossiers.save(dossier);

        ProcessInstance instance = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(AssemblyStep.PROCESS_KEY)
                .businessKey(String.valueOf(assembly.getId()))
                .name(form.getSchoolYear() + " · " + school.name())
                .variables(Map.of(AssemblyVariables.ASSEMBLY_ID, assembly.getId(),
                        AssemblyVariables.SCHOOL_ID, schoolId,
                        AssemblyVariables.ELECT_BOARD, form.isElectBoard(),
                        AssemblyVariables.BOARD_ELECTED, false))
                .start();
        assembly.setProcessInstanceId(instance.getId());
        stages.refresh(assembly);
        return assembly.getId();
    }

    static void validate(LaunchForm f, int staffCount) {
        if (f.getSchoolYear() == null || !f.getSchoolYear().matches("\\d{4}-\\d{4}")
                || Integer.parseInt(f.getSchoolYear().substring(5)) != Integer.parseInt(f.getSchoolYear().substring(0, 4)) + 1) {
            throw new BusinessRuleException("launch.badSchoolYear");
        }
        if (f.getKind() == null || f.getMode() == null) {
            throw new BusinessRuleException("launch.missing");
        }
        if (f.getKind() == AssemblyKind.EXTRAORDINARY && f.getRequestedBy() == null) {
            throw new BusinessRuleException("launch.requestedByRequired");
        }
        if (f.getKind() == AssemblyKind.EXTRAORDINARY && f.getRequestedBy() == RequestedBy.STAFF_PETITION) {
            if (f.getPetitionSignatures() == null || f.getPetitionOn() == null) {
                throw BusinessRuleException.onField(f.getPetitionSignatures() == null ? "petitionSignatures"
                        : "petitionOn", "launch.petitionRequired");
            }
            try {
                AssemblyRules.checkPetition(f.getPetitionSignatures(), staffCount);
            } catch (BusinessRuleException e) {
                throw e.at("petitionSignatures");
            }
        }
        LocalDate[] dates = {f.getPreparatoryOn(), f.getKeyStaffOn(), f.getGroupMeetingsOn(), f.getPlenaryOn(),
                f.getFilingDeadline()};
        for (LocalDate d : dates) {
            if (d == null) {
                throw new BusinessRuleException("launch.datesRequired");
            }
        }
        for (int i = 1; i < dates.length; i++) {
            if (dates[i].isBefore(dates[i - 1])) {
                throw new BusinessRuleException("launch.datesOrder");
            }
        }
        AssemblyRules.checkMode(f.getMode(), staffCount);
        AssemblyRules.checkBoardSeats(f.isElectBoard(), f.getBoardSeats(), staffCount, f.isLargerBoardDecided());
    }

    private static AppUser principal() {
        AppUser user = CurrentUser.require();
        if (user.schoolId() == null || !user.hasRole(Role.PRINCIPAL)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return user;
    }
}
