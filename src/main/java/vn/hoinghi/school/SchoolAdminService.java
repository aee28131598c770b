package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
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

    /** The staff list sorts by these only; anything else falls back to the name. */
    private static final Set<String> SORTABLE = Set.of("code", "sortKey", "position", "username", "active");

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final RoleAssignmentRepository roles;
    private final Accounts accounts;
    private final InitialPasswords passwords;
    private final AccountMailer mailer;
    private final List<HeldTasks> heldTasks;

    SchoolAdminService(StaffRepository staff, DepartmentRepository departments, RoleAssignmentRepository roles,
                       Accounts accounts, InitialPasswords passwords, AccountMailer mailer,
                       List<HeldTasks> heldTasks) {
        this.heldTasks = heldTasks;
        this.staff = staff;
        this.departments = departments;
        this.roles = roles;
        this.accounts = accounts;
        this.passwords = passwords;
        this.mailer = mailer;
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
        String password = passwords.generate();
        Staff p = new Staff(schoolId, form.getCode().trim(), form.getFullName().trim(), form.getPosition(),
                form.getDepartmentId(), username, passwords.hash(password));
        p.update(form.getFullName().trim(), form.getPosition(), form.getDepartmentId(), blankToNull(form.getEmail()),
                form.isUnionMember());
        p.updatePersonal(form.getDateOfBirth(), form.getGender(), phone(form.getPhone()));
        p.setMustChangePassword(true);
        staff.save(p);
        mailer.send(List.of(new AccountMailer.Credential(p.getFullName(), p.getEmail(), username, password)));
        return new CreatedAccount(p.getId(), username, password);
    }

    public void updateStaff(long staffId, NewStaff form) {
        long schoolId = mySchool();
        Staff p = ownStaff(staffId, schoolId);
        validate(form, schoolId);
        p.update(form.getFullName().trim(), form.getPosition(), form.getDepartmentId(), blankToNull(form.getEmail()),
                form.isUnionMember());
        p.updatePersonal(form.getDateOfBirth(), form.getGender(), phone(form.getPhone()));
    }

    /** The open tasks the person holds by name, each with who may take it over; empty when none. */
    @Transactional(readOnly = true)
    public List<HeldTasks.HeldTask> heldTasks(long staffId) {
        long schoolId = mySchool();
        ownStaff(staffId, schoolId);
        return heldTasks.stream().flatMap(h -> h.heldBy(schoolId, staffId).stream()).toList();
    }

    /**
     * Gives each of the person's open tasks to its new holder, then deactivates them, all or nothing:
     * newHolders maps a task id to the staff id who takes it over.
     */
    public void handOverAndDeactivate(long staffId, Map<String, Long> newHolders, String reason) {
        long schoolId = mySchool();
        ownStaff(staffId, schoolId);
        for (HeldTasks source : heldTasks) {
            for (HeldTasks.HeldTask task : source.heldBy(schoolId, staffId)) {
                Long to = newHolders == null ? null : newHolders.get(task.taskId());
                if (to == null) {
                    throw BusinessRuleException.onField("holder." + task.taskId(), "staff.newHolderRequired",
                            task.name());
                }
                try {
                    source.reassign(task.taskId(), to, reason);
                } catch (BusinessRuleException e) {
                    throw "reason".equals(e.field()) ? e : e.at("holder." + task.taskId());
                }
            }
        }
        deactivate(staffId);
    }

    /**
     * Leaving deactivates the person and ends their roles; their name stays in past records. Refused while they
     * hold open tasks: those get a new holder first (handOverAndDeactivate).
     */
    public void deactivate(long staffId) {
        long schoolId = mySchool();
        Staff p = ownStaff(staffId, schoolId);
        int held = heldTasks.stream().mapToInt(h -> h.heldBy(schoolId, staffId).size()).sum();
        if (held > 0) {
            throw new BusinessRuleException("staff.holdsTasks", p.getFullName(), held);
        }
        p.setActive(false);
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        roles.findByStaffId(staffId).stream().filter(r -> r.getValidTo() == null).forEach(r -> r.endOn(today));
    }

    public void reactivate(long staffId) {
        ownStaff(staffId, mySchool()).setActive(true);
    }

    /** A new one-time password; the person must choose their own at the next sign-in. Also lifts a lock. */
    public String resetPassword(long staffId) {
        Staff p = ownStaff(staffId, mySchool());
        String password = passwords.generate();
        p.changePasswordHash(passwords.hash(password));
        p.setMustChangePassword(true);
        p.unlock();
        mailer.send(List.of(new AccountMailer.Credential(p.getFullName(), p.getEmail(), p.getUsername(), password)));
        return password;
    }

    /** Lifts a lock-out after repeated wrong passwords before it runs out by itself. */
    public void unlock(long staffId) {
        ownStaff(staffId, mySchool()).unlock();
    }

    /** Whether new and reset passwords are also mailed to their owners. */
    @Transactional(readOnly = true)
    public boolean mailsPasswords() {
        return mailer.enabled();
    }

    /** One page of the school's staff, searched and sorted in SQL; roles in force today for that page only. */
    @Transactional(readOnly = true)
    public List<StaffRow> staffPage(StaffFilter filter, Pageable pageable) {
        long schoolId = mySchool();
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), safeSort(pageable.getSort()));
        List<Staff> people = staff.findPage(schoolId, filter.includeLeft(), searchPattern(filter.search()), page);
        if (people.isEmpty()) {
            return List.of();
        }
        Map<Long, String> deptNames = departments.findBySchoolIdOrderByName(schoolId).stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        Map<Long, Set<Role>> held = new HashMap<>();
        roles.findByStaffIdIn(people.stream().map(Staff::getId).toList()).stream()
                .filter(r -> r.inForceOn(today))
                .forEach(r -> held.computeIfAbsent(r.getStaffId(), k -> EnumSet.noneOf(Role.class)).add(r.getRole()));
        java.time.LocalDateTime now = vn.hoinghi.shared.VietnamTime.now();
        return people.stream().map(p -> new StaffRow(p.getId(), p.getCode(), p.getFullName(), p.getPosition(),
                p.getDepartmentId(), deptNames.get(p.getDepartmentId()), p.getUsername(), p.getEmail(), p.getPhone(),
                p.getDateOfBirth(), p.getGender(), p.isUnionMember(), p.isActive(),
                held.getOrDefault(p.getId(), Set.of()), p.isLockedAt(now), p.isMustChangePassword())).toList();
    }

    @Transactional(readOnly = true)
    public long countStaff(StaffFilter filter) {
        return staff.countPage(mySchool(), filter.includeLeft(), searchPattern(filter.search()));
    }

    private static Sort safeSort(Sort requested) {
        Sort sort = Sort.by(requested.stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        // The id last keeps pages stable when names are equal.
        return (sort.isUnsorted() ? Sort.by("sortKey") : sort).and(Sort.by("id"));
    }

    /** A LIKE pattern over the diacritic-free search key; '!' escapes the wildcards a person might type. */
    static String searchPattern(String search) {
        String key = Texts.searchKey(search).replaceAll("\\s+", " ");
        return "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
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
        if (!role.assignableInSchool()) {
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
        // The person's open sessions end, so the new role is there at their next sign-in, not next week.
        p.endSessions();
    }

    public void endRole(long assignmentId, LocalDate on) {
        long schoolId = mySchool();
        RoleAssignment r = roles.findById(assignmentId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        Staff holder = ownStaff(r.getStaffId(), schoolId);
        LocalDate end = on == null ? vn.hoinghi.shared.VietnamTime.today() : on;
        if (end.isBefore(r.getValidFrom())) {
            throw new BusinessRuleException("role.endBeforeStart");
        }
        r.endOn(end);
        holder.endSessions();
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
        if (form.getPhone() != null && !form.getPhone().isBlank()
                && RosterValidator.normalisePhone(form.getPhone()) == null) {
            throw new BusinessRuleException("staff.phoneInvalid", form.getPhone());
        }
        if (form.getDateOfBirth() != null && form.getDateOfBirth().isAfter(vn.hoinghi.shared.VietnamTime.today())) {
            throw new BusinessRuleException("staff.dateOfBirthFuture");
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

    /** "Nguyễn Thị Thu Hà" → "hantt", made unique with a number (also against the supervisors' usernames). */
    String uniqueUsername(String fullName) {
        return accounts.uniqueUsername(fullName);
    }

    private static String phone(String s) {
        return s == null || s.isBlank() ? null : RosterValidator.normalisePhone(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
