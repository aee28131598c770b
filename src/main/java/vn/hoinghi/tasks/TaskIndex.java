package vn.hoinghi.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.ManagementService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.i18n.I18NProvider;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolMoved;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ProcessTasks.TaskDetail;

/**
 * What the inbox filters and searches by, written on each task as local variables when the engine creates it, so
 * views, filters and the search run in the database (never a page of tasks filtered in memory): the task's
 * school and supervising body, the detail that tells it from its siblings, and its search text without diacritics.
 */
@Component
class TaskIndex implements FlowableEventListener {

    private static final Logger log = LoggerFactory.getLogger(TaskIndex.class);

    static final String SCHOOL = "inboxSchool";
    static final String BODY = "inboxBody";
    static final String DETAIL = "inboxDetail";
    static final String SEARCH = "inboxSearch";
    private static final String SEP = "\u001f";
    /** Flowable keeps short texts in a varchar(4000) column. */
    private static final int SEARCH_MAX = 3900;

    private final ObjectProvider<ProcessTasks> processes;
    private final ObjectProvider<SchoolDirectory> directory;
    private final ObjectProvider<I18NProvider> i18n;
    private final ObjectProvider<TaskService> tasks;
    private final ObjectProvider<ManagementService> management;
    private final ObjectProvider<TransactionTemplate> transactions;
    private final ObjectProvider<TaskRecipients> recipients;
    private final ObjectProvider<Notices> notices;

    TaskIndex(ObjectProvider<ProcessTasks> processes, ObjectProvider<SchoolDirectory> directory,
              ObjectProvider<I18NProvider> i18n, ObjectProvider<TaskService> tasks,
              ObjectProvider<ManagementService> management, ObjectProvider<TransactionTemplate> transactions,
              ObjectProvider<TaskRecipients> recipients, ObjectProvider<Notices> notices) {
        this.recipients = recipients;
        this.notices = notices;
        this.processes = processes;
        this.directory = directory;
        this.i18n = i18n;
        this.tasks = tasks;
        this.management = management;
        this.transactions = transactions;
    }

