package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.Role;

/** Builds the signed-in person from staff (with the roles in force today), a body's officer or the system administrator. */
@Service
@Transactional(readOnly = true)
public class AccountDetailsService implements UserDetailsService {

    private final StaffRepository staff;
    private final SchoolRepository schools;
    private final RoleAssignmentRepository roles;
    private final SupervisorAccountRepository supervisors;
    private final SystemAdminRepository admins;
    private final SupervisingBodyRepository bodies;

    AccountDetailsService(StaffRepository staff, SchoolRepository schools, RoleAssignmentRepository roles,
                          SupervisorAccountRepository supervisors, SystemAdminRepository admins,
                          SupervisingBodyRepository bodies) {
        this.staff = staff;
        this.schools = schools;
        this.roles = roles;
        this.supervisors = supervisors;
        this.admins = admins;
        this.bodies = bodies;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return findUser(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public java.util.Optional<AppUser> findUser(String username) {
        var person = staff.findByUsername(username);
        if (person.isPresent()) {
            Staff p = person.get();
            Set<Role> held = EnumSet.of(Role.STAFF);
            Map<Role, Set<Long>> byDepartment = new EnumMap<>(Role.class);
            LocalDate today = vn.hoinghi.shared.VietnamTime.today();
            // Someone who has left holds no role, even on their last day (their roles end that day).
            roles.findByStaffId(p.getId()).stream().filter(r -> p.isActive() && r.inForceOn(today)).forEach(r -> {
                held.add(r.getRole());
                if (r.getRole().departmentScoped() && r.getDepartmentId() != null) {
                    byDepartment.computeIfAbsent(r.getRole(), k -> new HashSet<>()).add(r.getDepartmentId());
                }
            });
            // An inactive person (left the school) cannot sign in; a locked one must wait or ask the administrator.
            return java.util.Optional.of(new AppUser(p.getUsername(), p.getPasswordHash(), p.getFullName(), p.getId(),
                    p.getSchoolId(), null, held, byDepartment, p.isActive(),
                    !p.isLockedAt(vn.hoinghi.shared.VietnamTime.now()), p.isMustChangePassword(),
                    p.getSessionVersion(), today));
        }
        var officer = supervisors.findByUsername(username);
        if (officer.isPresent()) {
            SupervisorAccount o = officer.get();
            // The officers of a body that was closed cannot sign in either.
            boolean bodyActive = bodies.findById(o.getSupervisingBodyId()).map(SupervisingBody::isActive)
                    .orElse(false);
            return java.util.Optional.of(new AppUser(o.getUsername(), o.getPasswordHash(), o.getFullName(), null,
                    null, o.getSupervisingBodyId(), EnumSet.of(Role.SUPERVISOR), Map.of(), o.isActive() && bodyActive,
                    !o.isLockedAt(vn.hoinghi.shared.VietnamTime.now()), o.isMustChangePassword(),
                    o.getSessionVersion(), vn.hoinghi.shared.VietnamTime.today(), o.getBodyRole(), o.getUnitId()));
        }
        return admins.findByUsername(username).map(a -> new AppUser(a.getUsername(), a.getPasswordHash(),
                a.getFullName(), null, null, null, EnumSet.of(Role.SYSTEM_ADMIN), Map.of(), a.isActive(),
                !a.isLockedAt(vn.hoinghi.shared.VietnamTime.now()), a.isMustChangePassword(),
                a.getSessionVersion(), vn.hoinghi.shared.VietnamTime.today()));
    }
}
