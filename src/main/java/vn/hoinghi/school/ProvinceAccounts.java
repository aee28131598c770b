package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.ProvinceRecords.AccountRow;
import vn.hoinghi.school.ProvinceRecords.OneTimePassword;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * Accounts above the schools: each body's officers (the system administrator's) and each school's
 * administrators, whom the system administrator and the officers of the school's own body may reset
 * and unlock — nobody else's. One-time passwords are shown once and mailed when mail is configured.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SUPERVISOR')")
public class ProvinceAccounts {

    private final SupervisorAccountRepository officers;
    private final SupervisingBodyRepository bodies;
    private final SchoolRepository schools;
    private final StaffRepository staff;
    private final RoleAssignmentRepository roles;
    private final ProvinceQueries queries;
    private final Accounts accounts;
    private final InitialPasswords passwords;
    private final AccountMailer mailer;

    ProvinceAccounts(SupervisorAccountRepository officers, SupervisingBodyRepository bodies, SchoolRepository schools,
                     StaffRepository staff, RoleAssignmentRepository roles, ProvinceQueries queries,
                     Accounts accounts, InitialPasswords passwords, AccountMailer mailer) {
        this.officers = officers;
        this.bodies = bodies;
        this.schools = schools;
        this.staff = staff;
        this.roles = roles;
        this.queries = queries;
        this.accounts = accounts;
        this.passwords = passwords;
        this.mailer = mailer;
    }

    // --- officers: the system administrator's

    @Transactional(readOnly = true)
    public List<AccountRow> officers(long bodyId) {
        requireSystemAdmin();
        SupervisingBody body = body(bodyId);
        var now = VietnamTime.now();
        return queries.officersOf(bodyId).stream().map(o -> new AccountRow(o.getId(), o.getUsername(),
                o.getFullName(), o.getEmail(), bodyId, body.getName(), o.isActive(), o.isLockedAt(now),
                o.isMustChangePassword())).toList();
    }

    public OneTimePassword createOfficer(long bodyId, String fullName, String email) {
        requireSystemAdmin();
        SupervisingBody body = body(bodyId);
        if (!body.isActive()) {
            throw new BusinessRuleException("province.body.inactive", body.getName());
        }
        String name = ProvinceService.trim(fullName);
        if (name == null) {
            throw BusinessRuleException.onField("fullName", "province.account.nameRequired");
        }
        String mail = ProvinceService.trim(email);
        if (mail != null && !ProvinceService.EMAIL.matcher(mail).matches()) {
            throw BusinessRuleException.onField("email", "province.school.badEmail", mail);
        }
        String username = accounts.uniqueUsername(name);
        String password = passwords.generate();
        SupervisorAccount o = new SupervisorAccount(bodyId, username, name, passwords.hash(password));
        o.update(name, mail);
        o.setMustChangePassword(true);
        // A body without a leader gets its first one here; the leader then manages its units and people.
        if (queries.officersOf(bodyId).stream()
                .noneMatch(p -> p.isActive() && p.getBodyRole() == vn.hoinghi.security.BodyRole.LEADER)) {
            o.place(null, vn.hoinghi.security.BodyRole.LEADER);
        }
        officers.save(o);
        return new OneTimePassword(username, name, password, mail(name, mail, username, password));
    }

    public OneTimePassword resetOfficer(long officerId) {
        requireSystemAdmin();
        SupervisorAccount o = officer(officerId);
        String password = passwords.generate();
        o.changePasswordHash(passwords.hash(password));
        o.setMustChangePassword(true);
        o.unlock();
        return new OneTimePassword(o.getUsername(), o.getFullName(), password,
                mail(o.getFullName(), o.getEmail(), o.getUsername(), password));
    }

    public void unlockOfficer(long officerId) {
        requireSystemAdmin();
        officer(officerId).unlock();
    }

    public void setOfficerActive(long officerId, boolean active) {
        requireSystemAdmin();
        officer(officerId).setActive(active);
    }

    void endOfficerSessions(long bodyId) {
        queries.officersOf(bodyId).forEach(AccountBase::endSessions);
    }

    // --- school administrators: the system administrator's, and their own body's officers'

