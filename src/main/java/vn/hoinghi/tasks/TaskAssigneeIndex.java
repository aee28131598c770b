package vn.hoinghi.tasks;

import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Flowable indexes no task's assignee, and the inbox's "assigned to me" ({@link TaskInbox}) reads it on every
 * page: without an index that part scans every open task of the province. Flowable makes its tables at engine
 * start, after Flyway has run, so the index is created here, once the engine exists; a second node that loses
 * the race to create it only logs it.
 */
@Component
class TaskAssigneeIndex {

    private static final Logger log = LoggerFactory.getLogger(TaskAssigneeIndex.class);

    /** The engine is asked for only so that its tables exist first. */
    TaskAssigneeIndex(ProcessEngine engine, JdbcTemplate jdbc) {
        try {
            jdbc.execute("create index if not exists HOINGHI_IDX_TASK_ASSIGNEE on ACT_RU_TASK (ASSIGNEE_)");
        } catch (DataAccessException e) {
            log.warn("Index on the tasks' assignee not created ({}); the inbox works, only slower", e.getMessage());
        }
    }
}
