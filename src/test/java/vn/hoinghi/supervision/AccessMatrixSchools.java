package vn.hoinghi.supervision;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationContext;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceStep;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.RoleHolder;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.tasks.Notices;
import vn.hoinghi.tasks.SavedFilters;
import vn.hoinghi.tasks.TaskAttachments;
import vn.hoinghi.tasks.TaskFilter;
import vn.hoinghi.tasks.TaskInbox;

/**
 * One side of the access matrix: a supervising body of its own with an officer and one school whose assembly
 * waits for its second department's meeting, with one of everything a service method takes an id of.
 */
public final class AccessMatrixSchools {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** The usernames of the people the matrix signs in as, and the ids it hands to the services. */
    public record Side(long bodyId, String officer, long officerId, long schoolId, String teacher,
                       long teacherStaffId, long administratorStaffId, String departmentHead, String unionChair, String principal,
                       String administrator, long departmentId, long assemblyId, String processInstanceId,
                       String taskId, String conferenceTaskId, String plannedDateTaskId, long draftId, long scanId, long conferenceId, long roleAssignmentId,
                       long savedFilterId, long noticeId, long attachmentId, long unitId) {
    }

    private AccessMatrixSchools() {
    }

    /** Call signed out; leaves the person signed out. */
    public static Side create(ApplicationContext ctx) {
        TestUsers.signOut();
        int n = SEQ.incrementAndGet();
        SchoolRegistry registry = ctx.getBean(SchoolRegistry.class);
        long bodyId = registry.createBody("Ủy ban nhân dân xã Ma Trận " + n, BodyKind.COMMUNE_PEOPLES_COMMITTEE);
        String officer = "chuyenvien.mt" + n;
        long officerId = registry.createSupervisor(bodyId, officer, "Chuyên viên Ma Trận " + n,
                SupervisionFixture.HASH);
        String name = "Trường THCS Ma Trận " + n;
        // index 1: one teacher without any role besides the school's roster
        DemoAssemblies.People people = ctx.getBean(DemoSchools.class).create(bodyId, 1, name, SupervisionFixture.HASH);
        String code = DemoSchools.code(name);
        LocalDate today = VietnamTime.today();
        String year = SeasonService.schoolYearOf(today);
        long assemblyId = ctx.getBean(DemoAssemblies.class).drive(people, new DemoAssemblies.Plan(year,
                today.minusDays(5), today.plusDays(20), false, null), DemoAssemblies.Target.GROUP_MEETINGS, officer);

        TaskService tasks = ctx.getBean(TaskService.class);
        Task meeting = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskDefinitionKey(AssemblyStep.DEPARTMENT_MEETING.taskId()).singleResult();
        String head = "totruong2." + code;
        String teacher = "giaovien2." + code;
        String principal = people.principal();
        String administrator = "quantri." + code;
        AccountDetailsService accounts = ctx.getBean(AccountDetailsService.class);

        SchoolDirectory directory = ctx.getBean(SchoolDirectory.class);
        long teacherStaffId = accounts.findUser(teacher).orElseThrow().staffId();
        long headStaffId = accounts.findUser(head).orElseThrow().staffId();
        long departmentId = directory.departmentOf(java.util.List.of(headStaffId)).get(headStaffId);

        long draftId = as(ctx, principal, () -> ctx.getBean(PreparationService.class).drafts(assemblyId).get(0).id());
        long scanId = as(ctx, principal, () -> scan(ctx.getBean(DocumentService.class), assemblyId));
        long conferenceId = as(ctx, officer, () -> ctx.getBean(ConferenceService.class).start(year));
        String conferenceTaskId = as(ctx, officer, () -> ctx.getBean(ConferenceService.class)
                .openTaskOf(conferenceId, ConferenceStep.DRAFT_PLAN));
        // next year's season asks the principal for a planned date (this year's assembly is launched already)
        int next = Integer.parseInt(year.substring(5));
        as(ctx, officer, () -> ctx.getBean(SeasonService.class).save(new SeasonForm(next + "-" + (next + 1),
                today.plusDays(10), today.plusDays(40), today.plusDays(60), "Nghị quyết, biên bản")));
        String plannedDateTaskId = tasks.createTaskQuery().processDefinitionKey(SupervisionProcess.PROCESS_KEY)
                .processVariableValueEquals(SupervisionProcess.SCHOOL_ID, people.schoolId()).singleResult().getId();
        // taken by the department head: the task has a line in its history
        as(ctx, head, () -> {
            ctx.getBean(TaskInbox.class).claim(meeting.getId());
            return null;
        });
        long assignmentId = as(ctx, administrator, () -> ctx.getBean(SchoolAdminService.class).roleHolders().stream()
                .filter(h -> h.role() == Role.UNION_CHAIR).findFirst().map(RoleHolder::assignmentId).orElseThrow());
        long filterId = as(ctx, teacher, () -> ctx.getBean(SavedFilters.class)
                .save("Việc của tôi " + n, TaskFilter.DEFAULT, false).id());
        long noticeId = as(ctx, head, () -> ctx.getBean(Notices.class).mine(10).get(0).id());
        byte[] minutes = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long attachmentId = as(ctx, head, () -> ctx.getBean(TaskAttachments.class).attach(meeting.getId(),
                "bien-ban.pdf", minutes.length, new ByteArrayInputStream(minutes)).id());
        long administratorStaffId = accounts.findUser(administrator).orElseThrow().staffId();
        // one office of the body (made as the province's set-up would, without a leader's session)
        org.springframework.jdbc.core.JdbcTemplate jdbc = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("insert into body_unit (supervising_body_id, name, position) values (?, ?, 1)", bodyId,
                "Phòng Giáo dục Ma Trận " + n);
        long unitId = jdbc.queryForObject("select id from body_unit where supervising_body_id = ?", Long.class, bodyId);
        return new Side(bodyId, officer, officerId, people.schoolId(), teacher, teacherStaffId, administratorStaffId,
                head,
                people.unionChair(), principal, administrator, departmentId, assemblyId,
                meeting.getProcessInstanceId(), meeting.getId(), conferenceTaskId, plannedDateTaskId, draftId, scanId, conferenceId, assignmentId, filterId,
                noticeId, attachmentId, unitId);
    }

    /** The first document that can be signed now, signed and scanned: its scan's id. */
    private static long scan(DocumentService documents, long assemblyId) {
        for (DocumentService.DocumentRow row : documents.documents(assemblyId)) {
            if (row.available() && !row.myCapacities().isEmpty()) {
                if (!row.signed()) {
                    documents.sign(assemblyId, row.ref(), new DocumentService.SignInput(row.myCapacities().get(0),
                            row.naturalDate()));
                }
                DocumentService.FileContent pdf = documents.pdf(assemblyId, row.ref());
                return documents.uploadScan(assemblyId, row.ref(), pdf.fileName(), pdf.bytes()).id();
            }
        }
        throw new IllegalStateException("no document to scan in assembly " + assemblyId);
    }

    private static <T> T as(ApplicationContext ctx, String username, Supplier<T> step) {
        TestUsers.signIn(ctx.getBean(AccountDetailsService.class), username);
        try {
            return step.get();
        } finally {
            TestUsers.signOut();
        }
    }
}
