package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;

/** Read access to schools and their people, for the other modules. Callers check access. */
@Service
@Transactional(readOnly = true)
public class SchoolDirectory {

    private final SchoolRepository schools;
    private final DepartmentRepository departments;
    private final StaffRepository staff;
    private final RoleAssignmentRepository roles;
    private final SupervisorAccountRepository supervisors;
    private final SchoolSettingRepository settings;

    SchoolDirectory(SchoolRepository schools, DepartmentRepository departments, StaffRepository staff,
                    RoleAssignmentRepository roles, SupervisorAccountRepository supervisors,
                    SchoolSettingRepository settings) {
        this.schools = schools;
        this.departments = departments;
        this.staff = staff;
        this.roles = roles;
        this.supervisors = supervisors;
        this.settings = settings;
    }

    /** How the school runs its assembly where the law leaves room; the seed's habits until it says otherwise. */
    public LocalPractice localPractice(long schoolId) {
        return settings.findById(schoolId).map(SchoolSetting::practice).orElseGet(LocalPractice::defaults);
    }

    /** The title the school gave to who took the union's roles (a school without a union), if it gave one. */
    public java.util.Optional<String> unionSubstituteTitle(long schoolId) {
        return settings.findById(schoolId).map(SchoolSetting::getUnionSubstituteTitle).filter(t -> !t.isBlank());
    }

