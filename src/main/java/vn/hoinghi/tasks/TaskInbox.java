package vn.hoinghi.tasks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.runtime.ProcessInstanceQuery;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskInfoQuery;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BulkOutcome;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ProcessTasks.TaskDetail;
import vn.hoinghi.tasks.ProcessTasks.TaskStage;
import vn.hoinghi.tasks.TaskFilter.Due;
import vn.hoinghi.tasks.TaskFilter.Scope;

/**
 * The signed-in person's task inbox across every process, as plain records, so the pages never touch Flowable.
 * Views, filters, search, sorting and paging all run in the database, over the index {@link TaskIndex} writes
 * on each task. The views of one's own tasks keep to the rule of {@link TaskAccess#visibleTo}, which is the access
 * check (the ALL view as a native query of the same rule, see visible());
 * the school's and the body's views are for the principal and the officers only.
 */
@Service
@Transactional
public class TaskInbox {

    public static final ZoneId VIETNAM = vn.hoinghi.shared.VietnamTime.ZONE;
    /** A task due within this time from now counts as "due soon". */
    public static final Duration DUE_SOON = Duration.ofDays(2);

    /**
     * One line of the inbox.
     *
     * @param detail       what tells the task from others of the same step (null when nothing needs to)
     * @param offeredToMe  offered to one of my roles (so I may claim it while nobody has)
     * @param offeredRoles the roles it is offered to, for the school's and the body's views
     */
    public record TaskRow(String id, String name, TaskDetail detail, String assemblyLabel, String processInstanceId,
                          LocalDateTime created, LocalDateTime due, LocalDateTime completed, String assignee,
                          String assigneeName, boolean assignedToMe, boolean offeredToGroups, boolean offeredToMe,
                          Set<Role> offeredRoles) {

        public boolean overdue() {
            return completed == null && due != null && due.isBefore(LocalDateTime.now(VIETNAM));
        }

        public boolean dueSoon() {
            LocalDateTime now = LocalDateTime.now(VIETNAM);
            return completed == null && due != null && !due.isBefore(now) && due.isBefore(now.plus(DUE_SOON));
        }

        /** Offered to the person's roles and nobody has taken it yet. */
        public boolean claimable() {
            return completed == null && offeredToMe && assignee == null;
        }

        /** Taken by the person from their roles, so it can be given back. */
        public boolean releasable() {
            return completed == null && assignedToMe && offeredToGroups;
        }

        /** The person can work on it (otherwise it is only followed, in the school's or the body's view). */
        public boolean actionable() {
            return completed == null && (assignedToMe || claimable());
        }
    }

    /** A process in the process filter, with its stages. */
    public record ProcessChoice(String key, String nameKey, List<TaskStage> stages) {
    }

    /** An assembly, conference… in the instance filter. */
    public record InstanceChoice(String id, String label) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskAccess access;
    private final SchoolDirectory directory;
    private final ObjectProvider<ProcessTasks> processes;
    /** One transaction per item of a bulk action. */
    private final TransactionTemplate each;

    TaskInbox(TaskService tasks, RuntimeService runtime, HistoryService history, TaskAccess access,
              SchoolDirectory directory, ObjectProvider<ProcessTasks> processes, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.access = access;
        this.directory = directory;
        this.processes = processes;
        this.each = new TransactionTemplate(transactions);
    }

