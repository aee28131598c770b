package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * Setting up supervising bodies, their schools and people, and moving a school to another body with
 * its history kept. Start-up loaders (demo data) and tests call it while nobody is signed in; of the
 * signed-in, only the system administrator (ProvinceService) may. Callers pass password hashes, so a
 * loader encodes its one demo password once instead of once per person.
 */
@Service
@Transactional
public class SchoolRegistry {

    private static final Logger log = LoggerFactory.getLogger(SchoolRegistry.class);

    private final SupervisingBodyRepository bodies;
    private final SchoolRepository schools;
    private final DepartmentRepository departments;
    private final StaffRepository staff;
    private final RoleAssignmentRepository roles;
    private final SupervisorAccountRepository supervisors;
    private final SchoolBodyHistoryRepository history;
    private final Accounts accounts;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SchoolSettingRepository settings;
    private final BodyUnitRepository units;

    SchoolRegistry(SupervisingBodyRepository bodies, SchoolRepository schools, DepartmentRepository departments,
                   StaffRepository staff, RoleAssignmentRepository roles, SupervisorAccountRepository supervisors,
                   SchoolBodyHistoryRepository history, Accounts accounts,
                   org.springframework.context.ApplicationEventPublisher events, SchoolSettingRepository settings,
                   BodyUnitRepository units) {
        this.units = units;
        this.settings = settings;
        this.accounts = accounts;
        this.events = events;
        this.bodies = bodies;
        this.schools = schools;
        this.departments = departments;
        this.staff = staff;
        this.roles = roles;
        this.supervisors = supervisors;
        this.history = history;
    }

    public long createBody(String name, BodyKind kind) {
        requireSystem();
        return bodies.save(new SupervisingBody(name, kind)).getId();
    }

    /** The body with this name, if one exists (names are how people tell bodies apart). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> bodyNamed(String name) {
        return bodies.findAll().stream().filter(b -> b.getName().equals(name)).map(SupervisingBody::getId).findFirst();
    }

    public long createSupervisor(long bodyId, String username, String fullName, String passwordHash) {
        requireSystem();
        body(bodyId);
        requireFreeUsername(username);
        return supervisors.save(new SupervisorAccount(bodyId, username, fullName, passwordHash)).getId();
    }

    /** An officer placed in a unit (null: none) with a role in the body, for loaders and tests. */
    public long createSupervisor(long bodyId, String username, String fullName, String passwordHash,
                                 vn.hoinghi.security.BodyRole role, Long unitId) {
        long id = createSupervisor(bodyId, username, fullName, passwordHash);
        supervisors.findById(id).orElseThrow().place(unitId, role);
        return id;
    }

    /** A body's office or unit, for loaders and tests. */
    public long createUnit(long bodyId, String name) {
        requireSystem();
        body(bodyId);
        int position = units.findBySupervisingBodyIdOrderByPositionAscIdAsc(bodyId).size() + 1;
        return units.save(new BodyUnit(bodyId, name, position)).id;
    }

    /** Places an existing officer (by username) in a unit with a role, for loaders. */
    public void placeSupervisor(String username, vn.hoinghi.security.BodyRole role, Long unitId) {
        requireSystem();
        supervisors.findByUsername(username).orElseThrow(() -> new BusinessRuleException("error.notFound"))
                .place(unitId, role);
    }

    /** A new school under a body; its membership is recorded from the given day. */
    public long createSchool(String name, String shortCode, String placeName, long bodyId, boolean hasUnion,
                             LocalDate memberSince) {
        requireSystem();
        return saveSchool(new School(name, shortCode, placeName, body(bodyId), hasUnion), memberSince).getId();
    }

    School saveSchool(School newSchool, LocalDate memberSince) {
        requireSystem();
        School school = schools.save(newSchool);
        long bodyId = school.getSupervisingBody().getId();
        history.save(new SchoolBodyHistory(school.getId(), bodyId, memberSince));
        return school;
    }

    public long addDepartment(long schoolId, String name) {
        requireSystem();
        return departments.save(new Department(school(schoolId).getId(), name)).getId();
    }

    public long addStaff(long schoolId, String code, String fullName, Position position, Long departmentId,
                         String username, String passwordHash, String email) {
        requireSystem();
        school(schoolId);
        requireFreeUsername(username);
        Staff p = new Staff(schoolId, code, fullName, position, departmentId, username, passwordHash);
        p.update(fullName, position, departmentId, email, true);
        return staff.save(p).getId();
    }

