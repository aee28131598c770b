package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.workflow.AssemblyDates;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The supervising body moves an assembly's filing deadline: the assembly, its dossier, the filing
 * task's due date and the reminder and escalation timers that have not fired yet all follow.
 */
@Service
@Transactional
public class FilingDeadlines {

    private static final Logger log = LoggerFactory.getLogger(FilingDeadlines.class);

    private final AssemblyRepository assemblies;
    private final DossierRepository dossiers;
    private final SchoolDirectory directory;
    private final TaskService tasks;
    private final ManagementService management;
    private final AssemblyDates dates;

    FilingDeadlines(AssemblyRepository assemblies, DossierRepository dossiers, SchoolDirectory directory,
                    TaskService tasks, ManagementService management, AssemblyDates dates) {
        this.assemblies = assemblies;
        this.dossiers = dossiers;
        this.directory = directory;
        this.tasks = tasks;
        this.management = management;
        this.dates = dates;
    }

    /** The boundary timers on the filing task, with the date each one fires for an assembly. */
    private Map<String, Function<Long, Date>> timers() {
        return Map.of("filingReminder", dates::filingReminder,
                "filingReminderLastDay", dates::filingLastDayReminder,
                "filingDeadlineMissed", dates::filingDeadline);
    }

    /**
     * Moves the deadline of an assembly of a school under the signed-in officer's body. Returns false
     * and changes nothing when the dossier was already accepted or the assembly is over.
     */
    public boolean move(long assemblyId, LocalDate deadline) {
        if (deadline == null) {
            throw new BusinessRuleException("season.datesRequired");
        }
        Assembly assembly = assemblies.findById(assemblyId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        AppUser user = CurrentUser.require();
        long bodyId = directory.school(assembly.getSchoolId()).bodyId();
        if (!user.hasRole(Role.SUPERVISOR) || !user.supervises(bodyId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Dossier dossier = dossiers.findByAssemblyId(assemblyId).orElse(null);
        if (assembly.getStage() == Stage.CLOSED || assembly.getStage() == Stage.CANCELLED
                || assembly.getStage() == Stage.SIX_MONTH_REVIEW
                || dossier != null && dossier.getStatus() == DossierStatus.ACCEPTED) {
            return false;
        }
        if (deadline.equals(assembly.getFilingDeadline())) {
            return false;
        }
        assembly.setFilingDeadline(deadline);
        if (dossier != null) {
            dossier.setDeadline(deadline);
        }
        String pid = assembly.getProcessInstanceId();
        if (pid != null) {
            for (Task task : tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(AssemblyStep.FILE_DOSSIER.taskId()).list()) {
                tasks.setDueDate(task.getId(), dates.filingDeadline(assemblyId));
            }
            List<Job> pending = management.createTimerJobQuery().processInstanceId(pid).list();
            for (Job job : pending) {
                Function<Long, Date> when = timers().get(job.getElementId());
                if (when != null) {
                    management.rescheduleTimeDateJob(job.getId(), iso(when.apply(assemblyId)));
                }
            }
        }
        log.info("Filing deadline of assembly {} moved to {}", assemblyId, deadline);
        return true;
    }

    private static String iso(Date date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atZone(AssemblyDates.VIETNAM));
    }
}
