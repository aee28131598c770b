package vn.hoinghi.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;

import vn.hoinghi.assembly.AssemblyStep;

/**
 * The same BPMN file driven through the plain Flowable API, with no application logic: the beans its
 * expressions call return constants, and each task is completed with the routing variables the app would set.
 */
final class EngineBaseline implements AutoCloseable {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ProcessEngine engine;
    private final org.apache.ibatis.datasource.pooled.PooledDataSource pool;

    /** On H2 (the default) or, for a jdbc:postgresql URL, as the test PostgreSQL server's superuser. */
    EngineBaseline(String jdbcUrl) {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("taskRouting", new Routing());
        beans.put("assemblyDates", new Dates());
        beans.put("assemblyNotifier", new Notifier());
        beans.put("assemblyReviews", new Reviews());
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        boolean postgresql = jdbcUrl.startsWith("jdbc:postgresql:");
        // the pool Flowable builds from a JDBC URL (MyBatis'), wrapped to count the statements; as many
        // connections as the app's pool, so both sides are compared on equal terms
        var pool = new org.apache.ibatis.datasource.pooled.PooledDataSource(
                postgresql ? "org.postgresql.Driver" : "org.h2.Driver", jdbcUrl,
                postgresql ? vn.hoinghi.PostgresqlServer.USER : "sa", "");
        pool.setPoolMaximumActiveConnections(10);
        cfg.setDataSource(StatementCounter.wrap(pool));
        this.pool = pool;
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setAsyncExecutorActivate(false);
        cfg.setHistory("audit");
        cfg.setBeans(beans);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/staff-assembly.bpmn20.xml")
                .deploy();
    }

    /** One assembly of a school with the given number of departments; returns the tasks completed. */
    int run(long assemblyId, int departments, Stats stats) {
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        String key = "baseline-" + assemblyId;
        stats.time("engine.launch", () -> runtime.startProcessInstanceByKey(AssemblyStep.PROCESS_KEY, key,
                Map.of("assemblyId", assemblyId, "schoolId", assemblyId, "electBoard", true, "boardElected", false)));
        int done = 0;
        List<Long> drafts = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        done += complete(key, AssemblyStep.PREPARATORY_MEETING.taskId(), Map.of("draftIds", drafts), stats);
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).list()) {
            stats.time("engine.task", () -> tasks.complete(t.getId()));
            done++;
        }
        List<Long> depts = new ArrayList<>();
        for (long d = 1; d <= departments; d++) {
            depts.add(d);
        }
        done += complete(key, AssemblyStep.KEY_STAFF_MEETING.taskId(), Map.of("revisionsRequested", false, "revisionDraftIds", List.of(),
                "departmentIds", depts), stats);
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(AssemblyStep.DEPARTMENT_MEETING.taskId())
                .list()) {
            stats.time("engine.task", () -> tasks.complete(t.getId()));
            done++;
        }
        done += complete(key, AssemblyStep.CONSOLIDATE_FEEDBACK.taskId(), Map.of(), stats);
        done += complete(key, AssemblyStep.ANSWER_FEEDBACK.taskId(), Map.of(), stats);
        done += complete(key, AssemblyStep.PLENARY_CHECK_IN.taskId(), Map.of("quorumReached", true, "convocation", 1), stats);
        done += complete(key, AssemblyStep.PLENARY_SESSION.taskId(), Map.of("electBoard", true, "boardElected", false,
                "resolutionAdopted", true), stats);
        done += complete(key, AssemblyStep.BOARD_ELECTION.taskId(), Map.of("boardElected", true), stats);
        done += complete(key, AssemblyStep.RECOGNIZE_BOARD.taskId(), Map.of(), stats);
        done += complete(key, AssemblyStep.ELECT_BOARD_OFFICERS.taskId(), Map.of(), stats);
        done += complete(key, AssemblyStep.FINALISE_RESOLUTION.taskId(), Map.of(), stats);
        fireDueTimers(key);
        done += complete(key, AssemblyStep.FILE_DOSSIER.taskId(), Map.of(), stats);
        done += complete(key, AssemblyStep.REVIEW_DOSSIER.taskId(), Map.of("dossierAccepted", true), stats);
        fireDueTimers(key);
        done += complete(key, AssemblyStep.SIX_MONTH_REVIEW.taskId(), Map.of(), stats);
        return done;
    }

    private int complete(String key, String definitionKey, Map<String, Object> vars, Stats stats) {
        Task t = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey(definitionKey).singleResult();
        stats.time("engine.task", () -> engine.getTaskService().complete(t.getId(), vars));
        return 1;
    }

    private void fireDueTimers(String key) {
        var management = engine.getManagementService();
        String pid = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .singleResult().getId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(pid).executable().list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    @Override
    public void close() {
        engine.close();
        pool.forceCloseAll();
    }

    /** Constant routing: the same shapes of values the app's beans return. */
    public static final class Routing {
        public String group(Long schoolId, String role) {
            return "school:" + schoolId + ":" + role;
        }

        public String groups(Long schoolId, String roles) {
            return String.join(",", java.util.Arrays.stream(roles.split(",")).map(r -> group(schoolId, r)).toList());
        }

        public String departmentGroups(Long schoolId, Long departmentId) {
            return "school:" + schoolId + ":dept:" + departmentId + ":DEPARTMENT_HEAD";
        }

        public String supervisorGroup(Long schoolId) {
            return "body:1:SUPERVISOR";
        }

        public String draftAuthor(Long draftId) {
            return "author" + draftId;
        }
    }

    /** The seed's dates, in the past, as the app's season uses. */
    public static final class Dates {
        private static Date at(LocalDate d) {
            return Date.from(d.atTime(23, 59).atZone(VN).toInstant());
        }

        private static final LocalDate START = LocalDate.of(2024, 9, 20);

        public Date preparatoryMeeting(Long id) {
            return at(START);
        }

        public Date keyStaffMeeting(Long id) {
            return at(START.plusDays(1));
        }

        public Date groupMeetings(Long id) {
            return at(START.plusDays(2));
        }

        public Date plenary(Long id) {
            return at(START.plusDays(7));
        }

        public Date draftDue(Long id) {
            return at(START.plusDays(1));
        }

        public Date recognitionDue(Long id) {
            return at(START.plusDays(14));
        }

        public Date newsPostDue(Long id) {
            return at(START.plusDays(10));
        }

        public Date filingDeadline(Long id) {
            return at(START.plusDays(9));
        }

        public Date filingReminder(Long id) {
            return at(START.plusDays(6));
        }

        public Date filingLastDayReminder(Long id) {
            return at(START.plusDays(8));
        }

        public Date sixMonthReview(Long id) {
            return at(START.plusMonths(6));
        }

        public Date officersDue(Long id) {
            return at(START.plusDays(21));
        }
    }

    /** The resolution stays in force: after its review the process waits for the next one. */
    public static final class Reviews {
        public boolean stillInForce(Long id) {
            return true;
        }

        public void closed(Long id) {
        }
    }

    /** Timers fire into no-ops. */
    public static final class Notifier {
        public void filingReminder(DelegateExecution e) {
        }

        public void filingOverdue(DelegateExecution e) {
        }

        public void filingLastDayReminder(DelegateExecution e) {
        }

        public void recognitionOverdue(DelegateExecution e) {
        }

        public void officersOverdue(DelegateExecution e) {
        }
    }
}
