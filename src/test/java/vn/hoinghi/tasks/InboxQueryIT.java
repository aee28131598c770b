package vn.hoinghi.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.TaskFilter.Due;
import vn.hoinghi.tasks.TaskFilter.Scope;
import vn.hoinghi.tasks.TaskFilter.Sort;
import vn.hoinghi.tasks.TaskInbox.TaskRow;

/**
 * The inbox's "all my tasks" view is a native query of its own (issue 16): for every filter of that view it must
 * show the same tasks, in the same order and count, as Flowable's own query of the access rule
 * ({@link TaskAccess#visibleTo}) with the same filters and sort.
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class InboxQueryIT {

    private static final int PAGE = 6;

    @Autowired AccountDetailsService accounts;
    @Autowired ApplicationContext context;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_filter_of_the_all_view_shows_what_flowables_query_of_the_access_rule_shows_in_the_same_order() {
        AssemblyWalk walk = AssemblyWalk.from(context);
        String instance = assemblies(walk);
        AppUser principal = accounts.findUser("hieutruong").orElseThrow();
        AppUser unionChair = accounts.findUser("ctcongdoan").orElseThrow();
        AppUser officer = accounts.findUser("chuyenvien").orElseThrow();
        AppUser teacher = accounts.findUser("giaovien").orElseThrow();
        // a teacher whose account holds no role at all: offered nothing, only what is assigned by name
        AppUser noGroups = new AppUser(teacher.getUsername(), teacher.getPassword(), teacher.fullName(),
                teacher.staffId(), teacher.schoolId(), null, Set.of(), Map.of(), true);
        assertThat(noGroups.taskGroups()).isEmpty();
        mix(principal, unionChair, officer, noGroups);

        List<TaskFilter> filters = filters(instance);
        int compared = 0;
        for (AppUser user : List.of(principal, unionChair, noGroups, officer)) {
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            for (TaskFilter f : filters) {
                String what = user.getUsername() + " " + f;
                long expected = engineQuery(user, f).count();
                assertThat(inbox.count(f)).as("count of " + what).isEqualTo(expected);
                for (int offset : new int[] {0, PAGE}) {
                    List<String> engine = sorted(engineQuery(user, f), f).listPage(offset, PAGE).stream()
                            .map(TaskInfo::getId).toList();
                    List<TaskRow> page = inbox.page(f, offset, PAGE);
                    assertThat(page).extracting(TaskRow::id).as("page at " + offset + " of " + what)
                            .containsExactlyElementsOf(engine);
                    compared += engine.size();
                }
            }
            // the rows still say what the person may do with each task
            for (TaskRow r : inbox.page(TaskFilter.DEFAULT, 0, 500)) {
                assertThat(r.actionable()).as(r.name()).isTrue();
            }
        }
        // the mix is not empty for the common case: the principal's first page is full, and so is the next one
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        assertThat(inbox.page(TaskFilter.DEFAULT, PAGE, PAGE)).hasSize(PAGE);
        assertThat(compared).isGreaterThan(200);
    }

    /** Two assemblies of the demo school: one at its preparatory meeting, one with the drafts out. */
    private String assemblies(AssemblyWalk walk) {
        walk.launch("1930-1931", AssemblyKind.REGULAR, LocalDate.of(1930, 9, 21), LocalDate.of(1930, 9, 22),
                LocalDate.of(1930, 9, 23), LocalDate.of(1930, 9, 28), LocalDate.of(1930, 10, 2), false);
        walk.launch("1931-1932", AssemblyKind.REGULAR, LocalDate.of(1931, 9, 21), LocalDate.of(1931, 9, 22),
                LocalDate.of(1931, 9, 23), LocalDate.of(1931, 9, 28), LocalDate.of(1931, 10, 2), false);
        walk.preparatoryMeeting(LocalDate.of(1931, 9, 21));
        TestUsers.signOut();
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(walk.assemblyId)).list().get(0)
                .getProcessInstanceId();
    }

    /**
     * Tasks of every kind the rule tells apart: assigned to the person, offered to their roles, offered but taken
     * by a colleague, taken by the person, another school's, offered to a user by name or linked to a group other
     * than as a candidate (neither counts); with due dates overdue, soon, later and none, and equal names and
     * creation times so the sort's last keys decide.
     */
    private void mix(AppUser principal, AppUser unionChair, AppUser officer, AppUser teacher) {
        long school = principal.schoolId();
        String principals = TaskGroups.school(school, Role.PRINCIPAL);
        String union = TaskGroups.school(school, Role.UNION_CHAIR);
        String staff = TaskGroups.school(school, Role.STAFF);
        String otherSchool = TaskGroups.school(school + 100_000, Role.PRINCIPAL);
        String officers = TaskGroups.supervisor(officer.supervisingBodyId());
        LocalDateTime now = LocalDateTime.now(TaskInbox.VIETNAM);
        List<LocalDateTime> dues = new ArrayList<>();
        dues.add(now.minusDays(3));
        dues.add(now.plusHours(5));
        dues.add(null);
        dues.add(now.plusDays(9));
        Date created = toDate(now.minusDays(1).withNano(0));
        String[] names = {"Báo cáo tổng kết thử", "Duyệt kế hoạch thử", "Báo cáo tổng kết thử"};
        String[] assignees = {null, principal.getUsername(), unionChair.getUsername(), teacher.getUsername(),
                officer.getUsername(), "phohieutruong", null};
        List<List<String>> offers = List.of(List.of(principals), List.of(union), List.of(staff), List.of(otherSchool),
                List.of(officers), List.of(principals, union), List.of());
        int n = 0;
        for (String assignee : assignees) {
            for (List<String> groups : offers) {
                Task t = tasks.newTask();
                t.setName(names[n % names.length]);
                LocalDateTime due = dues.get(n % dues.size());
                t.setDueDate(due == null ? null : toDate(due));
                t.setAssignee(assignee);
                if (n % 3 == 0) {
                    // the same creation time for a third of them: the id decides
                    ((TaskEntity) t).setCreateTime(created);
                }
                tasks.saveTask(t);
                groups.forEach(g -> tasks.addCandidateGroup(t.getId(), g));
                n++;
            }
        }
        // a link that is not a candidate's, and a user offered a task by name: the inbox shows neither
        Task participant = tasks.newTask();
        participant.setName("Báo cáo tổng kết thử");
        tasks.saveTask(participant);
        tasks.addGroupIdentityLink(participant.getId(), principals, "participant");
        Task byName = tasks.newTask();
        byName.setName("Báo cáo tổng kết thử");
        tasks.saveTask(byName);
        tasks.addCandidateUser(byName.getId(), principal.getUsername());
    }

    private List<TaskFilter> filters(String instance) {
        List<TaskFilter> filters = new ArrayList<>();
        String[][] processes = {{null, null}, {AssemblyStep.PROCESS_KEY, null}, {AssemblyStep.PROCESS_KEY, "DRAFTING"},
                {AssemblyStep.PROCESS_KEY, "NO_SUCH_STAGE"}};
        for (Due due : Due.values()) {
            for (String[] process : processes) {
                for (String in : new String[] {null, instance}) {
                    for (String search : new String[] {"", "bao cao", "Tổng kết THỬ", "1931", "khong co viec nay"}) {
                        for (Sort sort : Sort.values()) {
                            filters.add(new TaskFilter(Scope.ALL, due, process[0], process[1], in, sort, search));
                        }
                    }
                }
            }
        }
        return filters;
    }

    /** The ALL view as it was written before issue 16: Flowable's query of the access rule, filtered. */
    private TaskQuery engineQuery(AppUser user, TaskFilter f) {
        TaskQuery q = TaskAccess.visibleTo(tasks, user);
        LocalDateTime now = LocalDateTime.now(TaskInbox.VIETNAM);
        if (f.due() == Due.OVERDUE) {
            q.taskDueBefore(toDate(now));
        } else if (f.due() == Due.DUE_SOON) {
            q.taskDueAfter(toDate(now)).taskDueBefore(toDate(now.plus(TaskInbox.DUE_SOON)));
        }
        if (f.processKey() != null) {
            q.processDefinitionKey(f.processKey());
            if (f.stageId() != null) {
                List<String> keys = inbox.processes().stream().filter(p -> p.key().equals(f.processKey()))
                        .flatMap(p -> p.stages().stream()).filter(s -> s.id().equals(f.stageId()))
                        .flatMap(s -> s.taskKeys().stream()).toList();
                q.taskDefinitionKeys(keys.isEmpty() ? List.of("-") : keys);
            }
        }
        if (f.processInstanceId() != null) {
            q.processInstanceId(f.processInstanceId());
        }
        String words = Texts.searchKey(f.search()).replace("%", "").replace("_", " ").strip();
        if (!words.isEmpty()) {
            for (String word : words.split("\\s+")) {
                q.taskVariableValueLikeIgnoreCase(TaskIndex.SEARCH, "%" + word + "%");
            }
        }
        return q;
    }

    private static TaskQuery sorted(TaskQuery q, TaskFilter f) {
        return switch (f.sort()) {
            case DUE -> q.orderByDueDateNullsLast().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
            case CREATED -> q.orderByTaskCreateTime().desc().orderByTaskId().asc();
            case NAME -> q.orderByTaskName().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
        };
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(TaskInbox.VIETNAM).toInstant());
    }
}
