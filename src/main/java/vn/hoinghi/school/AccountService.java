package vn.hoinghi.school;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.LoginPolicy;
import vn.hoinghi.shared.BusinessRuleException;

/** The signed-in person's own account: changing their password (forced after an initial or reset one). */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final StaffRepository staff;
    private final SupervisorAccountRepository supervisors;
    private final PasswordEncoder encoder;

    AccountService(StaffRepository staff, SupervisorAccountRepository supervisors, PasswordEncoder encoder) {
        this.staff = staff;
        this.supervisors = supervisors;
        this.encoder = encoder;
    }

    /** Whether the signed-in person still has to replace an initial or reset password. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentUser.require().mustChangePassword();
    }

    public void changePassword(String current, String chosen, String repeated) {
        AppUser user = CurrentUser.require();
        String storedHash = staff.findByUsername(user.getUsername()).map(Staff::getPasswordHash)
                .or(() -> supervisors.findByUsername(user.getUsername()).map(SupervisorAccount::getPasswordHash))
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (current == null || !encoder.matches(current, storedHash)) {
            throw new BusinessRuleException("password.currentWrong");
        }
        checkRules(user.getUsername(), current, chosen, repeated);
        String hash = encoder.encode(chosen);
        staff.findByUsername(user.getUsername()).ifPresentOrElse(p -> {
            p.changePasswordHash(hash);
            p.setMustChangePassword(false);
        }, () -> supervisors.findByUsername(user.getUsername()).ifPresent(o -> o.changePasswordHash(hash)));
        // The session goes on with the new state, so the change-password gate lets the person through.
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        AppUser updated = user.withPasswordChanged(hash);
        UsernamePasswordAuthenticationToken auth = new UsernamePasswordAuthenticationToken(updated, null,
                updated.getAuthorities());
        auth.setDetails(old == null ? null : old.getDetails());
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    /** At least 8 characters, typed the same twice, not the username and not the password it replaces. */
    static void checkRules(String username, String current, String chosen, String repeated) {
        if (chosen == null || chosen.length() < LoginPolicy.MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("password.tooShort", LoginPolicy.MIN_PASSWORD_LENGTH);
        }
        if (!chosen.equals(repeated)) {
            throw new BusinessRuleException("password.mismatch");
        }
        if (chosen.equalsIgnoreCase(username)) {
            throw new BusinessRuleException("password.sameAsUsername");
        }
        if (chosen.equals(current)) {
            throw new BusinessRuleException("password.sameAsOld");
        }
    }
}
