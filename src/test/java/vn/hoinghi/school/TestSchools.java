package vn.hoinghi.school;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.security.Role;

/**
 * A new, empty school for a test that changes things (an import, settings, accounts), so the demo school that
 * the other tests share stays as it is. It has departments and one administrator, nobody else.
 */
public final class TestSchools {

    public static final String PASSWORD = "hoinghi2023";
    public static final List<String> DEPARTMENTS = List.of("Tổ Tiểu học", "Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội",
            "Tổ Văn phòng");
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** The new school, its departments by name and its administrator's username. */
    public record Created(long schoolId, String adminUsername, long adminId, Map<String, Long> departments) {
    }

    private TestSchools() {
    }

    public static Created create(ApplicationContext ctx, String name) {
        TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
        return tx.execute(status -> {
            int n = SEQ.incrementAndGet();
            SupervisingBody body = ctx.getBean(SupervisingBodyRepository.class)
                    .save(new SupervisingBody("Ủy ban nhân dân xã Thử Nghiệm " + n, BodyKind.COMMUNE_PEOPLES_COMMITTEE));
            School school = ctx.getBean(SchoolRepository.class)
                    .save(new School(name, "TN" + n, "Thử Nghiệm", body, true));
            Map<String, Long> depts = new LinkedHashMap<>();
            for (String d : DEPARTMENTS) {
                depts.put(d, ctx.getBean(DepartmentRepository.class).save(new Department(school.getId(), d)).getId());
            }
            String username = "quantri" + school.getId();
            Staff admin = new Staff(school.getId(), "QT01", "Quản Thị Trị", Position.NV, depts.get("Tổ Văn phòng"),
                    username, ctx.getBean(PasswordEncoder.class).encode(PASSWORD));
            ctx.getBean(StaffRepository.class).save(admin);
            ctx.getBean(RoleAssignmentRepository.class).save(new RoleAssignment(admin.getId(), Role.ADMIN, null,
                    vn.hoinghi.shared.VietnamTime.today().minusYears(1)));
            return new Created(school.getId(), username, admin.getId(), depts);
        });
    }
}
