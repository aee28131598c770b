package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.LaunchService;
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
 * Each principal reports the planned plenary date for the season, through a task of its own small
 * process (bpmn/report-planned-date.bpmn20.xml). Only the principals of the task's school may see it.
 */
@Service
@Transactional
public class PlannedDates {

    /** What the principal's form shows. */
    public record PlannedDateData(String taskName, String schoolName, String schoolYear, LocalDate reportBy,
                                  LocalDate holdBy, LocalDate fileBy, String dossierContents, LocalDate latestByLaw,
                                  LocalDate plannedOn) {
    }

    record Started(int started, int rescheduled) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SeasonRepository seasons;
    private final PlannedDateReportRepository reports;
    private final SchoolDirectory directory;
    private final TrackerQueries queries;
    private final TaskAccess access;

    PlannedDates(TaskService tasks, RuntimeService runtime, SeasonRepository seasons,
                 PlannedDateReportRepository reports, SchoolDirectory directory, TrackerQueries queries,
                 TaskAccess access) {
        this.access = access;
        this.tasks = tasks;
        this.runtime = runtime;
        this.seasons = seasons;
        this.reports = reports;
        this.directory = directory;
        this.queries = queries;
    }

    /**
     * The dates a body's schools reported for their own conference of a school year, by school: for the body's
     * own pages (its year-end conference). Only the body's officers read them.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> reportedDates(long bodyId, String schoolYear) {
        AppUser user = CurrentUser.require();
        if (!user.supervises(bodyId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return seasons.findBySupervisingBodyIdAndSchoolYear(bodyId, schoolYear)
                .map(season -> reports.findBySeasonId(season.getId()).stream().filter(r -> r.getPlannedOn() != null)
                        .collect(java.util.stream.Collectors.toMap(PlannedDateReport::getSchoolId,
                                PlannedDateReport::getPlannedOn, (a, b) -> a)))
                .orElse(Map.of());
    }

    @Transactional(readOnly = true)
    public PlannedDateData data(String taskId) {
        OpenTask task = open(taskId);
        Context ctx = context(task);
        SchoolInfo school = directory.school(ctx.schoolId());
        Season season = ctx.season();
        LocalDate planned = reports.findBySeasonIdAndSchoolId(season.getId(), ctx.schoolId())
                .map(PlannedDateReport::getPlannedOn).orElse(null);
        return new PlannedDateData(task.name(), school.name(), season.getSchoolYear(), season.getReportPlannedBy(),
                season.getHoldBy(), season.getFileBy(), season.getDossierContents(),
                LaunchService.latestPlenary(school, Integer.parseInt(season.getSchoolYear().substring(0, 4))), planned);
    }

    /** The principal reports the date; the task is done in their name and the tracker shows the date. */
    public void report(String taskId, LocalDate plannedOn) {
        OpenTask task = open(taskId);
        Context ctx = context(task);
        if (plannedOn == null) {
            throw BusinessRuleException.onField("plannedOn", "planned.dateRequired");
        }
        AppUser user = CurrentUser.require();
        PlannedDateReport report = reports.findBySeasonIdAndSchoolId(ctx.season().getId(), ctx.schoolId())
                .orElseGet(() -> new PlannedDateReport(ctx.season().getId(), ctx.schoolId()));
        report.report(plannedOn, user.getUsername(), VietnamTime.now());
        reports.save(report);
        access.complete(task.id(), Map.of());
    }

    /**
     * Starts the task for every school of the season's body that has neither been asked yet nor launched
     * its assembly; when the reporting deadline changed, the open tasks get the new due date.
     */
    Started askPrincipals(Season season, boolean reportDeadlineChanged) {
        long bodyId = season.getSupervisingBodyId();
        Set<Long> launched = new HashSet<>(queries.schoolsWithAssembly(bodyId, season.getSchoolYear()));
        Set<Long> asked = new HashSet<>();
        reports.findBySeasonId(season.getId()).forEach(r -> asked.add(r.getSchoolId()));
        int started = 0;
        for (SchoolInfo school : directory.schoolsOfBody(bodyId)) {
            if (asked.contains(school.id()) || launched.contains(school.id())) {
                continue;
            }
            ProcessInstance instance = runtime.createProcessInstanceBuilder()
                    .processDefinitionKey(SupervisionProcess.PROCESS_KEY)
                    .businessKey(SupervisionProcess.businessKey(season.getId(), school.id()))
                    .name(season.getSchoolYear() + " · " + school.name())
                    .variables(Map.of(SupervisionProcess.SEASON_ID, season.getId(),
                            SupervisionProcess.SCHOOL_ID, school.id()))
                    .start();
            PlannedDateReport report = new PlannedDateReport(season.getId(), school.id());
            report.setProcessInstanceId(instance.getId());
            reports.save(report);
            started++;
        }
        int rescheduled = 0;
        if (reportDeadlineChanged) {
            List<Task> open = tasks.createTaskQuery().processDefinitionKey(SupervisionProcess.PROCESS_KEY)
                    .processVariableValueEquals(SupervisionProcess.SEASON_ID, season.getId()).list();
            for (Task t : open) {
                tasks.setDueDate(t.getId(), SupervisionRouting.endOf(season.getReportPlannedBy()));
                rescheduled++;
            }
        }
        return new Started(started, rescheduled);
    }

    private record Context(Season season, long schoolId) {
    }

    /** The shared access check, for this module's one step. */
    private OpenTask open(String taskId) {
        return access.open(taskId, List.of(PlannedDateStep.PLANNED_PLENARY_DATE), SupervisionProcess.TASK_VARIABLES);
    }

    private Context context(OpenTask task) {
        long schoolId = SupervisionProcess.schoolId(task);
        AppUser user = CurrentUser.require();
        // the candidate group already says so; checked again because a school never sees another school
        if (!user.worksAt(schoolId) || !user.hasRole(Role.PRINCIPAL)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Season season = seasons.findById(SupervisionProcess.seasonId(task))
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        return new Context(season, schoolId);
    }
}