    /** A page of the person's tasks (assigned or offered), soonest due first, matching the search. */
    @Transactional(readOnly = true)
    public List<TaskRow> page(String search, int offset, int limit) {
        return page(TaskFilter.search(search), offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String search) {
        return count(TaskFilter.search(search));
    }

    /** A page of the tasks the filter selects. */
    @Transactional(readOnly = true)
    public List<TaskRow> page(TaskFilter filter, int offset, int limit) {
        AppUser user = CurrentUser.require();
        checkScope(user, filter.scope());
        if (limit <= 0) {
            return List.of();
        }
        if (filter.scope() == Scope.COMPLETED) {
            HistoricTaskInstanceQuery q = sorted(filtered(completed(user), filter, user), filter)
                    .includeTaskLocalVariables().includeIdentityLinks();
            return toRows(q.listPage(Math.max(offset, 0), limit), user);
        }
        if (filter.scope() == Scope.ALL) {
            return toRows(withLinksAndIndex(visible(user, filter, false).listPage(Math.max(offset, 0), limit)), user);
        }
        TaskQuery q = sorted(filtered(open(user, filter.scope()), filter, user), filter)
                .includeTaskLocalVariables().includeIdentityLinks();
        return toRows(q.listPage(Math.max(offset, 0), limit), user);
    }

    @Transactional(readOnly = true)
    public int count(TaskFilter filter) {
        AppUser user = CurrentUser.require();
        checkScope(user, filter.scope());
        long n = switch (filter.scope()) {
            case COMPLETED -> filtered(completed(user), filter, user).count();
            case ALL -> visible(user, filter, true).count();
            default -> filtered(open(user, filter.scope()), filter, user).count();
        };
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    /** How many tasks of the filter, whatever its due filter, are due soon. */
    @Transactional(readOnly = true)
    public int countDueSoon(TaskFilter filter) {
        return filter.scope() == Scope.COMPLETED ? 0 : count(filter.withDue(Due.DUE_SOON));
    }

    @Transactional(readOnly = true)
    public int countOverdue(TaskFilter filter) {
        return filter.scope() == Scope.COMPLETED ? 0 : count(filter.withDue(Due.OVERDUE));
    }

    @Transactional(readOnly = true)
    public int countDueSoon() {
        return countDueSoon(TaskFilter.DEFAULT);
    }

    @Transactional(readOnly = true)
    public int countOverdue() {
        return countOverdue(TaskFilter.DEFAULT);
    }

    /** The views this person has: the school's for a principal, the body's for an officer. */
    @Transactional(readOnly = true)
    public List<Scope> scopes() {
        AppUser user = CurrentUser.require();
        List<Scope> scopes = new ArrayList<>();
        for (Scope s : Scope.values()) {
            if (allowed(user, s)) {
                scopes.add(s);
            }
        }
        return scopes;
    }

    /** The processes that have tasks, with their stages, for the filters. */
    public List<ProcessChoice> processes() {
        return processes.orderedStream().map(p -> new ProcessChoice(p.processKey(), p.nameKey(), p.stages()))
                .toList();
    }

    /** The running assemblies, conferences… of my school, or of my body's schools, whose name matches. */
    @Transactional(readOnly = true)
    public List<InstanceChoice> instances(String search, int offset, int limit) {
        ProcessInstanceQuery q = instanceQuery(CurrentUser.require(), search);
        if (q == null) {
            return List.of();
        }
        return q.orderByStartTime().desc().orderByProcessInstanceId().asc().listPage(Math.max(offset, 0), limit)
                .stream().map(p -> new InstanceChoice(p.getId(), p.getName() == null ? "" : p.getName())).toList();
    }

    @Transactional(readOnly = true)
    public int countInstances(String search) {
        ProcessInstanceQuery q = instanceQuery(CurrentUser.require(), search);
        return q == null ? 0 : (int) q.count();
    }

    /** The label of one instance, for a saved filter that names it. */
    @Transactional(readOnly = true)
    public InstanceChoice instance(String processInstanceId) {
        AppUser user = CurrentUser.require();
        HistoricProcessInstance p = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (p == null) {
            return null;
        }
        // the same instances as instances(): of the person's school, or of their body and its schools
        Long school = ownerVariable(processInstanceId, TaskAccess.SCHOOL_ID);
        Long body = ownerVariable(processInstanceId, TaskAccess.BODY_ID);
        boolean theirs = school != null ? user.worksAt(school) || user.supervisingBodyId() != null
                && user.supervises(directory.school(school).bodyId()) : body != null && user.supervises(body);
        if (!theirs) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return new InstanceChoice(p.getId(), p.getName() == null ? "" : p.getName());
    }

    private Long ownerVariable(String processInstanceId, String name) {
        org.flowable.variable.api.history.HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).excludeTaskVariables().variableName(name).singleResult();
        return v != null && v.getValue() instanceof Number n ? n.longValue() : null;
    }

    /** Takes a task offered to the person's roles, so colleagues no longer see it. */
    public void claim(String taskId) {
        access.claim(taskId);
    }

    /** Gives a taken task back to the roles it was offered to. */
    public void release(String taskId) {
        access.release(taskId);
    }

    /** Takes several tasks, each on its own: one a colleague took meanwhile is reported, the others are taken. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkOutcome claimAll(List<String> taskIds) {
        CurrentUser.require();
        return BulkOutcome.of(taskIds, id -> id, id -> each.executeWithoutResult(s -> access.claim(id)));
    }

    /** Gives several tasks back, each on its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkOutcome releaseAll(List<String> taskIds) {
        CurrentUser.require();
        return BulkOutcome.of(taskIds, id -> id, id -> each.executeWithoutResult(s -> access.release(id)));
    }

    private static boolean allowed(AppUser user, Scope scope) {
        return switch (scope) {
            case ALL, MINE, COMPLETED -> true;
            case OFFERED -> !user.taskGroups().isEmpty();
            case SCHOOL -> user.schoolId() != null && user.hasRole(Role.PRINCIPAL);
            case BODY -> user.supervisingBodyId() != null && user.hasRole(Role.SUPERVISOR);
        };
    }

    private static void checkScope(AppUser user, Scope scope) {
        if (!allowed(user, scope)) {
            throw new BusinessRuleException("inbox.scope.notAllowed");
        }
    }

    private TaskQuery open(AppUser user, Scope scope) {
        return switch (scope) {
            case ALL -> throw new IllegalArgumentException("the ALL view is a native query");
            case MINE -> tasks.createTaskQuery().taskAssignee(user.getUsername());
            case OFFERED -> tasks.createTaskQuery().taskCandidateGroupIn(user.taskGroups());
            case SCHOOL -> tasks.createTaskQuery().taskVariableValueEquals(TaskIndex.SCHOOL, user.schoolId());
            case BODY -> tasks.createTaskQuery().taskVariableValueEquals(TaskIndex.BODY, user.supervisingBodyId());
            case COMPLETED -> throw new IllegalArgumentException("completed tasks are history");
        };
    }

    private HistoricTaskInstanceQuery completed(AppUser user) {
        return history.createHistoricTaskInstanceQuery().finished().taskCompletedBy(user.getUsername());
    }

    private <Q extends TaskInfoQuery<Q, ?>> Q filtered(Q q, TaskFilter f, AppUser user) {
        LocalDateTime now = LocalDateTime.now(VIETNAM);
        if (f.due() == Due.OVERDUE) {
            q.taskDueBefore(toDate(now));
        } else if (f.due() == Due.DUE_SOON) {
            q.taskDueAfter(toDate(now)).taskDueBefore(toDate(now.plus(DUE_SOON)));
        }
        if (f.processKey() != null) {
            q.processDefinitionKey(f.processKey());
            if (f.stageId() != null) {
                q.taskDefinitionKeys(stageKeys(f));
            }
        }
        if (f.processInstanceId() != null) {
            q.processInstanceId(f.processInstanceId());
        }
        for (String word : searchWords(f)) {
            q.taskVariableValueLikeIgnoreCase(TaskIndex.SEARCH, "%" + word + "%");
        }
        return q;
    }

    /** The task keys of the filter's stage ("-", which no task has, for a stage that is not there). */
    private List<String> stageKeys(TaskFilter f) {
        List<String> keys = processes.orderedStream().filter(p -> p.processKey().equals(f.processKey()))
                .flatMap(p -> p.stages().stream()).filter(s -> s.id().equals(f.stageId()))
                .flatMap(s -> s.taskKeys().stream()).toList();
        return keys.isEmpty() ? List.of("-") : keys;
    }

    /** Every word must match, in any order: "tru bi 2020" finds "Hội nghị trù bị" of 2020-2021. */
    private static List<String> searchWords(TaskFilter f) {
        String words = Texts.searchKey(f.search()).replace("%", "").replace("_", " ").strip();
        return words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
    }

    /**
     * The ALL view (what {@link TaskAccess#visibleTo} selects, with the filter and the sort) as a native query.
     * Flowable writes "offered to my groups" as an {@code exists} correlated with every open task, which H2 runs
     * once per open task of the whole database; as {@code id in (select …)} the candidate links are read once, by
     * group, and the tasks by id (docs/benchmarks.md, "The inbox"). "Assigned to me" still reads every open task:
     * Flowable has no index on the assignee.
     * Same rules as Flowable's query: a task offered to a group counts only while nobody has it, and only through
     * a "candidate" link; the search compares the lower-cased text of the string variable, as
     * taskVariableValueLikeIgnoreCase does.
     */
    private NativeTaskQuery visible(AppUser user, TaskFilter f, boolean count) {
        NativeTaskQuery q = tasks.createNativeTaskQuery();
        StringBuilder sql = new StringBuilder(count ? "select count(*)" : "select RES.*")
                .append(" from ACT_RU_TASK RES where ");
        q.parameter("user", user.getUsername());
        List<String> groups = user.taskGroups();
        if (groups.isEmpty()) {
            sql.append("RES.ASSIGNEE_ = #{user}");
        } else {
            // "mine, or offered to my groups and nobody's" as (mine or offered) and (mine or nobody's): the ids
            // come from one list, which H2 looks up by primary key; an "or" of the two would scan every task
            sql.append("RES.ID_ in (select MINE.ID_ from ACT_RU_TASK MINE where MINE.ASSIGNEE_ = #{user}")
                    .append(" union select LINK.TASK_ID_ from ACT_RU_IDENTITYLINK LINK")
                    .append(" where LINK.TYPE_ = 'candidate' and LINK.GROUP_ID_ in (")
                    .append(list(q, "group", groups)).append("))")
                    .append(" and (RES.ASSIGNEE_ = #{user} or RES.ASSIGNEE_ is null)");
        }
        LocalDateTime now = LocalDateTime.now(VIETNAM);
        if (f.due() == Due.OVERDUE) {
            sql.append(" and RES.DUE_DATE_ < #{dueBefore}");
            q.parameter("dueBefore", toDate(now));
        } else if (f.due() == Due.DUE_SOON) {
            sql.append(" and RES.DUE_DATE_ > #{dueAfter} and RES.DUE_DATE_ < #{dueBefore}");
            q.parameter("dueAfter", toDate(now)).parameter("dueBefore", toDate(now.plus(DUE_SOON)));
        }
        if (f.processKey() != null) {
            sql.append(" and RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = #{processKey})");
            q.parameter("processKey", f.processKey());
            if (f.stageId() != null) {
                sql.append(" and RES.TASK_DEF_KEY_ in (").append(list(q, "taskKey", stageKeys(f))).append(')');
            }
        }
        if (f.processInstanceId() != null) {
            sql.append(" and RES.PROC_INST_ID_ = #{processInstanceId}");
            q.parameter("processInstanceId", f.processInstanceId());
        }
        List<String> words = searchWords(f);
        if (!words.isEmpty()) {
            q.parameter("searchName", TaskIndex.SEARCH);
        }
        for (int i = 0; i < words.size(); i++) {
            // Flowable's type check too: a text too long for TEXT_ would be another type, and is not compared
            sql.append(" and exists (select 1 from ACT_RU_VARIABLE V where V.TASK_ID_ = RES.ID_")
                    .append(" and V.NAME_ = #{searchName} and V.TYPE_ = 'string' and lower(V.TEXT_) like #{word")
                    .append(i).append("})");
            q.parameter("word" + i, "%" + words.get(i).toLowerCase() + "%");
        }
        if (!count) {
            sql.append(switch (f.sort()) {
                case DUE -> " order by RES.DUE_DATE_ asc NULLS LAST, RES.CREATE_TIME_ asc, RES.ID_ asc";
                case CREATED -> " order by RES.CREATE_TIME_ desc, RES.ID_ asc";
                case NAME -> " order by RES.NAME_ asc, RES.CREATE_TIME_ asc, RES.ID_ asc";
            });
        }
        return q.sql(sql.toString());
    }

    /** One parameter per value: "#{group0}, #{group1}". */
    private static String list(NativeTaskQuery q, String name, List<String> values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ", ").append("#{").append(name).append(i).append('}');
            q.parameter(name + i, values.get(i));
        }
        return s.toString();
    }

    /** The page's tasks again, in the same order, with their candidate links and index variables for the rows. */
    private List<Task> withLinksAndIndex(List<Task> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<String, Task> full = new HashMap<>();
        for (Task t : tasks.createTaskQuery().taskIds(page.stream().map(Task::getId).toList())
                .includeTaskLocalVariables().includeIdentityLinks().list()) {
            full.put(t.getId(), t);
        }
        // a task completed between the two reads is left out
        return page.stream().map(t -> full.get(t.getId())).filter(Objects::nonNull).toList();
    }

    private static <Q extends TaskInfoQuery<Q, ?>> Q sorted(Q q, TaskFilter f) {
        // the id as the last key keeps paging stable when the other keys are equal
        return switch (f.sort()) {
            case DUE -> q.orderByDueDateNullsLast().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
            case CREATED -> q.orderByTaskCreateTime().desc().orderByTaskId().asc();
            case NAME -> q.orderByTaskName().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
        };
    }

    private ProcessInstanceQuery instanceQuery(AppUser user, String search) {
        ProcessInstanceQuery q = runtime.createProcessInstanceQuery();
        if (user.schoolId() != null) {
            q.variableValueEquals("schoolId", user.schoolId());
        } else if (user.supervisingBodyId() != null) {
            List<SchoolInfo> schools = directory.schoolsOfBody(user.supervisingBodyId());
            q.or().variableValueEquals("bodyId", user.supervisingBodyId());
            schools.forEach(s -> q.variableValueEquals("schoolId", s.id()));
            q.endOr();
        } else {
            return null;
        }
        if (search != null && !search.isBlank()) {
            q.processInstanceNameLikeIgnoreCase("%" + search.strip().replace("%", "") + "%");
        }
        return q;
    }

    /** The process instance names (the assembly labels) for these tasks, in one query. */
    private Map<String, String> processNames(List<? extends TaskInfo> page) {
        Set<String> ids = page.stream().map(TaskInfo::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
            names.put(p.getId(), p.getName() == null ? "" : p.getName());
        }
        ids.removeAll(names.keySet());
        if (!ids.isEmpty()) {
            for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list()) {
                names.put(p.getId(), p.getName() == null ? "" : p.getName());
            }
        }
        return names;
    }

    private List<TaskRow> toRows(List<? extends TaskInfo> page, AppUser user) {
        Map<String, String> names = processNames(page);
        Set<String> groups = new HashSet<>(user.taskGroups());
        Set<String> assignees = page.stream().map(TaskInfo::getAssignee).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> people = assignees.isEmpty() ? Map.of() : directory.displayNames(assignees);
        List<TaskRow> rows = new ArrayList<>();
        for (TaskInfo t : page) {
            Collection<String> offeredTo = t.getIdentityLinks().stream()
                    .filter(l -> l.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .map(IdentityLinkInfo::getGroupId).toList();
            LocalDateTime completed = t instanceof HistoricTaskInstance h ? toLocal(h.getEndTime()) : null;
            rows.add(new TaskRow(t.getId(), t.getName(), TaskIndex.decode(t.getTaskLocalVariables().get(TaskIndex.DETAIL)),
                    // a task of no process (Flowable allows them) has no label; Map.of() refuses a null key
                    t.getProcessInstanceId() == null ? "" : names.getOrDefault(t.getProcessInstanceId(), ""),
                    t.getProcessInstanceId(),
                    toLocal(t.getCreateTime()), toLocal(t.getDueDate()), completed, t.getAssignee(),
                    t.getAssignee() == null ? null : people.getOrDefault(t.getAssignee(), t.getAssignee()),
                    user.getUsername().equals(t.getAssignee()), !offeredTo.isEmpty(),
                    offeredTo.stream().anyMatch(groups::contains), roles(offeredTo)));
        }
        return rows;
    }

    /** The roles named by candidate groups ("school:1:PRINCIPAL", "school:1:dept:4:DEPARTMENT_HEAD"). */
    private static Set<Role> roles(Collection<String> groups) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String g : groups) {
            String last = g.substring(g.lastIndexOf(':') + 1);
            for (Role r : Role.values()) {
                if (r.name().equals(last)) {
                    roles.add(r);
                }
            }
        }
        return roles;
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), VIETNAM);
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(VIETNAM).toInstant());
    }
}