    public SchoolInfo school(long schoolId) {
        return schools.findById(schoolId).map(SchoolDirectory::info)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    /** The levels a school teaches (one, or several for a multi-level school; none when nothing says). */
    public java.util.Set<SchoolLevel> levels(long schoolId) {
        return schools.findById(schoolId).map(s -> SchoolNaming.levels(s.getName(), s.getLevel()))
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    public List<SchoolInfo> schoolsOfBody(long bodyId) {
        return schools.findBySupervisingBodyId(bodyId).stream().map(SchoolDirectory::info)
                .sorted(Comparator.comparing(SchoolInfo::name, Texts.personNameOrder())).toList();
    }

    static SchoolInfo info(School s) {
        return new SchoolInfo(s.getId(), s.getName(), s.getShortCode(), s.getPlaceName(),
                s.getSupervisingBody().getId(), s.getSupervisingBody().getName(), s.getSupervisingBody().getKind(),
                s.isHasUnion(), s.getBoardTermEndsOn(), s.getAssemblyDeadlineMonthOffset(),
                s.getWorkingYearEndsOnMonth());
    }

    public List<DepartmentInfo> departments(long schoolId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : staff.activeCountsByDepartment(schoolId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return departments.findBySchoolIdOrderByName(schoolId).stream()
                .map(d -> new DepartmentInfo(d.getId(), d.getName(), d.isActive(), counts.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    /** Ids of everyone working at the school today: enough to check who may attend or be chosen. */
    public Set<Long> activeStaffIds(long schoolId) {
        return new java.util.HashSet<>(staff.activeIds(schoolId));
    }

    public Set<Long> activeMemberIds(long schoolId, long departmentId) {
        return new java.util.HashSet<>(staff.activeIdsInDepartment(schoolId, departmentId));
    }

    /** Department of each person, in one query. */
    public Map<Long, Long> departmentOf(java.util.Collection<Long> staffIds) {
        Map<Long, Long> out = new HashMap<>();
        if (!staffIds.isEmpty()) {
            staff.findAllById(staffIds).forEach(p -> out.put(p.getId(), p.getDepartmentId()));
        }
        return out;
    }

    /** Full names by id, in one query. */
    public Map<Long, String> names(java.util.Collection<Long> staffIds) {
        Map<Long, String> out = new HashMap<>();
        if (!staffIds.isEmpty()) {
            staff.names(staffIds).forEach(row -> out.put((Long) row[0], (String) row[1]));
        }
        return out;
    }

    public List<DepartmentInfo> activeDepartments(long schoolId) {
        return departments(schoolId).stream().filter(DepartmentInfo::active).toList();
    }

    /** Everyone who works at the school today, sorted the Vietnamese way (by given name). */
    public List<StaffInfo> activeStaff(long schoolId) {
        return allStaff(schoolId, vn.hoinghi.shared.VietnamTime.today()).stream().filter(StaffInfo::active).toList();
    }

    public List<StaffInfo> allStaff(long schoolId, LocalDate rolesOn) {
        Map<Long, String> deptNames = departments.findBySchoolIdOrderByName(schoolId).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        return infos(staff.readBySchoolId(schoolId), deptNames, roles.readBySchool(schoolId), rolesOn);
    }

    /** People with their department's name and the roles in force on the day, sorted the Vietnamese way. */
    private static List<StaffInfo> infos(List<Staff> people, Map<Long, String> deptNames,
                                         List<RoleAssignment> assignments, LocalDate day) {
        Map<Long, Set<Role>> held = new HashMap<>();
        assignments.stream().filter(r -> r.inForceOn(day))
                .forEach(r -> held.computeIfAbsent(r.getStaffId(), k -> EnumSet.noneOf(Role.class)).add(r.getRole()));
        return people.stream()
                .map(p -> toInfo(p, deptNames.get(p.getDepartmentId()), held.getOrDefault(p.getId(), Set.of())))
                .sorted(Comparator.comparing(StaffInfo::fullName, Texts.personNameOrder()))
                .toList();
    }

    public StaffInfo staff(long staffId) {
        Staff p = staff.findById(staffId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        String dept = p.getDepartmentId() == null ? null
                : departments.findById(p.getDepartmentId()).map(Department::getName).orElse(null);
        return toInfo(p, dept, rolesInForce(staffId, vn.hoinghi.shared.VietnamTime.today()));
    }

    public Set<Role> rolesInForce(long staffId, LocalDate day) {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.findByStaffId(staffId).stream().filter(r -> r.inForceOn(day)).forEach(r -> result.add(r.getRole()));
        return result;
    }

    /** Active people who hold the role in the school today. */
    public List<StaffInfo> holders(long schoolId, Role role) {
        if (role == Role.STAFF) {
            return activeStaff(schoolId);
        }
        // a handful of people, found in SQL: reminders ask for them each time a timer fires
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        List<Staff> people = staff.holdersOf(schoolId, role, today);
        if (people.isEmpty()) {
            return List.of();
        }
        Map<Long, String> deptNames = new HashMap<>();
        departments.findAllById(people.stream().map(Staff::getDepartmentId).filter(java.util.Objects::nonNull)
                .distinct().toList()).forEach(d -> deptNames.put(d.getId(), d.getName()));
        return infos(people, deptNames, roles.findByStaffIdIn(people.stream().map(Staff::getId).toList()), today);
    }

    /** Whether the person works at the school and holds the role today (a department's role: for that department). */
    public boolean holdsToday(long schoolId, long staffId, Role role, Long departmentId) {
        Staff p = staff.findById(staffId).orElse(null);
        if (p == null || !p.getSchoolId().equals(schoolId) || !p.isActive()) {
            return false;
        }
        if (role == Role.STAFF) {
            return true;
        }
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        return roles.findByStaffId(staffId).stream().anyMatch(r -> r.getRole() == role && r.inForceOn(today)
                && (departmentId == null || departmentId.equals(r.getDepartmentId())));
    }

    /** Who held a department's role on the day (the department head who signs its minutes), if anyone. */
    public java.util.Optional<String> departmentRoleHolder(long schoolId, long departmentId, Role role, LocalDate day) {
        return roles.readBySchool(schoolId).stream()
                .filter(r -> r.getRole() == role && Long.valueOf(departmentId).equals(r.getDepartmentId())
                        && r.inForceOn(day))
                .map(RoleAssignment::getStaffId).findFirst()
                .flatMap(id -> staff.findById(id).map(Staff::getFullName));
    }

    /** Display names of many usernames in two queries; unknown usernames map to themselves. */
    public Map<String, String> displayNames(java.util.Collection<String> usernames) {
        Map<String, String> out = new HashMap<>();
        List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return out;
        }
        staff.namesByUsername(wanted).forEach(row -> out.put((String) row[0], (String) row[1]));
        List<String> rest = wanted.stream().filter(u -> !out.containsKey(u)).toList();
        if (!rest.isEmpty()) {
            supervisors.namesByUsername(rest).forEach(row -> out.put((String) row[0], (String) row[1]));
        }
        wanted.forEach(u -> out.putIfAbsent(u, u));
        return out;
    }

    /** The e-mail address of a staff member or officer, when they have one (for notifications). */
    public java.util.Optional<String> emailOf(String username) {
        if (username == null) {
            return java.util.Optional.empty();
        }
        String email = staff.findByUsername(username).map(Staff::getEmail)
                .orElseGet(() -> supervisors.findByUsername(username).map(SupervisorAccount::getEmail).orElse(null));
        return email == null || email.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(email.strip());
    }

    /** The usernames of a supervising body's officers. */
    public List<String> officerUsernames(long bodyId) {
        return supervisors.usernamesOfBody(bodyId);
    }

    /** The display name behind a username, staff or officer; the username itself when unknown. */
    public String displayName(String username) {
        return username == null ? "" : displayNames(List.of(username)).get(username);
    }

    private static StaffInfo toInfo(Staff p, String deptName, Set<Role> held) {
        Set<Role> all = EnumSet.of(Role.STAFF);
        all.addAll(held);
        return new StaffInfo(p.getId(), p.getCode(), p.getFullName(), p.getPosition(), p.getDepartmentId(), deptName,
                p.getUsername(), p.getEmail(), p.isUnionMember(), p.isActive(), all);
    }
}
