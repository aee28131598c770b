package vn.hoinghi.school;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

import vn.hoinghi.school.RosterProblem.Severity;
import vn.hoinghi.security.Role;

/**
 * Checks each row of a roster against the file and the school as it is now, and says what importing it would
 * do. Used for the preview and again just before the import, so a change in between (a department stopped,
 * another import) is caught. No database access here: the caller hands over what it needs.
 */
final class RosterValidator {

    /** The same limits as the staff table and NewStaff. */
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 200;
    /** Roles a school has one of; a second holder in the file is worth a warning. */
    private static final Set<Role> SINGLE_HOLDER = Set.of(Role.PRINCIPAL, Role.UNION_CHAIR,
            Role.INSPECTION_BOARD_HEAD);

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]{2,}");

    /** The school as it is: departments by normalised name, people by upper-case staff code. */
    record SchoolState(Map<String, Department> departments, Map<String, Staff> staffByCode, Long myStaffId) {
    }

    /** A row as read: its line number and the text of each known column. */
    record RawRow(int line, Map<RosterColumn, String> cells) {
    }

    record Result(List<RosterRow> rows, List<RosterProblem> problems) {
    }

    private final Map<RosterColumn, Integer> columns;
    private final RoleNames roleNames;
    private final SchoolState school;
    private final LocalDate today;

    RosterValidator(Map<RosterColumn, Integer> columns, RoleNames roleNames, SchoolState school, LocalDate today) {
        this.columns = columns;
        this.roleNames = roleNames;
        this.school = school;
        this.today = today;
    }

    Result validate(List<RawRow> raw) {
        List<RosterRow> rows = new ArrayList<>(raw.size());
        List<RosterProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        Map<Role, Integer> firstHolder = new EnumMap<>(Role.class);
        Map<String, Integer> firstScopedHolder = new HashMap<>();
        for (RawRow r : raw) {
            RowCheck check = new RowCheck(r);
            RosterRow row = check.run(firstLineOfCode);
            // Warnings across rows: a second principal, two heads for one department.
            if (row.valid()) {
                for (Role role : row.roles()) {
                    if (SINGLE_HOLDER.contains(role)) {
                        Integer first = firstHolder.putIfAbsent(role, row.line());
                        if (first != null) {
                            check.warn(RosterColumn.ROLES, "roster.warn.manyHolders", roleText(row, role), first);
                        }
                    } else if (role.departmentScoped() && row.departmentId() != null) {
                        Integer first = firstScopedHolder.putIfAbsent(role.name() + ":" + row.departmentId(),
                                row.line());
                        if (first != null) {
                            check.warn(RosterColumn.ROLES, "roster.warn.manyDepartmentHolders", roleText(row, role),
                                    row.departmentName(), first);
                        }
                    }
                }
            }
            rows.add(row);
            problems.addAll(check.problems);
        }
        return new Result(rows, problems);
    }

    /** The words the file used for a role, for a message. */
    private String roleText(RosterRow row, Role role) {
        return RoleNames.split(row.cell(RosterColumn.ROLES)).stream().filter(n -> roleNames.find(n) == role)
                .findFirst().orElse(role.name());
    }

    private final class RowCheck {
        private final RawRow raw;
        private final List<RosterProblem> problems = new ArrayList<>();
        private boolean errors;

        RowCheck(RawRow raw) {
            this.raw = raw;
        }

        String cell(RosterColumn c) {
            return raw.cells().getOrDefault(c, "");
        }

        void error(RosterColumn c, String key, Object... args) {
            errors = true;
            problems.add(new RosterProblem(raw.line(), c, ref(c), Severity.ERROR, key, args));
        }

        void warn(RosterColumn c, String key, Object... args) {
            problems.add(new RosterProblem(raw.line(), c, ref(c), Severity.WARNING, key, args));
        }

        String ref(RosterColumn c) {
            Integer index = c == null ? null : columns.get(c);
            return index == null ? null : CellReference.convertNumToColString(index) + raw.line();
        }

        RosterRow run(Map<String, Integer> firstLineOfCode) {
            String code = cell(RosterColumn.CODE);
            if (code.isEmpty()) {
                error(RosterColumn.CODE, "roster.problem.codeMissing");
            } else if (code.length() > MAX_CODE) {
                error(RosterColumn.CODE, "roster.problem.tooLong", MAX_CODE);
            } else {
                Integer first = firstLineOfCode.putIfAbsent(codeKey(code), raw.line());
                if (first != null) {
                    error(RosterColumn.CODE, "roster.problem.codeDuplicate", code, first);
                }
            }

            String name = cell(RosterColumn.FULL_NAME);
            if (name.isEmpty()) {
                error(RosterColumn.FULL_NAME, "roster.problem.nameMissing");
            } else if (name.length() > MAX_NAME) {
                error(RosterColumn.FULL_NAME, "roster.problem.tooLong", MAX_NAME);
            } else if (!name.matches(".*\\p{L}.*")) {
                error(RosterColumn.FULL_NAME, "roster.problem.badName", name);
            }

            LocalDate born = null;
            String dob = cell(RosterColumn.DATE_OF_BIRTH);
            if (!dob.isEmpty()) {
                born = parseDate(dob);
                if (born == null) {
                    error(RosterColumn.DATE_OF_BIRTH, "roster.problem.badDate", dob);
                } else if (born.getYear() < 1900 || born.isAfter(today.minusYears(15))) {
                    error(RosterColumn.DATE_OF_BIRTH, "roster.problem.implausibleDate", dob);
                    born = null;
                }
            }

            Gender gender = null;
            String g = cell(RosterColumn.GENDER);
            if (!g.isEmpty()) {
                gender = parseGender(g);
                if (gender == null) {
                    error(RosterColumn.GENDER, "roster.problem.badGender", g);
                }
            }

            Position position = null;
            String pos = cell(RosterColumn.POSITION);
            if (pos.isEmpty()) {
                error(RosterColumn.POSITION, "roster.problem.positionMissing");
            } else {
                position = parsePosition(pos);
                if (position == null) {
                    error(RosterColumn.POSITION, "roster.problem.badPosition", pos);
                }
            }

            Department department = null;
            String dept = cell(RosterColumn.DEPARTMENT);
            if (!dept.isEmpty()) {
                department = findDepartment(dept);
                if (department == null) {
                    error(RosterColumn.DEPARTMENT, "roster.problem.unknownDepartment", dept);
                } else if (!department.isActive()) {
                    error(RosterColumn.DEPARTMENT, "roster.problem.inactiveDepartment", department.getName());
                    department = null;
                }
            }

            String email = cell(RosterColumn.EMAIL);
            if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
                error(RosterColumn.EMAIL, "roster.problem.badEmail", email);
            }

            String phone = null;
            String ph = cell(RosterColumn.PHONE);
            if (!ph.isEmpty()) {
                phone = normalisePhone(ph);
                if (phone == null) {
                    error(RosterColumn.PHONE, "roster.problem.badPhone", ph);
                }
            }

            Boolean union = null;
            if (columns.containsKey(RosterColumn.UNION_MEMBER)) {
                String u = cell(RosterColumn.UNION_MEMBER);
                union = u.isEmpty() ? Boolean.FALSE : parseYesNo(u);
                if (union == null) {
                    error(RosterColumn.UNION_MEMBER, "roster.problem.badYesNo", u);
                }
            }

            Set<Role> roles = new LinkedHashSet<>();
            for (String roleName : RoleNames.split(cell(RosterColumn.ROLES))) {
                Role role = roleNames.find(roleName);
                if (role == null) {
                    error(RosterColumn.ROLES, "roster.problem.unknownRole", roleName);
                } else if (role != Role.STAFF && !role.assignableInSchool()) {
                    error(RosterColumn.ROLES, "roster.problem.roleNotAssignable", roleName);
                } else if (role != Role.STAFF) {
                    if (role.departmentScoped() && dept.isEmpty()) {
                        error(RosterColumn.ROLES, "roster.problem.roleNeedsDepartment", roleName);
                    }
                    roles.add(role);
                }
            }

            Staff existing = code.isEmpty() ? null : school.staffByCode().get(codeKey(code));
            if (!errors) {
                if (existing != null && !existing.isActive()) {
                    warn(null, "roster.warn.reactivated", existing.getFullName());
                }
                if (dept.isEmpty() && position != null && position != Position.CBQL) {
                    warn(RosterColumn.DEPARTMENT, "roster.warn.noDepartment");
                }
                if (existing != null && existing.getId().equals(school.myStaffId())
                        && columns.containsKey(RosterColumn.ROLES) && !roles.contains(Role.ADMIN)) {
                    warn(RosterColumn.ROLES, "roster.warn.ownAdminKept");
                }
            }
            return new RosterRow(raw.line(), raw.cells(),
                    existing == null ? RosterRow.Action.CREATE : RosterRow.Action.UPDATE,
                    existing == null ? null : existing.getId(), code.isEmpty() ? null : code,
                    name.isEmpty() ? null : name, born, gender, position,
                    department == null ? null : department.getId(), department == null ? null : department.getName(),
                    email.isEmpty() ? null : email, phone, union, List.copyOf(roles), !errors);
        }
    }

    static String codeKey(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private Department findDepartment(String name) {
        String key = RosterColumn.normalise(name);
        Department d = school.departments().get(key);
        if (d == null && !key.startsWith("to ")) {
            // "Văn phòng" for "Tổ Văn phòng": the word "Tổ" is often left out.
            d = school.departments().get("to " + key);
        }
        return d;
    }

    /** The key a department is found by: "Tổ Khoa học Tự nhiên" and "to khoa hoc tu nhien" are the same. */
    static String departmentKey(String name) {
        return RosterColumn.normalise(name);
    }

    /** dd/MM/yyyy (also with - or .), yyyy-MM-dd, or an Excel day number; null if not a real date. */
    static LocalDate parseDate(String text) {
        try {
            Matcher m = DMY.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = YMD.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(text).matches()) {
                double serial = Double.parseDouble(text);
                if (DateUtil.isValidExcelDate(serial)) {
                    return DateUtil.getLocalDateTime(serial).toLocalDate();
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    static Gender parseGender(String text) {
        return switch (RosterColumn.normalise(text)) {
            case "nam", "m", "male", "trai" -> Gender.MALE;
            case "nu", "f", "female", "gai" -> Gender.FEMALE;
            default -> null;
        };
    }

    static Position parsePosition(String text) {
        String key = RosterColumn.normalise(text);
        for (Position p : Position.values()) {
            String code = p.name().toLowerCase(Locale.ROOT);
            if (key.equals(code) || key.startsWith(code + " ")) {
                return p;
            }
        }
        return switch (key) {
            case "can bo quan ly", "quan ly", "management" -> Position.CBQL;
            case "giao vien", "teacher" -> Position.GV;
            case "nhan vien", "nguoi lao dong", "support staff", "staff" -> Position.NV;
            default -> null;
        };
    }

    static Boolean parseYesNo(String text) {
        return switch (RosterColumn.normalise(text)) {
            case "co", "x", "1", "true", "yes", "y", "dv", "doan vien", "la doan vien", "v" -> Boolean.TRUE;
            case "khong", "0", "false", "no", "n", "k", "ko" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Digits only (spaces, dots, dashes and brackets dropped, a leading + kept), 9 to 15 of them. A 9-digit
     * number gets back the leading 0 that a spreadsheet drops from a number cell.
     */
    static String normalisePhone(String text) {
        String digits = text.replaceAll("[\\s.\\-()]", "");
        boolean plus = digits.startsWith("+");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!digits.matches("\\d{9,15}")) {
            return null;
        }
        if (!plus && digits.length() == 9 && !digits.startsWith("0")) {
            digits = "0" + digits;
        }
        return plus ? "+" + digits : digits;
    }
}
