package vn.hoinghi.tasks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.Texts;

/**
 * The signed-in person's task inbox across every process, as plain records, so the pages never touch Flowable.
 * Every query starts from {@link TaskAccess#visibleTo}, which is the access check.
 */
@Service
@Transactional
public class TaskInbox {

    public static final ZoneId VIETNAM = vn.hoinghi.shared.VietnamTime.ZONE;
    /** A task due within this time from now counts as "due soon". */
    public static final Duration DUE_SOON = Duration.ofDays(2);
    /** A text search filters in memory, so it looks at no more than this many tasks. */
    static final int SEARCH_LIMIT = 500;

    /** One line of the inbox. */
    public record TaskRow(String id, String name, String assemblyLabel, LocalDateTime created, LocalDateTime due,
                          String assignee, boolean assignedToMe, boolean offeredToGroups) {

        public boolean overdue() {
            return due != null && due.isBefore(LocalDateTime.now(VIETNAM));
        }

        public boolean dueSoon() {
            LocalDateTime now = LocalDateTime.now(VIETNAM);
            return due != null && !due.isBefore(now) && due.isBefore(now.plus(DUE_SOON));
        }

        /** Offered to the person's roles and nobody has taken it yet. */
        public boolean claimable() {
            return offeredToGroups && assignee == null;
        }

        /** Taken by the person from their roles, so it can be given back. */
        public boolean releasable() {
            return assignedToMe && offeredToGroups;
        }
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskAccess access;

    TaskInbox(TaskService tasks, RuntimeService runtime, TaskAccess access) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.access = access;
    }

    /** A page of the person's tasks, soonest due first; search matches task or assembly name, without diacritics. */
    @Transactional(readOnly = true)
    public List<TaskRow> page(String search, int offset, int limit) {
        AppUser user = CurrentUser.require();
        if (search == null || search.isBlank()) {
            List<Task> page = ordered(visible(user)).listPage(offset, limit);
            return toRows(page, processNames(page), user);
        }
        Matches found = matches(search, user);
        List<Task> page = found.tasks().stream().skip(Math.max(offset, 0)).limit(Math.max(limit, 0)).toList();
        return toRows(page, found.processNames(), user);
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        AppUser user = CurrentUser.require();
        if (search == null || search.isBlank()) {
            return (int) Math.min(Integer.MAX_VALUE, visible(user).count());
        }
        return matches(search, user).tasks().size();
    }

    @Transactional(readOnly = true)
    public int countDueSoon() {
        LocalDateTime now = LocalDateTime.now(VIETNAM);
        return (int) visible(CurrentUser.require())
                .taskDueAfter(toDate(now))
                .taskDueBefore(toDate(now.plus(DUE_SOON)))
                .count();
    }

    @Transactional(readOnly = true)
    public int countOverdue() {
        return (int) visible(CurrentUser.require()).taskDueBefore(toDate(LocalDateTime.now(VIETNAM))).count();
    }

    /** Takes a task offered to the person's roles, so colleagues no longer see it. */
    public void claim(String taskId) {
        access.claim(taskId);
    }

    /** Gives a taken task back to the roles it was offered to. */
    public void release(String taskId) {
        access.release(taskId);
    }

    private record Matches(List<Task> tasks, Map<String, String> processNames) {
    }

    private Matches matches(String search, AppUser user) {
        List<Task> candidates = ordered(visible(user)).listPage(0, SEARCH_LIMIT);
        Map<String, String> names = processNames(candidates);
        List<Task> hits = candidates.stream()
                .filter(t -> Texts.matches(t.getName(), search)
                        || Texts.matches(names.get(t.getProcessInstanceId()), search))
                .toList();
        return new Matches(hits, names);
    }

    private TaskQuery visible(AppUser user) {
        return TaskAccess.visibleTo(tasks, user);
    }

    private static TaskQuery ordered(TaskQuery query) {
        // the id as the last key keeps paging stable when due and create times are equal
        return query.orderByDueDateNullsLast().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    /** The process instance names (the assembly labels) for these tasks, in one query. */
    private Map<String, String> processNames(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
            names.put(p.getId(), p.getName() == null ? "" : p.getName());
        }
        return names;
    }

    private List<TaskRow> toRows(List<Task> page, Map<String, String> processNames, AppUser user) {
        return page.stream().map(t -> new TaskRow(t.getId(), t.getName(),
                processNames.getOrDefault(t.getProcessInstanceId(), ""),
                toLocal(t.getCreateTime()), toLocal(t.getDueDate()), t.getAssignee(),
                user.getUsername().equals(t.getAssignee()),
                tasks.getIdentityLinksForTask(t.getId()).stream()
                        .anyMatch(l -> l.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(l.getType()))))
                .toList();
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), VIETNAM);
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(VIETNAM).toInstant());
    }
}