    /** Registers the listener before the engine is built (the beans it needs are looked up only when it runs). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Registration {
        @org.springframework.context.annotation.Bean
        EngineConfigurationConfigurer<SpringProcessEngineConfiguration> taskIndexListener(TaskIndex index) {
            return cfg -> {
                Map<String, List<FlowableEventListener>> typed = cfg.getTypedEventListeners() == null
                        ? new HashMap<>() : new HashMap<>(cfg.getTypedEventListeners());
                List<FlowableEventListener> created = new ArrayList<>(
                        typed.getOrDefault(FlowableEngineEventType.TASK_CREATED.name(), List.of()));
                created.add(index);
                typed.put(FlowableEngineEventType.TASK_CREATED.name(), created);
                cfg.setTypedEventListeners(typed);
            };
        }
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event instanceof FlowableEntityEvent e && e.getEntity() instanceof TaskEntity task) {
            ExecutionEntity execution = task.getExecutionId() == null ? null
                    : CommandContextUtil.getExecutionEntityManager().findById(task.getExecutionId());
            String processKey = task.getProcessDefinitionId() == null ? null
                    : ProcessDefinitionUtil.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            String processName = execution == null || execution.getProcessInstance() == null ? null
                    : execution.getProcessInstance().getName();
            Function<String, Object> vars = execution == null ? n -> null : execution::getVariable;
            task.setVariablesLocal(values(task.getName(), task.getTaskDefinitionKey(), processKey, processName, vars));
            boolean returned = false;
            for (ProcessTasks p : processes) {
                if (p.processKey().equals(processKey)) {
                    returned = p.returned(task.getTaskDefinitionKey(), vars);
                }
            }
            announce(task, processName, returned);
        }
    }

    /** Tells the people behind a new task that it is there (in the same transaction: a rollback tells nobody). */
    private void announce(TaskEntity task, String processName, boolean returned) {
        List<String> groups = task.getIdentityLinks().stream()
                .filter(l -> l.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(l -> l.getGroupId()).toList();
        for (String person : recipients.getObject().of(task.getAssignee(), groups)) {
            notices.getObject().notify(person, returned ? NoticeKind.RETURNED : NoticeKind.NEW_TASK, task.getId(),
                    "task/" + task.getId(), "new:" + task.getId() + ":" + person,
                    returned ? "notice.returned" : "notice.newTask",
                    List.of(task.getName() == null ? "" : task.getName(), processName == null ? "" : processName));
        }
    }

    /** The index variables of one task. */
    private Map<String, Object> values(String name, String definitionKey, String processKey, String processName,
                                       Function<String, Object> vars) {
        Map<String, Object> values = new HashMap<>();
        Long school = asLong(vars.apply("schoolId"));
        Long body = asLong(vars.apply("bodyId"));
        if (body == null && school != null) {
            body = directory.getObject().school(school).bodyId();
        }
        values.put(SCHOOL, school);
        values.put(BODY, body);
        TaskDetail detail = null;
        for (ProcessTasks p : processes) {
            if (p.processKey().equals(processKey)) {
                detail = p.detail(definitionKey, vars);
            }
        }
        values.put(DETAIL, detail == null ? null : encode(detail));
        String detailText = detail == null ? "" : render(detail, AppI18NProvider.VIETNAMESE);
        String search = Texts.searchKey(String.join(" ", name == null ? "" : name,
                processName == null ? "" : processName, detailText));
        values.put(SEARCH, search.length() > SEARCH_MAX ? search.substring(0, SEARCH_MAX) : search);
        return values;
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }

    /** Tasks created before the index existed get it once, on start. */
    @EventListener(ApplicationReadyEvent.class)
    void indexOlderTasks() {
        int done = 0;
        while (true) {
            List<Task> batch = tasks.getObject().createTaskQuery().taskVariableNotExists(SEARCH).listPage(0, 100);
            if (batch.isEmpty()) {
                break;
            }
            for (Task t : batch) {
                transactions.getObject().executeWithoutResult(s -> reindex(t));
            }
            done += batch.size();
        }
        if (done > 0) {
            log.info("Indexed {} tasks for the inbox", done);
        }
    }

    private void reindex(Task t) {
        management.getObject().executeCommand(ctx -> {
            ExecutionEntity execution = t.getExecutionId() == null ? null
                    : CommandContextUtil.getExecutionEntityManager(ctx).findById(t.getExecutionId());
            String processKey = t.getProcessDefinitionId() == null ? null
                    : ProcessDefinitionUtil.getProcessDefinition(t.getProcessDefinitionId()).getKey();
            String processName = execution == null || execution.getProcessInstance() == null ? null
                    : execution.getProcessInstance().getName();
            Function<String, Object> vars = execution == null ? n -> null : execution::getVariable;
            Map<String, Object> values = values(t.getName(), t.getTaskDefinitionKey(), processKey, processName, vars);
            CommandContextUtil.getTaskService(ctx).getTask(t.getId()).setVariablesLocal(values);
            return null;
        });
    }

    /** A school that moves to another body takes its open tasks along to that body's view. */
    @EventListener
    void on(SchoolMoved moved) {
        TaskService service = tasks.getObject();
        for (Task t : service.createTaskQuery().taskVariableValueEquals(SCHOOL, moved.schoolId()).list()) {
            service.setVariableLocal(t.getId(), BODY, moved.toBodyId());
        }
    }

    String render(TaskDetail detail, java.util.Locale locale) {
        I18NProvider provider = i18n.getObject();
        Object[] args = detail.args().stream()
                .map(a -> a.startsWith("#") ? provider.getTranslation(a.substring(1), locale) : a).toArray();
        return provider.getTranslation(detail.messageKey(), locale, args);
    }

    static String encode(TaskDetail detail) {
        List<String> parts = new ArrayList<>();
        parts.add(detail.messageKey());
        parts.addAll(detail.args());
        return String.join(SEP, parts);
    }

    static TaskDetail decode(Object stored) {
        if (!(stored instanceof String s) || s.isEmpty()) {
            return null;
        }
        String[] parts = s.split(SEP, -1);
        return new TaskDetail(parts[0], List.of(parts).subList(1, parts.length));
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
