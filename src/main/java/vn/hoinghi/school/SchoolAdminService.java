package vn.hoinghi.school;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;

/** A school administrator's set-up of staff, departments and role holders, always in their own school. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class SchoolAdminService {

    private static final String PASSWORD_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final RoleAssignmentRepository roles;
    private final PasswordEncoder passwordEncoder;

    SchoolAdminService(StaffRepository staff, DepartmentRepository departments, RoleAssignmentRepository roles,
                       PasswordEncoder passwordEncoder) {
        this.staff = staff;
        this.departments = departments;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
    }

    private long mySchool() {
        AppUser user = CurrentUser.require();
        if (user.schoolId() == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return user.schoolId();
    }

    public CreatedAccount addStaff(NewStaff form) {
        long schoolId = mySchool();
        validate(form, schoolId);
        if (staff.existsBySchoolIdAndCode(schoolId, form.getCode().trim())) {
            throw new BusinessRuleException("staff.duplicateCode", form.getCode().trim());
        }
        String username = uniqueUsername(form.getFullName());
        String password = randomPassword();
        Staff p = new Staff(schoolId, form.getCode().trim(), form.getFullName().trim(), form.getPosition(),
                form.getDepartmentId(), username, passwordEncoder.encode(password));
        p.update(form.getFullName().trim(), form.getPosition(), form.getDepartmentId(), blankToNull(form.getEmail()),
                form.isUnionMember());
        staff.save(p);
        return new CreatedAccount(p.getId(), username, password);
    }

    public void updateStaff(long staffId, NewStaff form) {
        long schoolId = mySchool();
        Staff p = ownStaff(staffId, schoolId);
        validate(form, schoolId);
        p.update(form.getFullName().trim(), form.getPosition(), form.getDepartmentId(), blankToNull(form.getEmail()),
                form.isUnionMember());
    }

    /** Leaving deactivates the person and ends their roles; their name stays in past records. */
    public void deactivate(long staffId) {
        Staff p = ownStaff(staffId, mySchool());
        p.setActive(false);
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        roles.findByStaffId(staffId).stream().filter(r -> r.getValidTo() == null).forEach(r -> r.endOn(today));
    }

    public void reactivate(long staffId) {
        ownStaff(staffId, mySchool()).setActive(true);
    }

    public String resetPassword(long staffId) {
        Staff p = ownStaff(staffId, mySchool());
        String password = randomPassword();
        p.changePasswordHash(passwordEncoder.encode(password));
        return password;
    }

    public long addDepartment(String name) {
        long schoolId = mySchool();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException("department.nameRequired");
        }
        if (departments.existsBySchoolIdAndNameIgnoreCase(schoolId, trimmed)) {
            throw new BusinessRuleException("department.duplicate", trimmed);
        }
        return departments.save(new Department(schoolId, trimmed)).getId();
    }

    public void renameDepartment(long departmentId, String name) {
        long schoolId = mySchool();
        Department d = ownDepartment(departmentId, schoolId);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException("department.nameRequired");
        }
        if (!d.getName().equalsIgnoreCase(trimmed) && departments.existsBySchoolIdAndNameIgnoreCase(schoolId, trimmed)) {
            throw new BusinessRuleException("department.duplicate", trimmed);
        }
        d.rename(trimmed);
    }

    public void setDepartmentActive(long departmentId, boolean active) {
        ownDepartment(departmentId, mySchool()).setActive(active);
    }

    public void assignRole(long staffId, Role role, Long departmentId, LocalDate from) {
        long schoolId = mySchool();
        Staff p = ownStaff(staffId, schoolId);
        if (role == Role.SUPERVISOR || role == Role.STAFF) {
            throw new BusinessRuleException("role.notAssignable");
        }
        if (!p.isActive()) {
            throw new BusinessRuleException("role.inactiveStaff", p.getFullName());
        }
        if (role.departmentScoped()) {
            if (departmentId == null) {
                throw new BusinessRuleException("role.departmentRequired");
            }
            ownDepartment(departmentId, schoolId);
        }
        LocalDate start = from == null ? vn.hoinghi.shared.VietnamTime.today() : from;
        boolean already = roles.findByStaffId(staffId).stream()
                .anyMatch(r -> r.getRole() == role && r.inForceOn(start)
                        && (!role.departmentScoped() || departmentId.equals(r.getDepartmentId())));
        if (already) {
            throw new BusinessRuleException("role.alreadyHeld", p.getFullName());
        }
        roles.save(new RoleAssignment(staffId, role, role.departmentScoped() ? departmentId : null, start));
    }

    public void endRole(long assignmentId, LocalDate on) {
        long schoolId = mySchool();
        RoleAssignment r = roles.findById(assignmentId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        ownStaff(r.getStaffId(), schoolId);
        LocalDate end = on == null ? vn.hoinghi.shared.VietnamTime.today() : on;
        if (end.isBefore(r.getValidFrom())) {
            throw new BusinessRuleException("role.endBeforeStart");
        }
        r.endOn(end);
    }

    @Transactional(readOnly = true)
    public List<RoleHolder> roleHolders() {
        long schoolId = mySchool();
        List<Staff> people = staff.findBySchoolId(schoolId);
        Map<Long, Staff> byId = people.stream().collect(Collectors.toMap(Staff::getId, p -> p));
        Map<Long, String> deptNames = departments.findBySchoolIdOrderByName(schoolId).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        return roles.findByStaffIdIn(people.stream().map(Staff::getId).toList()).stream()
                .map(r -> new RoleHolder(r.getId(), r.getStaffId(), byId.get(r.getStaffId()).getFullName(), r.getRole(),
                        r.getDepartmentId(), deptNames.get(r.getDepartmentId()), r.getValidFrom(), r.getValidTo()))
                .sorted(java.util.Comparator.comparing(RoleHolder::role)
                        .thenComparing(RoleHolder::fullName, Texts.personNameOrder()))
                .toList();
    }

    private void validate(NewStaff form, long schoolId) {
        if (form.getCode() == null || form.getCode().isBlank()) {
            throw new BusinessRuleException("staff.codeRequired");
        }
        if (form.getFullName() == null || form.getFullName().isBlank()) {
            throw new BusinessRuleException("staff.nameRequired");
        }
        if (form.getPosition() == null) {
            throw new BusinessRuleException("staff.positionRequired");
        }
        if (form.getDepartmentId() != null) {
            ownDepartment(form.getDepartmentId(), schoolId);
        }
    }

    private Staff ownStaff(long staffId, long schoolId) {
        Staff p = staff.findById(staffId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!p.getSchoolId().equals(schoolId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return p;
    }

    private Department ownDepartment(long departmentId, long schoolId) {
        Department d = departments.findById(departmentId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!d.getSchoolId().equals(schoolId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return d;
    }

    /** "Nguyễn Thị Thu Hà" → "hantt", made unique with a number. */
    String uniqueUsername(String fullName) {
        String base = Usernames.fromName(fullName);
        String candidate = base;
        int n = 2;
        while (staff.existsByUsername(candidate)) {
            candidate = base + n++;
        }
        return candidate;
    }

    private String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
