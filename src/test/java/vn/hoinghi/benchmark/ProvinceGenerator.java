package vn.hoinghi.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoinghi.school.Usernames;

/**
 * A province of N schools written straight to the database (generation is not what is measured):
 * 25–150 staff and 3–8 departments per school, with every role of the assembly held by someone.
 */
final class ProvinceGenerator {

    record GeneratedSchool(long id, String principal, String vicePrincipal, String unionChair, String unionExecutive,
                           String accountant, String boardHead, String secretary, List<String> departmentHeads,
                           List<String> staff) {
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Thu", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
            "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo",
            "Trang", "Tuấn", "Vân", "Yến"};
    private static final String[] KIND = {"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường TH&THCS"};
    private static final String[] PLACE = {"Hòa Bình", "Tân Tiến", "Quang Trung", "Hồng Hà", "Thanh Xuân", "Bình Minh",
            "Đông Hải", "Phú Lợi", "An Khánh", "Long Thành", "Hưng Đạo", "Lê Lợi", "Nam Sơn", "Tây Hồ"};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20230927);
    private long staffSeq;

    ProvinceGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<GeneratedSchool> generate(int schools, String passwordHash) {
        Long bodyId = jdbc.queryForObject("select id from supervising_body where name = ?", Long.class,
                "Sở Giáo dục và Đào tạo (benchmark)");
        List<GeneratedSchool> out = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String name = KIND[i % KIND.length] + " " + PLACE[(i / KIND.length) % PLACE.length] + " " + (i + 1);
            jdbc.update("insert into school (name, short_code, place_name, supervising_body_id, has_union, search_key) "
                    + "values (?, ?, ?, ?, true, ?)", name, "S" + (i + 1), PLACE[i % PLACE.length], bodyId,
                    vn.hoinghi.shared.Texts.searchKey(name));
            long schoolId = jdbc.queryForObject("select max(id) from school", Long.class);
            int staffCount = 25 + random.nextInt(126);
            int deptCount = 3 + random.nextInt(6);
            List<Long> depts = new ArrayList<>();
            for (int d = 0; d < deptCount; d++) {
                jdbc.update("insert into department (school_id, name, active) values (?, ?, true)", schoolId,
                        "Tổ " + (d + 1));
                depts.add(jdbc.queryForObject("select max(id) from department where school_id = ?", Long.class,
                        schoolId));
            }
            List<Object[]> staffRows = new ArrayList<>();
            List<String> usernames = new ArrayList<>();
            for (int s = 0; s < staffCount; s++) {
                String full = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                String username = Usernames.fromName(full) + "." + (++staffSeq);
                usernames.add(username);
                Long dept = s < 2 ? null : depts.get(s % deptCount);
                staffRows.add(new Object[]{schoolId, "CB" + s, full, s < 2 ? "CBQL" : "GV", dept, username,
                        passwordHash, true, true});
            }
            jdbc.batchUpdate("insert into staff (school_id, code, full_name, position, department_id, username, "
                    + "password_hash, union_member, active) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", staffRows);
            List<Long> staffIds = jdbc.queryForList("select id from staff where school_id = ? order by id", Long.class,
                    schoolId);
            List<Object[]> roles = new ArrayList<>();
            LocalDate since = LocalDate.of(2022, 8, 1);
            // staff 0 principal, 1 vice-principal (+ emulation council), 2 union chair (+ executive), 3 union
            // executive, 4 accountant, 5 board head, 6 secretary, then one department head and one union group
            // head per department among the rest.
            roles.add(new Object[]{staffIds.get(0), "PRINCIPAL", null, since});
            roles.add(new Object[]{staffIds.get(1), "VICE_PRINCIPAL", null, since});
            roles.add(new Object[]{staffIds.get(1), "EMULATION_COUNCIL", null, since});
            roles.add(new Object[]{staffIds.get(2), "UNION_CHAIR", null, since});
            roles.add(new Object[]{staffIds.get(2), "UNION_EXECUTIVE", null, since});
            roles.add(new Object[]{staffIds.get(3), "UNION_EXECUTIVE", null, since});
            roles.add(new Object[]{staffIds.get(4), "ACCOUNTANT", null, since});
            roles.add(new Object[]{staffIds.get(5), "INSPECTION_BOARD_HEAD", null, since});
            roles.add(new Object[]{staffIds.get(6), "SECRETARY", null, since});
            List<String> heads = new ArrayList<>();
            for (int d = 0; d < deptCount; d++) {
                // the first member of each department (index ≥ 2 with index % deptCount == d) leads it
                int idx = firstMember(d, deptCount, 7, staffCount);
                roles.add(new Object[]{staffIds.get(idx), "DEPARTMENT_HEAD", depts.get(d), since});
                heads.add(usernames.get(idx));
            }
            jdbc.batchUpdate("insert into role_assignment (staff_id, role, department_id, valid_from) values (?, ?, ?, ?)",
                    roles);
            out.add(new GeneratedSchool(schoolId, usernames.get(0), usernames.get(1), usernames.get(2),
                    usernames.get(3), usernames.get(4), usernames.get(5), usernames.get(6), heads, usernames));
        }
        return out;
    }

    private static int firstMember(int dept, int deptCount, int from, int staffCount) {
        for (int s = from; s < staffCount; s++) {
            if (s % deptCount == dept) {
                return s;
            }
        }
        throw new IllegalStateException("department without members");
    }
}
