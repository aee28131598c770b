package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoinghi.school.Position;
import vn.hoinghi.school.SchoolRegistry;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.Texts;

/**
 * Generated schools with realistic Vietnamese names and every role the assembly needs, for the demo data
 * and for tests. Staff sign in as role.school, e.g. hieutruong.mnhoabinh or ctcongdoan.thtantien.
 */
@Component
class DemoSchools {

    private static final LocalDate ROLES_SINCE = LocalDate.of(2021, 8, 1);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh"};
    private static final String[] WOMEN = {"Thị Lan", "Thị Hương", "Thu Hà", "Thị Mai", "Bích Ngọc", "Phương Thảo",
            "Thùy Linh", "Thu Trang", "Thanh Huyền", "Hải Yến", "Thị Nga", "Minh Hạnh", "Thị Hoa", "Kim Oanh"};
    private static final String[] MEN = {"Văn Hùng", "Tiến Dũng", "Anh Tuấn", "Hoài Nam", "Đức Long", "Văn Sơn",
            "Hữu Phúc", "Quốc Khánh", "Văn Thắng", "Thanh Bình", "Minh Quân", "Quang Huy"};

    private final SchoolRegistry registry;

    DemoSchools(SchoolRegistry registry) {
        this.registry = registry;
    }

    /** A school of 9 to 12 people in two departments, with every role the assembly needs and an administrator. */
    DemoAssemblies.People create(long bodyId, int index, String name, String hash) {
        String code = code(name);
        long schoolId = registry.createSchool(name, code.toUpperCase(), "Hồng Hà", bodyId, true,
                LocalDate.of(2025, 7, 1));
        String[] departments = departments(name);
        long d1 = registry.addDepartment(schoolId, departments[0]);
        long d2 = registry.addDepartment(schoolId, departments[1]);
        int extra = index % 4;
        List<String> heads = List.of("totruong1." + code, "totruong2." + code);
        Person[] roster = {
                new Person("hieutruong", Position.CBQL, null, Role.PRINCIPAL),
                new Person("phohieutruong", Position.CBQL, null, Role.VICE_PRINCIPAL, Role.EMULATION_COUNCIL),
                new Person("ctcongdoan", Position.GV, d1, Role.UNION_CHAIR, Role.UNION_EXECUTIVE),
                new Person("uvcongdoan", Position.GV, d2, Role.UNION_EXECUTIVE, Role.UNION_GROUP_HEAD),
                new Person("ketoan", Position.NV, d2, Role.ACCOUNTANT),
                new Person("totruong1", Position.GV, d1, Role.DEPARTMENT_HEAD, Role.SECRETARY),
                new Person("totruong2", Position.GV, d2, Role.DEPARTMENT_HEAD, Role.INSPECTION_BOARD_HEAD),
                new Person("giaovien1", Position.GV, d1, Role.UNION_GROUP_HEAD, Role.PARTY_SECRETARY),
                new Person("quantri", Position.GV, d2, Role.ADMIN)};
        List<Person> all = new ArrayList<>(List.of(roster));
        for (int e = 0; e < extra; e++) {
            all.add(new Person("giaovien" + (2 + e), Position.GV, e % 2 == 0 ? d1 : d2));
        }
        for (int k = 0; k < all.size(); k++) {
            Person p = all.get(k);
            String username = p.role() + "." + code;
            long staffId = registry.addStaff(schoolId, String.format("CB%02d", k + 1), fullName(index, k),
                    p.position(), p.department(), username, hash, p.role() + "@" + code + ".edu.vn");
            for (Role role : p.roles()) {
                registry.assignRole(staffId, role, p.department(), ROLES_SINCE);
            }
        }
        if (extra == 0) {
            // too few people without a post for the seed's board mix: this school sets its own practice
            vn.hoinghi.school.LocalPractice seed = vn.hoinghi.school.LocalPractice.defaults();
            registry.setLocalPractice(schoolId, new vn.hoinghi.school.LocalPractice(seed.separateMeetings(),
                    seed.presidiumSize(), seed.secretaryCount(), seed.presidiumByShowOfHands(), 0, 0,
                    seed.boardExcludesFinance(), seed.boardOfficersWithinDays(), seed.discussionSharePercent(),
                    seed.newsPostWithinDays(), null, null, seed.dossierDaysAfterPlenary()));
        }
        return new DemoAssemblies.People(schoolId, "hieutruong." + code, "ctcongdoan." + code, heads);
    }

    private record Person(String role, Position position, Long department, Role... roles) {
    }

    /** "Trường Mầm non Hòa Bình" → "mnhoabinh"; "Trường THCS Quang Trung" → "thcsquangtrung". */
    static String code(String name) {
        String key = Texts.searchKey(name).replace("truong ", "");
        String prefix = key.startsWith("mam non") ? "mn" : key.startsWith("tieu hoc") ? "th" : "thcs";
        String rest = key.replaceFirst("^(mam non|tieu hoc|thcs) ", "");
        return prefix + rest.replace(" ", "");
    }

    private static String[] departments(String name) {
        if (name.contains("Mầm non")) {
            return new String[]{"Tổ Nhà trẻ", "Tổ Mẫu giáo"};
        }
        if (name.contains("Tiểu học")) {
            return new String[]{"Tổ khối 1, 2, 3", "Tổ khối 4, 5"};
        }
        return new String[]{"Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội"};
    }

    private static String fullName(int school, int person) {
        String family = FAMILY[(school * 5 + person * 7) % FAMILY.length];
        boolean woman = (school + person) % 3 != 0;
        String[] given = woman ? WOMEN : MEN;
        return family + " " + given[(school * 3 + person * 5) % given.length];
    }

}