    public void assignRole(long staffId, Role role, Long departmentId, LocalDate from) {
        requireSystem();
        staff.findById(staffId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        roles.save(new RoleAssignment(staffId, role, role.departmentScoped() ? departmentId : null, from));
    }

    /**
     * Moves a school to another body from a day on (today or earlier): the old membership ends the day
     * before, so the old body's officers stop seeing the school and the new body's officers see it, with the
     * history kept; SchoolMoved hands the school's open dossier review to the new body.
     */
    public void moveSchool(long schoolId, long toBodyId, LocalDate on) {
        requireSystem();
        School school = school(schoolId);
        SupervisingBody target = body(toBodyId);
        long fromBodyId = school.getSupervisingBody().getId();
        if (fromBodyId == target.getId()) {
            throw new BusinessRuleException("school.alreadyUnderBody", school.getName(), target.getName());
        }
        if (!target.isActive()) {
            throw new BusinessRuleException("province.body.inactive", target.getName());
        }
        if (on == null) {
            throw new BusinessRuleException("province.move.dateRequired");
        }
        if (on.isAfter(VietnamTime.today())) {
            throw new BusinessRuleException("province.move.future");
        }
        List<SchoolBodyHistory> periods = history.findBySchoolIdOrderByValidFromAscIdAsc(schoolId);
        SchoolBodyHistory current = periods.stream().filter(h -> h.getValidTo() == null).reduce((a, b) -> b)
                .orElse(null);
        if (current != null) {
            if (on.isBefore(current.getValidFrom())) {
                throw new BusinessRuleException("school.moveBeforeMembership");
            }
            current.endOn(on.minusDays(1).isBefore(current.getValidFrom()) ? current.getValidFrom() : on.minusDays(1));
        }
        history.save(new SchoolBodyHistory(schoolId, toBodyId, on));
        school.moveTo(target);
        events.publishEvent(new SchoolMoved(schoolId, fromBodyId, toBodyId, on));
        log.info("School {} moved to supervising body {} from {}", schoolId, toBodyId, on);
    }

    @Transactional(readOnly = true)
    public List<BodyMembership> memberships(long schoolId) {
        Map<Long, String> names = bodies.findAll().stream()
                .collect(Collectors.toMap(SupervisingBody::getId, SupervisingBody::getName));
        return history.findBySchoolIdOrderByValidFromAscIdAsc(schoolId).stream()
                .map(h -> new BodyMembership(h.getSchoolId(), h.getSupervisingBodyId(),
                        names.get(h.getSupervisingBodyId()), h.getValidFrom(), h.getValidTo()))
                .toList();
    }

    /** After the loaders ran: search keys and first memberships for schools saved without them. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void completeSchoolRecords() {
        List<School> withoutKey = history.schoolsWithoutSearchKey();
        withoutKey.forEach(School::refreshSearchKey);
        List<School> withoutHistory = history.schoolsWithoutHistory();
        LocalDate today = VietnamTime.today();
        withoutHistory.forEach(s -> history.save(new SchoolBodyHistory(s.getId(), s.getSupervisingBody().getId(), today)));
        if (!withoutKey.isEmpty() || !withoutHistory.isEmpty()) {
            log.info("Completed {} search keys and {} body memberships", withoutKey.size(), withoutHistory.size());
        }
    }

    @Transactional(readOnly = true)
    public long countSchools() {
        return schools.count();
    }

    /** A school's own local practice, as its administrator would set it (a loaded school that differs from the seed). */
    public void setLocalPractice(long schoolId, LocalPractice practice) {
        requireSystem();
        SchoolSetting setting = settings.findById(schoolId).orElseGet(() -> new SchoolSetting(schoolId));
        setting.apply(practice);
        settings.save(setting);
    }

    private static void requireSystem() {
        if (CurrentUser.find().filter(u -> !u.hasRole(Role.SYSTEM_ADMIN)).isPresent()) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    private void requireFreeUsername(String username) {
        if (accounts.taken(username)) {
            throw new BusinessRuleException("school.usernameTaken", username);
        }
    }

    private SupervisingBody body(long bodyId) {
        return bodies.findById(bodyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private School school(long schoolId) {
        return schools.findById(schoolId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
