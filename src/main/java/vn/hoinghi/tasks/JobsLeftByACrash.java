package vn.hoinghi.tasks;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.job.service.impl.cmd.UnacquireOwnedJobsCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes back, when a node starts, the engine's jobs that the same node had taken when it was killed. The job
 * executor locks a job (a due reminder, an escalation) while it runs it, under the executor's name; Flowable
 * unlocks them only when the node stops cleanly. After a SIGKILL, an out-of-memory kill or a power cut they stayed
 * locked for the lock time, an hour, so a reminder that was being sent at that moment went out an hour after the
 * restart (found by CrashMidSeasonIT). Each node therefore locks under a name that survives a restart — its host and
 * port, or HOINGHI_NODE_NAME — and releases what that name still holds before its executor starts. Other nodes'
 * jobs are never touched: theirs are released by their own restart, or by any node once their lock time is over.
 * A node on port 0 (tests) has no lasting name and keeps the engine's random one.
 */
@Component
class JobsLeftByACrash implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JobsLeftByACrash.class);

    private final ProcessEngineConfigurationImpl engine;
    private final JdbcClient jdbc;
    private final String nodeName;

    JobsLeftByACrash(ProcessEngine engine, JdbcClient jdbc, @Value("${hoinghi.node-name:}") String configured,
                     @Value("${server.port:8080}") int port) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.jdbc = jdbc;
        this.nodeName = !configured.isBlank() ? configured.strip() : port > 0 ? host() + ":" + port : null;
    }

    @Override
    public void afterSingletonsInstantiated() {
        AsyncExecutor executor = engine.getAsyncExecutor();
        if (nodeName == null || !(executor instanceof AbstractAsyncExecutor named)) {
            return;
        }
        if (executor.isActive()) {
            log.warn("The job executor started before its node name was set; jobs stay under {}",
                    executor.getLockOwner());
            return;
        }
        named.setLockOwner(nodeName);
        JobServiceConfiguration jobs = executor.getJobServiceConfiguration();
        long held = jdbc.sql("select count(*) from ACT_RU_JOB where LOCK_OWNER_ = :owner").param("owner", nodeName)
                .query(Long.class).single();
        engine.getCommandExecutor().execute(context -> new UnacquireOwnedJobsCmd(nodeName, null, jobs).execute(context));
        // timers taken for moving to the executor's queue: the engine has no command for these
        int timers = jdbc.sql("update ACT_RU_TIMER_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null"
                + " where LOCK_OWNER_ = :owner").param("owner", nodeName).update();
        if (held + timers > 0) {
            log.warn("Job executor of node {}: took back {} jobs and {} timers it held when it stopped without"
                    + " shutting down", nodeName, held, timers);
        } else {
            log.info("Job executor of node {}", nodeName);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
