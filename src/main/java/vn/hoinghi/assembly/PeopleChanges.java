package vn.hoinghi.assembly;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.audit.AuditAction;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.HeldTasks;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * When people change during an assembly: the principal or the school administrator gives an open task to another
 * eligible person (same school, holding the role the task needs), a draft to another author, and a department
 * added or closed after the key-staff meeting gets its own meeting task or is left out explicitly.
 */
@Service
@Transactional
public class PeopleChanges implements HeldTasks {

    /** An open task of an assembly, who holds it and which roles may take it. */
    public record TaskHolding(String taskId, String name, AssemblyStep step, long assemblyId, String holderUsername,
                              String holderName, Set<Role> neededRoles, Long departmentId, String departmentName,
                              LocalDateTime due) {
    }

    /** A department of the school as the assembly sees it: status null means not counted and not decided yet. */
    public record DepartmentTakingPart(long departmentId, String name, boolean active, DepartmentStatus status,
                                       String note, boolean reported) {
    }

    private final AssemblyRepository assemblies;
    private final DraftRepository drafts;
    private final AssemblyDepartmentRepository taking;
    private final MeetingRepository meetings;
    private final SchoolDirectory directory;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final StageTracker stages;
    private final AuditTrail audit;

    PeopleChanges(AssemblyRepository assemblies, DraftRepository drafts, AssemblyDepartmentRepository taking,
                  MeetingRepository meetings, SchoolDirectory directory, TaskService tasks, RuntimeService runtime,
                  StageTracker stages, AuditTrail audit) {
        this.assemblies = assemblies;
        this.drafts = drafts;
        this.taking = taking;
        this.meetings = meetings;
        this.directory = directory;
        this.tasks = tasks;
        this.runtime = runtime;
        this.stages = stages;
        this.audit = audit;
    }

    /** Whether the signed-in person may hand the school's work to others: its principal or administrator. */
    @Transactional(readOnly = true)
    public boolean mayReassign(long schoolId) {
        AppUser user = CurrentUser.require();
        return user.worksAt(schoolId) && user.hasAnyRole(Role.PRINCIPAL, Role.ADMIN);
    }

