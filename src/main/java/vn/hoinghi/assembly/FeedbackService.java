package vn.hoinghi.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.Inputs.Answer;
import vn.hoinghi.assembly.Inputs.FeedbackRow;
import vn.hoinghi.assembly.Inputs.RegistrationRow;
import vn.hoinghi.assembly.Inputs.TargetRow;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.assembly.workflow.AssemblyTask;
import vn.hoinghi.assembly.workflow.AssemblyTasks;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;

/** Department meetings, the union chair's consolidation and the principal's answers. */
@Service
@Transactional
public class FeedbackService {

    public record DepartmentData(AssemblyTask task, Assembly assembly, DepartmentInfo department, List<StaffInfo> members,
                                 List<DraftView> drafts) {
    }

    public record ItemView(long id, String departmentName, DraftKind draftKind, String content, AnswerMode answerMode,
                           String answer) {
    }

    public record ConsolidationData(AssemblyTask task, Assembly assembly, int reported, int departments,
                                    List<String> missing, List<ItemView> departmentItems, List<ItemView> consolidated) {
    }

    public record AnswerData(AssemblyTask task, Assembly assembly, List<ItemView> items) {
    }

    private final AssemblyTasks access;
    private final AssemblyFacts facts;
    private final PreparationService preparation;
    private final MeetingRepository meetings;
    private final FeedbackItemRepository items;
    private final TargetRepository targets;
    private final SchoolDirectory directory;
    private final StageTracker stages;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final PeopleChanges people;

    FeedbackService(AssemblyTasks access, AssemblyFacts facts, PreparationService preparation,
                    MeetingRepository meetings, FeedbackItemRepository items, TargetRepository targets,
                    SchoolDirectory directory, StageTracker stages, org.springframework.jdbc.core.JdbcTemplate jdbc,
                    PeopleChanges people) {
        this.people = people;
        this.jdbc = jdbc;
        this.access = access;
        this.facts = facts;
        this.preparation = preparation;
        this.meetings = meetings;
        this.items = items;
        this.targets = targets;
        this.directory = directory;
        this.stages = stages;
    }

