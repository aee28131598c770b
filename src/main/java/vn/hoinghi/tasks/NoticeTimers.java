package vn.hoinghi.tasks;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.shared.Texts;

/**
 * "Due soon" and "overdue" for every open task with a due date, to the people behind it, once each (the dedupe
 * key names the task, the person and the due date, so a moved due date is told again). Runs on the scheduler's
 * thread, never on the engine's.
 */
@Component
class NoticeTimers {

    private static final int BATCH = 200;

    private final TaskService tasks;
    private final TaskRecipients recipients;
    private final Notices notices;
    private final TransactionTemplate tx;

    NoticeTimers(TaskService tasks, TaskRecipients recipients, Notices notices, PlatformTransactionManager tm) {
        this.tasks = tasks;
        this.recipients = recipients;
        this.notices = notices;
        this.tx = new TransactionTemplate(tm);
    }

    @Scheduled(initialDelayString = "${hoinghi.notify.due-initial-delay:PT1M}",
            fixedDelayString = "${hoinghi.notify.due-delay:PT15M}")
    void scan() {
        LocalDateTime now = LocalDateTime.now(TaskInbox.VIETNAM);
        scan(() -> tasks.createTaskQuery().taskDueBefore(date(now)));
        scan(() -> tasks.createTaskQuery().taskDueAfter(date(now))
                .taskDueBefore(date(now.plus(TaskInbox.DUE_SOON))));
    }

    /** Tells everyone behind the tasks the query finds; returns how many were told. */
    int scan(java.util.function.Supplier<TaskQuery> query) {
        int told = 0;
        for (int offset = 0; ; offset += BATCH) {
            int from = offset;
            List<Task> batch = query.get().includeIdentityLinks().orderByTaskId().asc().listPage(from, BATCH);
            Integer n = tx.execute(s -> batch.stream().mapToInt(this::tell).sum());
            told += n == null ? 0 : n;
            if (batch.size() < BATCH) {
                return told;
            }
        }
    }

    private int tell(Task t) {
        NoticeKind kind = t.getDueDate().before(new Date()) ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON;
        List<String> groups = t.getIdentityLinks().stream()
                .filter(l -> l.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLinkInfo::getGroupId).toList();
        String due = Texts.dateTime(LocalDateTime.ofInstant(t.getDueDate().toInstant(), TaskInbox.VIETNAM));
        int n = 0;
        for (String person : recipients.of(t.getAssignee(), groups)) {
            String key = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + t.getId() + ":" + person + ":"
                    + t.getDueDate().getTime();
            if (notices.notify(person, kind, t.getId(), "task/" + t.getId(), key,
                    kind == NoticeKind.OVERDUE ? "notice.overdue" : "notice.dueSoon",
                    List.of(t.getName() == null ? "" : t.getName(), due))) {
                n++;
            }
        }
        return n;
    }

    private static Date date(LocalDateTime t) {
        return Date.from(t.atZone(TaskInbox.VIETNAM).toInstant());
    }
}
