package vn.hoinghi.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.hoinghi.shared.DisplayNamed;

/**
 * The signed-in person: a school's staff member, a supervising body's officer or the system administrator.
 * departmentRoles maps a department-scoped role to the departments it is held for.
 */
public final class AppUser implements UserDetails, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String passwordHash;
    private final String fullName;
    private final Long staffId;
    private final Long schoolId;
    private final Long supervisingBodyId;
    private final Set<Role> roles;
    private final Map<Role, Set<Long>> departmentRoles;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final boolean mustChangePassword;
    /** The account's session stamp when this was loaded; a raised stamp ends the session (SessionFollowsAccount). */
    private final int sessionStamp;
    /** The day the roles were read: roles start and end by date, so a new day reads them again. */
    private final java.time.LocalDate loadedOn;
    /** An officer's role in their body and their office or unit (null for others, or an officer without one). */
    private final BodyRole bodyRole;
    private final Long bodyUnitId;

    public AppUser(String username, String passwordHash, String fullName, Long staffId, Long schoolId,
                   Long supervisingBodyId, Set<Role> roles, Map<Role, Set<Long>> departmentRoles, boolean enabled) {
        this(username, passwordHash, fullName, staffId, schoolId, supervisingBodyId, roles, departmentRoles, enabled,
                true, false);
    }

    /**
     * @param accountNonLocked false while the account is locked after repeated wrong passwords
     * @param mustChangePassword true after an initial or reset password, until the person picks their own
     */
    public AppUser(String username, String passwordHash, String fullName, Long staffId, Long schoolId,
                   Long supervisingBodyId, Set<Role> roles, Map<Role, Set<Long>> departmentRoles, boolean enabled,
                   boolean accountNonLocked, boolean mustChangePassword) {
        this(username, passwordHash, fullName, staffId, schoolId, supervisingBodyId, roles, departmentRoles, enabled,
                accountNonLocked, mustChangePassword, 0, vn.hoinghi.shared.VietnamTime.today());
    }

    public AppUser(String username, String passwordHash, String fullName, Long staffId, Long schoolId,
                   Long supervisingBodyId, Set<Role> roles, Map<Role, Set<Long>> departmentRoles, boolean enabled,
                   boolean accountNonLocked, boolean mustChangePassword, int sessionStamp,
                   java.time.LocalDate loadedOn) {
        this(username, passwordHash, fullName, staffId, schoolId, supervisingBodyId, roles, departmentRoles, enabled,
                accountNonLocked, mustChangePassword, sessionStamp, loadedOn, null, null);
    }

    public AppUser(String username, String passwordHash, String fullName, Long staffId, Long schoolId,
                   Long supervisingBodyId, Set<Role> roles, Map<Role, Set<Long>> departmentRoles, boolean enabled,
                   boolean accountNonLocked, boolean mustChangePassword, int sessionStamp,
                   java.time.LocalDate loadedOn, BodyRole bodyRole, Long bodyUnitId) {
        this.bodyRole = bodyRole;
        this.bodyUnitId = bodyUnitId;
        this.sessionStamp = sessionStamp;
        this.loadedOn = loadedOn;
        this.accountNonLocked = accountNonLocked;
        this.mustChangePassword = mustChangePassword;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.staffId = staffId;
        this.schoolId = schoolId;
        this.supervisingBodyId = supervisingBodyId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.departmentRoles = Map.copyOf(departmentRoles);
        this.enabled = enabled;
    }

    @Override
    public String fullName() {
        return fullName;
    }

    public Long staffId() {
        return staffId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long supervisingBodyId() {
        return supervisingBodyId;
    }

    /** Whether this person works at the school; compared by value (ids past 127 are distinct Long objects). */
    public boolean worksAt(long schoolId) {
        return this.schoolId != null && this.schoolId == schoolId;
    }

    /** Whether this person is an officer of the supervising body. */
    public boolean supervises(long bodyId) {
        return supervisingBodyId != null && supervisingBodyId == bodyId;
    }

    public BodyRole bodyRole() {
        return bodyRole;
    }

    public Long bodyUnitId() {
        return bodyUnitId;
    }

    /** Whether this person is the leader or a deputy leader of that body. */
    public boolean leadsBody(long bodyId) {
        return supervises(bodyId) && bodyRole != null && bodyRole.leads();
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this person holds a department-scoped role for that department (a department head for its minutes). */
    public boolean holdsFor(Role role, long departmentId) {
        return departmentRoles.getOrDefault(role, Set.of()).contains(departmentId);
    }

    /** The Flowable candidate groups this person belongs to. */
    public List<String> taskGroups() {
        List<String> groups = new ArrayList<>();
        if (schoolId != null) {
            for (Role role : roles) {
                if (!role.departmentScoped()) {
                    groups.add(TaskGroups.school(schoolId, role));
                }
            }
            departmentRoles.forEach((role, departments) ->
                    departments.forEach(d -> groups.add(TaskGroups.department(schoolId, d, role))));
        }
        if (supervisingBodyId != null && roles.contains(Role.SUPERVISOR)) {
            groups.add(TaskGroups.supervisor(supervisingBodyId));
            if (bodyRole != null && bodyRole.leads()) {
                groups.add(TaskGroups.bodyLeaders(supervisingBodyId));
            }
            if (bodyRole == BodyRole.EMULATION_OFFICE) {
                groups.add(TaskGroups.bodyEmulation(supervisingBodyId));
            }
            if (bodyUnitId != null) {
                groups.add(TaskGroups.bodyUnit(supervisingBodyId, bodyUnitId));
            }
        }
        return groups;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int sessionStamp() {
        return sessionStamp;
    }

    public java.time.LocalDate loadedOn() {
        return loadedOn;
    }

    /** The same person after choosing their own password, for the session they are in (its new stamp). */
    public AppUser withPasswordChanged(String newHash, int newStamp) {
        return new AppUser(username, newHash, fullName, staffId, schoolId, supervisingBodyId, roles, departmentRoles,
                enabled, accountNonLocked, false, newStamp, loadedOn, bodyRole, bodyUnitId);
    }
}
