package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.Role;

/**
 * The demo school, modelled on the seed plan (a primary and lower-secondary school, 30 staff,
 * 4 departments, a union, an inspection board whose term ends in 2023), loaded on first start only.
 */
@Component
@ConditionalOnProperty(name = "hoinghi.demo-data", havingValue = "true")
class DemoSchoolLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "hoinghi2023";
    static final String DEMO_SYSTEM_ADMIN = "quantrihethong";
    private static final Logger log = LoggerFactory.getLogger(DemoSchoolLoader.class);
    private static final LocalDate SINCE = LocalDate.of(2021, 8, 1);

    private final SupervisingBodyRepository bodies;
    private final SchoolRepository schools;
    private final DepartmentRepository departments;
    private final StaffRepository staff;
    private final RoleAssignmentRepository roles;
    private final SupervisorAccountRepository supervisors;
    private final SystemAdminRepository admins;
    private final PasswordEncoder encoder;

    DemoSchoolLoader(SupervisingBodyRepository bodies, SchoolRepository schools, DepartmentRepository departments,
                     StaffRepository staff, RoleAssignmentRepository roles, SupervisorAccountRepository supervisors,
                     SystemAdminRepository admins, PasswordEncoder encoder) {
        this.admins = admins;
        this.bodies = bodies;
        this.schools = schools;
        this.departments = departments;
        this.staff = staff;
        this.roles = roles;
        this.supervisors = supervisors;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (schools.count() > 0) {
            addDemoSystemAdmin();
            return;
        }
        String hash = encoder.encode(DEMO_PASSWORD);
        admins.save(new SystemAdmin(DEMO_SYSTEM_ADMIN, "Lại Văn Tỉnh", hash));
        SupervisingBody body = bodies.save(new SupervisingBody("Ủy ban nhân dân xã Hồng Hà",
                BodyKind.COMMUNE_PEOPLES_COMMITTEE));
        supervisors.save(new SupervisorAccount(body.getId(), "chuyenvien", "Đinh Thị Phương", hash));

        School school = new School("Trường Tiểu học và Trung học cơ sở Hồng Hà", "TH&THCSHH", "Hồng Hà", body, true);
        school.setBoardTerm(LocalDate.of(2021, 9, 28), LocalDate.of(2023, 9, 28));
        schools.save(school);
        long sid = school.getId();

        Department th = departments.save(new Department(sid, "Tổ Tiểu học"));
        Department tn = departments.save(new Department(sid, "Tổ Khoa học tự nhiên"));
        Department xh = departments.save(new Department(sid, "Tổ Khoa học xã hội"));
        Department vp = departments.save(new Department(sid, "Tổ Văn phòng"));

        List<Object[]> people = new ArrayList<>();
        // code, name, position, department, username, roles...
        people.add(new Object[]{"CB01", "Nguyễn Văn Hùng", Position.CBQL, null, "hieutruong", Role.PRINCIPAL});
        people.add(new Object[]{"CB02", "Trần Thị Mai", Position.CBQL, null, "phohieutruong", Role.VICE_PRINCIPAL,
                Role.EMULATION_COUNCIL});
        people.add(new Object[]{"GV01", "Lê Thị Hồng", Position.GV, th, "ctcongdoan", Role.UNION_CHAIR,
                Role.UNION_EXECUTIVE});
        people.add(new Object[]{"GV02", "Phạm Văn Nam", Position.GV, tn, "uvcongdoan", Role.UNION_EXECUTIVE});
        people.add(new Object[]{"GV03", "Đỗ Văn Thắng", Position.GV, xh, "bithu", Role.PARTY_SECRETARY});
        people.add(new Object[]{"NV01", "Hoàng Thị Lan", Position.NV, vp, "ketoan", Role.ACCOUNTANT});
        people.add(new Object[]{"GV04", "Vũ Văn Đức", Position.GV, tn, "truongbantt", Role.INSPECTION_BOARD_HEAD});
        people.add(new Object[]{"GV05", "Ngô Thị Thu", Position.GV, xh, "thuky", Role.SECRETARY});
        people.add(new Object[]{"GV06", "Bùi Thị Hạnh", Position.GV, th, "totruongth", Role.DEPARTMENT_HEAD});
        people.add(new Object[]{"GV07", "Đặng Văn Long", Position.GV, tn, "totruongtn", Role.DEPARTMENT_HEAD});
        people.add(new Object[]{"GV08", "Trịnh Thị Hoa", Position.GV, xh, "totruongxh", Role.DEPARTMENT_HEAD});
        people.add(new Object[]{"NV02", "Phan Thị Ngọc", Position.NV, vp, "totruongvp", Role.DEPARTMENT_HEAD});
        people.add(new Object[]{"GV09", "Mai Văn Tuấn", Position.GV, th, "tocongdoanth", Role.UNION_GROUP_HEAD});
        people.add(new Object[]{"GV10", "Lý Thị Thanh", Position.GV, tn, "tocongdoantn", Role.UNION_GROUP_HEAD});
        people.add(new Object[]{"GV11", "Dương Văn Khoa", Position.GV, xh, "tocongdoanxh", Role.UNION_GROUP_HEAD});
        people.add(new Object[]{"NV03", "Cao Thị Yến", Position.NV, vp, "quantri", Role.ADMIN, Role.UNION_GROUP_HEAD});
        people.add(new Object[]{"GV12", "Nguyễn Thị Ánh", Position.GV, th, "giaovien"});
        String[][] others = {
                {"GV13", "Trần Văn Bình", "th"}, {"GV14", "Lê Thị Cúc", "th"}, {"GV15", "Phạm Thị Dung", "th"},
                {"GV16", "Hoàng Văn Giang", "th"}, {"GV17", "Nguyễn Thị Hương", "tn"}, {"GV18", "Vũ Thị Kim", "tn"},
                {"GV19", "Đỗ Thị Loan", "tn"}, {"GV20", "Ngô Văn Minh", "xh"}, {"GV21", "Bùi Thị Nga", "xh"},
                {"GV22", "Đặng Thị Oanh", "xh"}, {"GV23", "Trịnh Văn Phúc", "tn"}, {"NV04", "Lương Thị Quyên", "vp"},
                {"NV05", "Tạ Văn Sơn", "vp"}};
        for (String[] o : others) {
            Department d = switch (o[2]) {
                case "th" -> th;
                case "tn" -> tn;
                case "xh" -> xh;
                default -> vp;
            };
            Position pos = o[0].startsWith("NV") ? Position.NV : Position.GV;
            people.add(new Object[]{o[0], o[1], pos, d, Usernames.fromName(o[1])});
        }
        for (Object[] p : people) {
            Department d = (Department) p[3];
            Staff s = new Staff(sid, (String) p[0], (String) p[1], (Position) p[2], d == null ? null : d.getId(),
                    (String) p[4], hash);
            s.update(s.getFullName(), s.getPosition(), s.getDepartmentId(), p[4] + "@honghaschool.edu.vn", true);
            staff.save(s);
            for (int i = 5; i < p.length; i++) {
                Role role = (Role) p[i];
                roles.save(new RoleAssignment(s.getId(), role, role.departmentScoped() ? d.getId() : null, SINCE));
            }
        }
        log.info("Demo school loaded: {} staff, 4 departments; every demo password is '{}'", people.size(),
                DEMO_PASSWORD);
    }

    /** A demo database from before the system administrator existed gets the demo one (only if it has none). */
    private void addDemoSystemAdmin() {
        if (admins.count() == 0 && staff.existsByUsername("hieutruong")) {
            admins.save(new SystemAdmin(DEMO_SYSTEM_ADMIN, "Lại Văn Tỉnh", encoder.encode(DEMO_PASSWORD)));
            log.info("Demo system administrator '{}' added", DEMO_SYSTEM_ADMIN);
        }
    }
}
