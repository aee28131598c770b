package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.hoinghi.TestUsers;
import vn.hoinghi.conference.PlanForm.AssignmentRow;
import vn.hoinghi.conference.PlanForm.BatchRow;
import vn.hoinghi.conference.PlanForm.BridgePointRow;
import vn.hoinghi.conference.PlanForm.CategoryRow;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.Position;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.security.BodyRole;
import vn.hoinghi.security.Role;

/** A body of its own for one test: a planner, a leader, and schools each with a principal. */
final class ConferenceFixture {

    static final String HASH = "{noop}hoinghi2023";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    record School(long id, String name, String principal) {
    }

    /**
     * The planner and a colleague are officers of the culture office, the clerk is the office's, the emulation
     * officer consolidates awards; the leader approves and signs.
     */
    record Body(long id, String planner, String leader, List<School> schools, String colleague, String clerk,
                String emulation) {
    }

    static final String CULTURE = "Phòng Văn hóa – Xã hội";
    static final String OFFICE = "Văn phòng HĐND-UBND";

    private ConferenceFixture() {
    }

    static Body body(SchoolRegistry registry, int schoolCount) {
        TestUsers.signOut();
        int n = SEQ.incrementAndGet();
        long bodyId = registry.createBody("Ủy ban nhân dân xã Thử Nghiệm " + n, BodyKind.COMMUNE_PEOPLES_COMMITTEE);
        String planner = "chuyenvien.hn" + n;
        String leader = "lanhdao.hn" + n;
        long culture = registry.createUnit(bodyId, CULTURE);
        long office = registry.createUnit(bodyId, OFFICE);
        long emulationUnit = registry.createUnit(bodyId, "Bộ phận thi đua, khen thưởng");
        registry.createSupervisor(bodyId, planner, "Trần Thị Thu", HASH, BodyRole.OFFICER, culture);
        registry.createSupervisor(bodyId, leader, "Nguyễn Văn Hưng", HASH, BodyRole.LEADER, null);
        String colleague = "vhxh.hn" + n;
        String clerk = "vanphong.hn" + n;
        String emulation = "thidua.hn" + n;
        registry.createSupervisor(bodyId, colleague, "Phạm Thị Hạnh", HASH, BodyRole.OFFICER, culture);
        registry.createSupervisor(bodyId, clerk, "Đỗ Minh Tuấn", HASH, BodyRole.OFFICE_CLERK, office);
        registry.createSupervisor(bodyId, emulation, "Vũ Thị Lan", HASH, BodyRole.EMULATION_OFFICE, emulationUnit);
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            String name = "Trường Tiểu học Hội Nghị " + n + " " + (char) ('A' + i);
            String code = "thhn" + n + (char) ('a' + i);
            long schoolId = registry.createSchool(name, code.toUpperCase(), "Thử Nghiệm", bodyId, true,
                    LocalDate.of(2025, 7, 1));
            String principal = "hieutruong." + code;
            long staffId = registry.addStaff(schoolId, "CB01", "Lê Thị Hoa " + i, Position.CBQL, null, principal,
                    HASH, principal + "@truong.edu.vn");
            registry.assignRole(staffId, Role.PRINCIPAL, null, LocalDate.of(2021, 8, 1));
            schools.add(new School(schoolId, name, principal));
        }
        return new Body(bodyId, planner, leader, schools, colleague, clerk, emulation);
    }

    /** Seed 003's shape, scaled to the fixture's schools: guests in groups, the schools' principals, pupils. */
    static PlanForm seed003(Body body, LocalDate today) {
        PlanForm f = new PlanForm();
        f.setTitle("Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027");
        f.setPurpose("Đánh giá kết quả thực hiện nhiệm vụ năm học.\nBiểu dương, khen thưởng các tập thể, cá nhân.");
        f.setHeldOn(today.plusDays(10));
        f.setStartsAt(LocalTime.of(8, 30));
        f.setPlace("Hội trường tầng 2, UBND xã");
        f.setIssuePlace("Thử Nghiệm");
        f.setFormat(ConferenceFormat.BOTH);
        f.setChair("Ủy ban nhân dân xã");
        f.setBudgetSource("Ngân sách xã cấp cho sự nghiệp giáo dục năm 2026");
        f.setNominationDeadline(today.plusDays(3));
        f.getCategories().add(new CategoryRow(CategoryGroup.GUEST, "Lãnh đạo Sở GDĐT", CategorySource.TYPED, 3));
        f.getCategories().add(new CategoryRow(CategoryGroup.GUEST, "Ban Thi đua – Khen thưởng", CategorySource.TYPED, 1));
        f.getCategories().add(new CategoryRow(CategoryGroup.GUEST, "Thường trực Đảng ủy, lãnh đạo UBND xã",
                CategorySource.TYPED, 15));
        f.getCategories().add(new CategoryRow(CategoryGroup.BASE, "Hiệu trưởng các trường", CategorySource.PRINCIPALS,
                null));
        f.getCategories().add(new CategoryRow(CategoryGroup.BASE, "Học sinh giỏi tiêu biểu", CategorySource.TYPED, 12, 4));
        f.setInPersonTotal(3 + 1 + 15 + body.schools().size() + 12);
        f.getProgramme().add(new ProgrammeRow(LocalTime.of(8, 0), LocalTime.of(8, 30), "Đón tiếp đại biểu",
                "Văn phòng"));
        f.getProgramme().add(new ProgrammeRow(LocalTime.of(8, 30), null, "Văn nghệ chào mừng", "Các trường"));
        f.getProgramme().add(new ProgrammeRow(LocalTime.of(8, 45), null, "Báo cáo tổng kết năm học", "Lãnh đạo UBND xã"));
        f.getProgramme().add(new ProgrammeRow(LocalTime.of(9, 30), null, "Tham luận: “Chuyển đổi số trong nhà trường”",
                body.schools().get(0).name()));
        f.getProgramme().add(new ProgrammeRow(LocalTime.of(10, 15), null, "Công bố quyết định khen thưởng",
                "Bộ phận thi đua"));
        f.getProgramme().add(new ProgrammeRow(LocalTime.of(11, 0), null, "Bế mạc", "Chủ trì"));
        f.getAssignments().add(new AssignmentRow(CULTURE, "Chuẩn bị báo cáo và slide trình chiếu",
                body.planner(), today.plusDays(7)));
        f.getAssignments().add(new AssignmentRow(CULTURE, "Phát hành giấy mời đại biểu",
                body.planner(), today.plusDays(5)));
        // No owner: the office's people get it.
        f.getAssignments().add(new AssignmentRow(OFFICE, "Chuẩn bị hội trường", null, today.plusDays(9)));
        f.getBatches().add(new BatchRow("Tập thể xuất sắc phong trào “Đổi mới sáng tạo trong dạy và học”",
                RecipientKind.COLLECTIVE));
        f.getBatches().add(new BatchRow("Giáo viên đạt giải Nhất ngày hội CNTT", RecipientKind.TEACHER));
        for (School s : body.schools()) {
            f.getBridgePoints().add(new BridgePointRow("Điểm cầu " + s.name(), s.id(), s.name(), "Phạm Văn Kỹ",
                    "0912 345 678", "100% CBQL, GV, NV nhà trường"));
        }
        // The fixture's schools are primary schools: their level's own conference follows the body's.
        f.getLevelDates().add(new PlanForm.LevelDateRow(vn.hoinghi.school.SchoolLevel.TIEU_HOC, today.plusDays(14),
                "Trường Tiểu học Hội Nghị"));
        f.getBridgePoints().add(new BridgePointRow("Điểm cầu chính tại hội trường", null, "Văn phòng HĐND-UBND",
                "Đỗ Minh Tuấn", "0987 654 321", "Đại biểu dự trực tiếp"));
        return f;
    }
}