    @Transactional(readOnly = true)
    public DepartmentData department(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DEPARTMENT_MEETING);
        DepartmentInfo dept = departmentOf(task);
        List<StaffInfo> members = directory.activeStaff(task.schoolId()).stream()
                .filter(s -> dept.id() == (s.departmentId() == null ? -1 : s.departmentId())).toList();
        return new DepartmentData(task, facts.assembly(task.assemblyId()), dept, members,
                preparation.drafts(task.assemblyId()));
    }

    /**
     * The minutes name the one who records them as chairing, and the secretary: neither may be among the absent.
     * The chair counts only when a member of this department (a union group head from elsewhere may record).
     */
    private void checkChairAndSecretaryPresent(long schoolId, long departmentId, Inputs.DepartmentMeeting in) {
        Set<Long> present = in.presentIds() == null ? Set.of() : in.presentIds();
        List<StaffInfo> absent = directory.activeStaff(schoolId).stream()
                .filter(s -> s.departmentId() != null && s.departmentId() == departmentId && !present.contains(s.id()))
                .toList();
        Long me = CurrentUser.require().staffId();
        absent.stream().filter(s -> me != null && s.id() == me).findFirst().ifPresent(s -> {
            throw BusinessRuleException.onField("presentIds", "department.chairAbsent", s.fullName());
        });
        if (!blank(in.secretary())) {
            String name = AssemblyRules.bareName(in.secretary());
            absent.stream().filter(s -> s.fullName().equalsIgnoreCase(name)).findFirst().ifPresent(s -> {
                throw BusinessRuleException.onField("secretary", "department.secretaryAbsent", s.fullName());
            });
        }
    }

    public void recordDepartment(String taskId, Inputs.DepartmentMeeting in) {
        AssemblyTask task = access.open(taskId, AssemblyStep.DEPARTMENT_MEETING);
        Assembly assembly = facts.assembly(task.assemblyId());
        DepartmentInfo dept = departmentOf(task);
        if (in.heldOn() == null) {
            throw BusinessRuleException.onField("heldOn", "meeting.heldOnRequired");
        }
        vn.hoinghi.shared.Checks.notInFuture("heldOn", in.heldOn());
        Set<Long> memberIds = directory.activeMemberIds(task.schoolId(), dept.id());
        PreparationService.requireAttendees("presentIds", in.presentIds(), memberIds);
        checkChairAndSecretaryPresent(task.schoolId(), dept.id(), in);
        if (in.resultsSummary() == null || in.resultsSummary().isBlank()) {
            throw BusinessRuleException.onField("resultsSummary", "department.resultsRequired");
        }
        List<TargetRow> targetRows = nonEmpty(in.targets());
        for (int i = 0; i < targetRows.size(); i++) {
            TargetRow t = targetRows.get(i);
            if (blank(t.description()) || blank(t.value())) {
                throw BusinessRuleException.onField("targets[" + i + "]." + (blank(t.description()) ? "description"
                        : "value"), "department.targetIncomplete");
            }
        }
        List<FeedbackRow> feedbackRows = nonEmpty(in.feedback());
        for (int i = 0; i < feedbackRows.size(); i++) {
            if (blank(feedbackRows.get(i).content())) {
                throw BusinessRuleException.onField("feedback[" + i + "].content", "department.feedbackEmpty");
            }
        }
        Set<Long> registered = new HashSet<>();
        List<RegistrationRow> registrationRows = nonEmpty(in.registrations());
        for (int i = 0; i < registrationRows.size(); i++) {
            RegistrationRow r = registrationRows.get(i);
            String row = "registrations[" + i + "].";
            if (r.staffId() == null || blank(r.title())) {
                throw BusinessRuleException.onField(row + (r.staffId() == null ? "staffId" : "title"),
                        "department.registrationIncomplete");
            }
            if (!memberIds.contains(r.staffId())) {
                throw BusinessRuleException.onField(row + "staffId", "department.registrationNotMember");
            }
            if (!registered.add(r.staffId())) {
                throw BusinessRuleException.onField(row + "staffId", "department.registrationTwice");
            }
        }
        Meeting meeting = preparation.newMeeting(assembly, MeetingKind.DEPARTMENT, dept.id(), in.heldOn(),
                memberIds.size(), in.presentIds());
        meeting.setResultsSummary(in.resultsSummary().strip());
        meeting.setNotes(blank(in.secretary()) ? null : in.secretary().strip());
        preparation.saveAttendance(meeting, in.presentIds());
        int pos = 0;
        for (FeedbackRow f : feedbackRows) {
            FeedbackItem item = new FeedbackItem();
            item.setAssemblyId(assembly.getId());
            item.setDepartmentId(dept.id());
            item.setDraftKind(f.draftKind());
            item.setContent(f.content().strip());
            item.setConsolidated(false);
            item.setPosition(pos++);
            items.save(item);
        }
        for (TargetRow t : targetRows) {
            Target target = new Target();
            target.setAssemblyId(assembly.getId());
            target.setDepartmentId(dept.id());
            target.setDescription(t.description().strip());
            target.setTargetValue(t.value().strip());
            targets.save(target);
        }
        // a whole department registers at once: one batch
        List<Object[]> regs = new ArrayList<>();
        for (RegistrationRow r : nonEmpty(in.registrations())) {
            regs.add(new Object[]{assembly.getId(), dept.id(), r.staffId(), r.title().strip()});
        }
        if (!blank(in.collectiveTitle())) {
            regs.add(new Object[]{assembly.getId(), dept.id(), null, in.collectiveTitle().strip()});
        }
        jdbc.batchUpdate("insert into emulation_registration (assembly_id, department_id, staff_id, title) "
                + "values (?, ?, ?, ?)", regs);
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public ConsolidationData consolidation(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.CONSOLIDATE_FEEDBACK);
        Assembly assembly = facts.assembly(task.assemblyId());
        // the departments convened at the key-staff meeting (and those added since), not today's list
        List<DepartmentInfo> depts = people.counted(assembly.getId(), task.schoolId());
        Set<Long> reported = reportedDepartments(assembly.getId());
        List<String> missing = depts.stream().filter(d -> !reported.contains(d.id())).map(DepartmentInfo::name).toList();
        return new ConsolidationData(task, assembly, depts.size() - missing.size(), depts.size(), missing,
                itemViews(assembly.getId(), false), itemViews(assembly.getId(), true));
    }

    public void consolidate(String taskId, List<FeedbackRow> points) {
        AssemblyTask task = access.open(taskId, AssemblyStep.CONSOLIDATE_FEEDBACK);
        Assembly assembly = facts.assembly(task.assemblyId());
        // the departments convened at the key-staff meeting (and those added since), not today's list
        List<DepartmentInfo> depts = people.counted(assembly.getId(), task.schoolId());
        Set<Long> reported = reportedDepartments(assembly.getId());
        long done = depts.stream().filter(d -> reported.contains(d.id())).count();
        if (done < depts.size()) {
            throw new BusinessRuleException("feedback.departmentsMissing", done, depts.size());
        }
        List<FeedbackRow> rows = nonEmpty(points);
        boolean anyDepartmentFeedback = !items.findByAssemblyIdAndConsolidatedOrderByPosition(assembly.getId(), false)
                .isEmpty();
        if (rows.isEmpty() && anyDepartmentFeedback) {
            throw new BusinessRuleException("feedback.nothingConsolidated");
        }
        items.deleteByAssemblyIdAndConsolidatedTrue(assembly.getId());
        int pos = 0;
        for (FeedbackRow r : rows) {
            if (blank(r.content())) {
                throw BusinessRuleException.onField("points[" + rows.indexOf(r) + "].content",
                        "department.feedbackEmpty");
            }
            FeedbackItem item = new FeedbackItem();
            item.setAssemblyId(assembly.getId());
            item.setDraftKind(r.draftKind());
            item.setContent(r.content().strip());
            item.setConsolidated(true);
            item.setPosition(pos++);
            items.save(item);
        }
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public AnswerData answers(String taskId) {
        AssemblyTask task = access.open(taskId, AssemblyStep.ANSWER_FEEDBACK);
        return new AnswerData(task, facts.assembly(task.assemblyId()), itemViews(task.assemblyId(), true));
    }

    public void answer(String taskId, List<Answer> answers) {
        AssemblyTask task = access.open(taskId, AssemblyStep.ANSWER_FEEDBACK);
        Assembly assembly = facts.assembly(task.assemblyId());
        Map<Long, Answer> byItem = new HashMap<>();
        List<Answer> given = nonEmpty(answers);
        given.forEach(a -> byItem.put(a.itemId(), a));
        String me = CurrentUser.require().getUsername();
        for (FeedbackItem item : items.findByAssemblyIdAndConsolidatedOrderByPosition(assembly.getId(), true)) {
            Answer a = byItem.get(item.getId());
            String row = "answers[" + given.indexOf(a) + "].";
            if (a == null || a.mode() == null) {
                throw BusinessRuleException.onField(a == null ? null : row + "mode", "answer.modeRequired",
                        item.getPosition() + 1);
            }
            if (a.mode() == AnswerMode.IN_WRITING && blank(a.text())) {
                throw BusinessRuleException.onField(row + "text", "answer.textRequired", item.getPosition() + 1);
            }
            item.setAnswerMode(a.mode());
            item.setAnswer(blank(a.text()) ? null : a.text().strip());
            item.setAnsweredBy(me);
        }
        access.complete(task, Map.of());
        stages.refresh(assembly);
    }

    @Transactional(readOnly = true)
    public List<ItemView> itemViews(long assemblyId, boolean consolidated) {
        Map<Long, String> names = new HashMap<>();
        Assembly assembly = facts.readable(assemblyId);
        directory.departments(assembly.getSchoolId()).forEach(d -> names.put(d.id(), d.name()));
        return items.findByAssemblyIdAndConsolidatedOrderByPosition(assemblyId, consolidated).stream()
                .map(i -> new ItemView(i.getId(), names.get(i.getDepartmentId()), i.getDraftKind(), i.getContent(),
                        i.getAnswerMode(), i.getAnswer()))
                .toList();
    }

    private Set<Long> reportedDepartments(long assemblyId) {
        return meetings.findByAssemblyIdAndKindOrderById(assemblyId, MeetingKind.DEPARTMENT).stream()
                .map(Meeting::getDepartmentId).collect(Collectors.toSet());
    }

    private DepartmentInfo departmentOf(AssemblyTask task) {
        if (task.departmentId() == null) {
            throw new BusinessRuleException("task.wrongForm");
        }
        return directory.departments(task.schoolId()).stream().filter(d -> d.id() == task.departmentId())
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    static <T> List<T> nonEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