    /** The assembly's open tasks with their holders; for anyone of the school. */
    @Transactional(readOnly = true)
    public List<TaskHolding> openTasks(long assemblyId) {
        Assembly a = assembly(assemblyId);
        requireWorksAt(a.getSchoolId());
        if (a.getProcessInstanceId() == null) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(a.getProcessInstanceId())
                .orderByTaskCreateTime().asc().list();
        Map<String, String> names = directory.displayNames(open.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).toList());
        Map<Long, String> departments = new HashMap<>();
        directory.departments(a.getSchoolId()).forEach(d -> departments.put(d.id(), d.name()));
        return open.stream().map(t -> holding(t, a.getId(), names, departments)).toList();
    }

    /** Everyone who may take the task over: active, of the task's school, holding a role the task needs. */
    @Transactional(readOnly = true)
    public List<StaffInfo> eligible(String taskId) {
        Task task = task(taskId);
        long schoolId = schoolOf(task);
        requireMayReassign(schoolId);
        List<GroupNeed> needs = needs(task);
        return directory.activeStaff(schoolId).stream()
                .filter(s -> !Objects.equals(s.username(), task.getAssignee()))
                .filter(s -> needs.stream().anyMatch(n -> directory.holdsToday(schoolId, s.id(), n.role(), n.departmentId())))
                .toList();
    }

    @Override
    public void reassign(String taskId, long staffId, String reason) {
        Task task = task(taskId);
        long schoolId = schoolOf(task);
        requireMayReassign(schoolId);
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "reassign.reasonRequired");
        }
        StaffInfo person;
        try {
            person = directory.staff(staffId);
        } catch (BusinessRuleException e) {
            throw BusinessRuleException.onField("staffId", "reassign.otherSchool", "");
        }
        if (!person.active()) {
            throw BusinessRuleException.onField("staffId", "reassign.inactive", person.fullName());
        }
        if (!directory.activeStaffIds(schoolId).contains(staffId)) {
            throw BusinessRuleException.onField("staffId", "reassign.otherSchool", person.fullName());
        }
        if (person.username().equals(task.getAssignee())) {
            throw BusinessRuleException.onField("staffId", "reassign.sameHolder", person.fullName());
        }
        List<GroupNeed> needs = needs(task);
        if (needs.stream().noneMatch(n -> directory.holdsToday(schoolId, staffId, n.role(), n.departmentId()))) {
            throw BusinessRuleException.onField("staffId", "reassign.roleMissing", person.fullName());
        }
        String before = task.getAssignee() == null ? "" : directory.displayName(task.getAssignee());
        tasks.setAssignee(taskId, person.username());
        Assembly a = assemblies.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        AssemblyStep step = AssemblyStep.ofTask(task.getTaskDefinitionKey()).orElse(null);
        if (step == AssemblyStep.DRAFTING || step == AssemblyStep.DRAFT_REVISION) {
            Object draftId = tasks.getVariable(taskId, AssemblyVariables.DRAFT_ID);
            if (draftId instanceof Number n) {
                drafts.findById(n.longValue()).ifPresent(d -> d.setAuthorId(staffId));
            }
        }
        audit.recordTask(AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId()),
                AuditAction.TASK_REASSIGNED, taskId, task.getName(),
                (before.isEmpty() ? "" : before + " → ") + person.fullName() + ": " + reason.strip());
    }

    /** A draft with no open task (accepted, or waiting for the key-staff meeting) gets another author. */
    public void changeDraftAuthor(long draftId, long staffId, String reason) {
        Draft draft = drafts.findById(draftId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        Assembly a = assembly(draft.getAssemblyId());
        requireMayReassign(a.getSchoolId());
        Task open = draftTask(a, draftId);
        if (open != null) {
            reassign(open.getId(), staffId, reason);
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "reassign.reasonRequired");
        }
        if (!directory.activeStaffIds(a.getSchoolId()).contains(staffId)) {
            throw BusinessRuleException.onField("staffId", "reassign.otherSchool");
        }
        if (draft.getAuthorId() == staffId) {
            throw BusinessRuleException.onField("staffId", "reassign.sameHolder", directory.staff(staffId).fullName());
        }
        String before = directory.names(List.of(draft.getAuthorId())).getOrDefault(draft.getAuthorId(), "");
        draft.setAuthorId(staffId);
        audit.record(AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId()),
                AuditAction.DRAFT_AUTHOR_CHANGED, before + " → " + directory.staff(staffId).fullName() + ": "
                        + reason.strip());
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldTask> heldBy(long schoolId, long staffId) {
        requireMayReassign(schoolId);
        StaffInfo person = directory.staff(staffId);
        Map<String, String> labels = new HashMap<>();
        List<HeldTask> held = new ArrayList<>();
        for (Task t : tasks.createTaskQuery().taskAssignee(person.username()).processDefinitionKey(AssemblyStep.PROCESS_KEY)
                .orderByTaskCreateTime().asc().list()) {
            if (schoolOf(t) != schoolId) {
                continue;
            }
            String label = labels.computeIfAbsent(t.getProcessInstanceId(), pid -> runtime.createProcessInstanceQuery()
                    .processInstanceId(pid).singleResult().getName());
            held.add(new HeldTask(t.getId(), t.getName(), label, eligible(t.getId())));
        }
        return held;
    }

    /** The school's departments as the assembly counts them; the new ones wait for a decision. */
    @Transactional(readOnly = true)
    public List<DepartmentTakingPart> departments(long assemblyId) {
        Assembly a = assembly(assemblyId);
        requireWorksAt(a.getSchoolId());
        Map<Long, AssemblyDepartment> byDept = taking.findByAssemblyIdOrderById(assemblyId).stream()
                .collect(Collectors.toMap(AssemblyDepartment::getDepartmentId, d -> d));
        if (byDept.isEmpty()) {
            return List.of(); // before the key-staff meeting every active department is convened
        }
        Set<Long> reported = reported(assemblyId);
        return directory.departments(a.getSchoolId()).stream()
                .filter(d -> d.active() || byDept.containsKey(d.id()))
                .map(d -> {
                    AssemblyDepartment t = byDept.get(d.id());
                    return new DepartmentTakingPart(d.id(), d.name(), d.active(), t == null ? null : t.getStatus(),
                            t == null ? null : t.getNote(), reported.contains(d.id()));
                })
                .sorted(Comparator.comparing((DepartmentTakingPart d) -> d.status() != null)
                        .thenComparing(DepartmentTakingPart::name))
                .toList();
    }

    /** Whether the group meetings still run, so a department can be given its own meeting task. */
    @Transactional(readOnly = true)
    public boolean groupMeetingsOpen(long assemblyId) {
        Assembly a = assembly(assemblyId);
        AppUser user = CurrentUser.require();
        if (!user.worksAt(a.getSchoolId()) && !(user.supervisingBodyId() != null
                && user.supervises(directory.school(a.getSchoolId()).bodyId()))) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return a.getProcessInstanceId() != null && !a.isCancelled() && runtime.createExecutionQuery()
                .processInstanceId(a.getProcessInstanceId())
                .activityId(AssemblyStep.DEPARTMENT_MEETING.taskId()).count() > 0;
    }

    /** A department that was not convened at the key-staff meeting gets its own meeting task, counted from now. */
    public void giveMeetingTask(long assemblyId, long departmentId) {
        Assembly a = assembly(assemblyId);
        requirePrincipal(a.getSchoolId());
        DepartmentInfo dept = activeDepartment(a, departmentId);
        AssemblyDepartment existing = taking.findByAssemblyIdAndDepartmentId(assemblyId, departmentId).orElse(null);
        if (existing != null && existing.getStatus().counted()) {
            throw new BusinessRuleException("departmentChange.alreadyCounted", dept.name());
        }
        if (!groupMeetingsOpen(assemblyId)) {
            throw new BusinessRuleException("departmentChange.meetingsOver", dept.name());
        }
        runtime.addMultiInstanceExecution(AssemblyStep.DEPARTMENT_MEETING.taskId(), a.getProcessInstanceId(),
                Map.of(AssemblyVariables.DEPARTMENT_ID, departmentId));
        if (existing != null) {
            taking.delete(existing);
            taking.flush();
        }
        taking.save(new AssemblyDepartment(assemblyId, departmentId, DepartmentStatus.ADDED, null,
                CurrentUser.require().getUsername()));
        audit.record(AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId()),
                AuditAction.DEPARTMENT_ADDED, dept.name());
        stages.refresh(a);
    }

    /** A department added or closed after the key-staff meeting is left out, with the reason. */
    public void leaveOut(long assemblyId, long departmentId, String reason) {
        Assembly a = assembly(assemblyId);
        requirePrincipal(a.getSchoolId());
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "departmentChange.reasonRequired");
        }
        DepartmentInfo dept = directory.departments(a.getSchoolId()).stream().filter(d -> d.id() == departmentId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.notFound"));
        AssemblyDepartment existing = taking.findByAssemblyIdAndDepartmentId(assemblyId, departmentId).orElse(null);
        if (reported(assemblyId).contains(departmentId)) {
            throw new BusinessRuleException("departmentChange.alreadyReported", dept.name());
        }
        if (existing != null && existing.getStatus() == DepartmentStatus.ADDED
                || existing != null && existing.getStatus() == DepartmentStatus.CONVENED && dept.active()) {
            // its meeting task is running: leaving it out would leave the task waiting for ever
            throw new BusinessRuleException("departmentChange.stillConvened", dept.name());
        }
        String by = CurrentUser.require().getUsername();
        if (existing == null) {
            taking.save(new AssemblyDepartment(assemblyId, departmentId, DepartmentStatus.LEFT_OUT, reason.strip(), by));
        } else {
            existing.leaveOut(reason.strip(), by);
        }
        audit.record(AuditSubject.assembly(a.getId(), a.getSchoolId(), a.getProcessInstanceId()),
                AuditAction.DEPARTMENT_LEFT_OUT, dept.name() + ": " + reason.strip());
    }

    /** The key-staff meeting convenes these departments; later changes are decided one by one. */
    void convene(long assemblyId, List<Long> departmentIds) {
        String by = CurrentUser.require().getUsername();
        for (Long id : departmentIds) {
            if (taking.findByAssemblyIdAndDepartmentId(assemblyId, id).isEmpty()) {
                taking.save(new AssemblyDepartment(assemblyId, id, DepartmentStatus.CONVENED, null, by));
            }
        }
    }

    /**
     * The departments the union chair's consolidation waits for: those convened or added; for an assembly
     * from before this record existed, the school's active departments.
     */
    @Transactional(readOnly = true)
    List<DepartmentInfo> counted(long assemblyId, long schoolId) {
        List<AssemblyDepartment> rows = taking.findByAssemblyIdOrderById(assemblyId);
        if (rows.isEmpty()) {
            return directory.activeDepartments(schoolId);
        }
        Set<Long> ids = rows.stream().filter(r -> r.getStatus().counted()).map(AssemblyDepartment::getDepartmentId)
                .collect(Collectors.toSet());
        return directory.departments(schoolId).stream().filter(d -> ids.contains(d.id())).toList();
    }

    private Set<Long> reported(long assemblyId) {
        return meetings.findByAssemblyIdAndKindOrderById(assemblyId, MeetingKind.DEPARTMENT).stream()
                .map(Meeting::getDepartmentId).collect(Collectors.toSet());
    }

    private DepartmentInfo activeDepartment(Assembly a, long departmentId) {
        DepartmentInfo dept = directory.departments(a.getSchoolId()).stream().filter(d -> d.id() == departmentId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!dept.active()) {
            throw new BusinessRuleException("departmentChange.closed", dept.name());
        }
        return dept;
    }

    private Task draftTask(Assembly a, long draftId) {
        if (a.getProcessInstanceId() == null) {
            return null;
        }
        for (Task t : tasks.createTaskQuery().processInstanceId(a.getProcessInstanceId()).list()) {
            Object id = tasks.getVariable(t.getId(), AssemblyVariables.DRAFT_ID);
            AssemblyStep step = AssemblyStep.ofTask(t.getTaskDefinitionKey()).orElse(null);
            if ((step == AssemblyStep.DRAFTING || step == AssemblyStep.DRAFT_REVISION) && id instanceof Number n
                    && n.longValue() == draftId) {
                return t;
            }
        }
        return null;
    }

    /** A role a task is offered to, for a department's group with that department. */
    private record GroupNeed(Role role, Long departmentId) {
    }

    /** The roles a task needs, from its candidate groups; a task given by name (a draft) needs any staff member. */
    private List<GroupNeed> needs(Task task) {
        List<GroupNeed> needs = new ArrayList<>();
        for (IdentityLink l : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null) {
                TaskGroups.SchoolGroup g = TaskGroups.parse(l.getGroupId());
                if (g != null) {
                    needs.add(new GroupNeed(g.role(), g.departmentId()));
                }
            }
        }
        return needs.isEmpty() ? List.of(new GroupNeed(Role.STAFF, null)) : needs;
    }

    private TaskHolding holding(Task t, long assemblyId, Map<String, String> names, Map<Long, String> departments) {
        List<GroupNeed> needs = needs(t);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        needs.forEach(n -> roles.add(n.role()));
        Long dept = needs.stream().map(GroupNeed::departmentId).filter(Objects::nonNull).findFirst().orElse(null);
        return new TaskHolding(t.getId(), t.getName(), AssemblyStep.ofTask(t.getTaskDefinitionKey()).orElse(null),
                assemblyId, t.getAssignee(), t.getAssignee() == null ? null : names.get(t.getAssignee()), roles, dept,
                dept == null ? null : departments.get(dept), t.getDueDate() == null ? null
                        : LocalDateTime.ofInstant(t.getDueDate().toInstant(), vn.hoinghi.shared.VietnamTime.ZONE));
    }

    private Task task(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new BusinessRuleException("task.gone");
        }
        return task;
    }

    private long schoolOf(Task task) {
        Object id = runtime.getVariable(task.getProcessInstanceId(), AssemblyVariables.SCHOOL_ID);
        if (!(id instanceof Number n)) {
            throw new BusinessRuleException("task.wrongForm");
        }
        return n.longValue();
    }

    private void requireMayReassign(long schoolId) {
        if (!mayReassign(schoolId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    private static void requirePrincipal(long schoolId) {
        AppUser user = CurrentUser.require();
        if (!user.worksAt(schoolId) || !user.hasRole(Role.PRINCIPAL)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    private static void requireWorksAt(long schoolId) {
        if (!CurrentUser.require().worksAt(schoolId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    private Assembly assembly(long assemblyId) {
        return assemblies.findById(assemblyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
