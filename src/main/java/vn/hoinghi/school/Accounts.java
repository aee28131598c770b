package vn.hoinghi.school;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AccountStamps;
import vn.hoinghi.security.AppUser;

/**
 * Every kind of account by username (staff, officers, the system administrator): one place for the
 * lock-out, the password change, the session check and unique usernames, so the kinds cannot drift apart.
 */
@Component
@Transactional(readOnly = true)
class Accounts implements AccountStamps {

    private final StaffRepository staff;
    private final SupervisorAccountRepository supervisors;
    private final SystemAdminRepository admins;
    private final SupervisingBodyRepository bodies;
    private final AccountDetailsService details;

    Accounts(StaffRepository staff, SupervisorAccountRepository supervisors, SystemAdminRepository admins,
             SupervisingBodyRepository bodies, AccountDetailsService details) {
        this.staff = staff;
        this.supervisors = supervisors;
        this.admins = admins;
        this.bodies = bodies;
        this.details = details;
    }

    Optional<AccountBase> find(String username) {
        return staff.findByUsername(username).<AccountBase>map(p -> p)
                .or(() -> supervisors.findByUsername(username))
                .or(() -> admins.findByUsername(username));
    }

    /** The account, its row locked until the transaction ends (counting failed sign-ins). */
    Optional<AccountBase> lock(String username) {
        return staff.lockByUsername(username).<AccountBase>map(p -> p)
                .or(() -> supervisors.lockByUsername(username))
                .or(() -> admins.lockByUsername(username));
    }

    boolean taken(String username) {
        return staff.existsByUsername(username) || supervisors.findByUsername(username).isPresent()
                || admins.findByUsername(username).isPresent();
    }

    Set<String> allUsernames() {
        Set<String> all = new HashSet<>(staff.allUsernames());
        all.addAll(supervisors.allUsernames());
        all.addAll(admins.allUsernames());
        return all;
    }

    /** "Nguyễn Thị Thu Hà" → "hantt", numbered when taken by any kind of account. */
    String uniqueUsername(String fullName) {
        String base = Usernames.fromName(fullName);
        String candidate = base;
        int n = 2;
        while (taken(candidate)) {
            candidate = base + n++;
        }
        return candidate;
    }

    @Override
    public OptionalInt currentStamp(String username) {
        Optional<AccountBase> account = find(username);
        if (account.isEmpty() || !account.get().isActive()) {
            return OptionalInt.empty();
        }
        if (account.get() instanceof SupervisorAccount o
                && !bodies.findById(o.getSupervisingBodyId()).map(SupervisingBody::isActive).orElse(false)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(account.get().getSessionVersion());
    }

    @Override
    public Optional<AppUser> reload(String username) {
        return details.findUser(username);
    }
}