    @Transactional(readOnly = true)
    public List<AccountRow> schoolAdministrators(long bodyId) {
        requireBody(bodyId);
        var now = VietnamTime.now();
        List<AccountRow> rows = new ArrayList<>();
        for (Object[] r : queries.schoolAdministrators(bodyId, VietnamTime.today())) {
            Staff p = (Staff) r[0];
            School s = (School) r[1];
            rows.add(new AccountRow(p.getId(), p.getUsername(), p.getFullName(), p.getEmail(), s.getId(),
                    s.getName(), p.isActive(), p.isLockedAt(now), p.isMustChangePassword()));
        }
        return rows;
    }

    public OneTimePassword resetSchoolAdministrator(long staffId) {
        Staff p = schoolAdministrator(staffId);
        String password = passwords.generate();
        p.changePasswordHash(passwords.hash(password));
        p.setMustChangePassword(true);
        p.unlock();
        return new OneTimePassword(p.getUsername(), p.getFullName(), password,
                mail(p.getFullName(), p.getEmail(), p.getUsername(), password));
    }

    public void unlockSchoolAdministrator(long staffId) {
        schoolAdministrator(staffId).unlock();
    }

    /** A school's first (or another) administrator, on demand; the principal's roles too when it is them. */
    public IssuedAccount createSchoolAdministrator(long schoolId, String fullName, String email, boolean principal) {
        requireSystemAdmin();
        String name = ProvinceService.trim(fullName);
        if (name == null) {
            throw BusinessRuleException.onField("fullName", "province.account.nameRequired");
        }
        String mail = ProvinceService.trim(email);
        if (mail != null && !ProvinceService.EMAIL.matcher(mail).matches()) {
            throw BusinessRuleException.onField("email", "province.school.badEmail", mail);
        }
        return firstAdministrator(schoolId, name, mail, principal);
    }

    IssuedAccount firstAdministrator(long schoolId, String fullName, String email, boolean principal) {
        School school = schools.findById(schoolId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        String prefix = principal ? "HT" : "QT";
        String code = prefix + "01";
        for (int n = 2; staff.existsBySchoolIdAndCode(schoolId, code); n++) {
            code = prefix + String.format("%02d", n);
        }
        String username = accounts.uniqueUsername(fullName);
        String password = passwords.generate();
        Staff p = new Staff(schoolId, code, fullName, principal ? Position.CBQL : Position.NV, null, username,
                passwords.hash(password));
        p.update(fullName, p.getPosition(), null, email, true);
        p.setMustChangePassword(true);
        staff.save(p);
        LocalDate today = VietnamTime.today();
        ProvinceService.firstAdministratorRoles(principal)
                .forEach(r -> roles.save(new RoleAssignment(p.getId(), r, null, today)));
        mail(fullName, email, username, password);
        return new IssuedAccount(p.getId(), code, fullName, school.getName(), username, password, email);
    }

    /** Whether the school has an administrator in force today. */
    @Transactional(readOnly = true)
    public boolean hasAdministrator(long schoolId) {
        // an officer asks of their own body's schools only (the access matrix found every school open to them)
        requireBody(schools.findById(schoolId).orElseThrow(() -> new BusinessRuleException("error.notFound"))
                .getSupervisingBody().getId());
        return !staff.holdersOf(schoolId, Role.ADMIN, VietnamTime.today()).isEmpty();
    }

    @Transactional(readOnly = true)
    public boolean mailsPasswords() {
        return mailer.enabled();
    }

    private boolean mail(String fullName, String email, String username, String password) {
        return mailer.send(List.of(new AccountMailer.Credential(fullName, email, username, password))) > 0;
    }

    private Staff schoolAdministrator(long staffId) {
        Staff p = staff.findById(staffId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        School school = schools.findById(p.getSchoolId()).orElseThrow();
        requireBody(school.getSupervisingBody().getId());
        if (staff.holdersOf(school.getId(), Role.ADMIN, VietnamTime.today()).stream()
                .noneMatch(a -> a.getId().equals(p.getId()))) {
            // Officers look after the schools' administrators, not the schools' staff.
            throw new BusinessRuleException("error.accessDenied");
        }
        return p;
    }

    private static void requireSystemAdmin() {
        if (!CurrentUser.require().hasRole(Role.SYSTEM_ADMIN)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    /** The system administrator reaches every body; an officer only their own. */
    private static void requireBody(long bodyId) {
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SYSTEM_ADMIN) && !(user.hasRole(Role.SUPERVISOR) && user.supervises(bodyId))) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    private SupervisorAccount officer(long officerId) {
        return officers.findById(officerId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private SupervisingBody body(long bodyId) {
        return bodies.findById(bodyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }
}
