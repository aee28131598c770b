package vn.hoinghi.school;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.ProvinceRecords.OneTimePassword;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.BodyRole;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * A supervising body's offices and units and its people with their roles, managed as a school's staff are: by
 * the body's leader or deputy leader (and the province's system administrator). Any officer of the body reads them.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SUPERVISOR')")
public class BodyUnits {

    public record UnitRow(long id, String name, long people) {
    }

    public record PersonRow(long id, String username, String fullName, String email, BodyRole role, Long unitId,
                            String unitName, boolean active) {
    }

    private final BodyUnitRepository units;
    private final SupervisorAccountRepository officers;
    private final SupervisingBodyRepository bodies;
    private final ProvinceQueries queries;
    private final Accounts accounts;
    private final InitialPasswords passwords;
    private final AccountMailer mailer;

    BodyUnits(BodyUnitRepository units, SupervisorAccountRepository officers, SupervisingBodyRepository bodies,
              ProvinceQueries queries, Accounts accounts, InitialPasswords passwords, AccountMailer mailer) {
        this.units = units;
        this.officers = officers;
        this.bodies = bodies;
        this.queries = queries;
        this.accounts = accounts;
        this.passwords = passwords;
        this.mailer = mailer;
    }

    @Transactional(readOnly = true)
    public List<UnitRow> units(long bodyId) {
        requireReader(bodyId);
        List<SupervisorAccount> people = queries.officersOf(bodyId);
        return units.findBySupervisingBodyIdOrderByPositionAscIdAsc(bodyId).stream()
                .map(u -> new UnitRow(u.id, u.name, people.stream()
                        .filter(p -> p.isActive() && u.id.equals(p.getUnitId())).count()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PersonRow> people(long bodyId) {
        requireReader(bodyId);
        var names = units.findBySupervisingBodyIdOrderByPositionAscIdAsc(bodyId).stream()
                .collect(java.util.stream.Collectors.toMap(u -> u.id, u -> u.name));
        return queries.officersOf(bodyId).stream()
                .sorted(Comparator.comparing((SupervisorAccount o) -> o.getBodyRole().ordinal())
                        .thenComparing(SupervisorAccount::getFullName))
                .map(o -> new PersonRow(o.getId(), o.getUsername(), o.getFullName(), o.getEmail(), o.getBodyRole(),
                        o.getUnitId(), o.getUnitId() == null ? null : names.get(o.getUnitId()), o.isActive()))
                .toList();
    }

    /** Whether the signed-in person may change the body's units and people. */
    @Transactional(readOnly = true)
    public boolean canManage(long bodyId) {
        AppUser user = CurrentUser.require();
        return user.hasRole(Role.SYSTEM_ADMIN) || user.leadsBody(bodyId);
    }

    public long addUnit(long bodyId, String name) {
        requireManager(bodyId);
        String n = name(bodyId, name, null);
        int position = units.findBySupervisingBodyIdOrderByPositionAscIdAsc(bodyId).size() + 1;
        return units.save(new BodyUnit(bodyId, n, position)).id;
    }

    public void renameUnit(long unitId, String name) {
        BodyUnit unit = unit(unitId);
        requireManager(unit.supervisingBodyId);
        unit.name = name(unit.supervisingBodyId, name, unit);
    }

    /** A new officer of the body in a unit and role: a one-time password shown once, mailed when mail is set. */
    public OneTimePassword addPerson(long bodyId, Long unitId, BodyRole role, String fullName, String email) {
        requireManager(bodyId);
        SupervisingBody body = bodies.findById(bodyId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!body.isActive()) {
            throw new BusinessRuleException("province.body.inactive", body.getName());
        }
        String n = ProvinceService.trim(fullName);
        if (n == null) {
            throw BusinessRuleException.onField("fullName", "province.account.nameRequired");
        }
        String mail = ProvinceService.trim(email);
        if (mail != null && !ProvinceService.EMAIL.matcher(mail).matches()) {
            throw BusinessRuleException.onField("email", "province.school.badEmail", mail);
        }
        checkPlace(bodyId, unitId, role);
        String username = accounts.uniqueUsername(n);
        String password = passwords.generate();
        SupervisorAccount o = new SupervisorAccount(bodyId, username, n, passwords.hash(password));
        o.update(n, mail);
        o.place(unitId, role);
        o.setMustChangePassword(true);
        officers.save(o);
        boolean mailed = mailer.send(List.of(new AccountMailer.Credential(n, mail, username, password))) > 0;
        return new OneTimePassword(username, n, password, mailed);
    }

    /** Moves an officer to another unit or role; the body keeps at least one leader. */
    public void place(long officerId, Long unitId, BodyRole role) {
        SupervisorAccount o = officers.findById(officerId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        long bodyId = o.getSupervisingBodyId();
        requireManager(bodyId);
        checkPlace(bodyId, unitId, role);
        if (o.getBodyRole() == BodyRole.LEADER && role != BodyRole.LEADER && queries.officersOf(bodyId).stream()
                .noneMatch(p -> p != o && p.isActive() && p.getBodyRole() == BodyRole.LEADER)) {
            throw BusinessRuleException.onField("role", "body.units.lastLeader");
        }
        o.place(unitId, role);
        // The person's task groups change: their session reads them again.
        o.endSessions();
    }

    private void checkPlace(long bodyId, Long unitId, BodyRole role) {
        if (role == null) {
            throw BusinessRuleException.onField("role", "body.units.roleRequired");
        }
        if (unitId != null && !unit(unitId).supervisingBodyId.equals(bodyId)) {
            throw BusinessRuleException.onField("unit", "error.accessDenied");
        }
    }

    private String name(long bodyId, String name, BodyUnit self) {
        String n = ProvinceService.trim(name);
        if (n == null) {
            throw BusinessRuleException.onField("name", "body.units.nameRequired");
        }
        if ((self == null || !self.name.equalsIgnoreCase(n))
                && units.existsBySupervisingBodyIdAndNameIgnoreCase(bodyId, n)) {
            throw BusinessRuleException.onField("name", "body.units.nameTaken", n);
        }
        return n;
    }

    private BodyUnit unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    private static void requireReader(long bodyId) {
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SYSTEM_ADMIN) && !user.supervises(bodyId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    private static void requireManager(long bodyId) {
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SYSTEM_ADMIN) && !user.leadsBody(bodyId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }
}
