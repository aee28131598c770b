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

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    AccountService(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Whether the signed-in person still has to replace an initial or reset password. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentUser.require().mustChangePassword();
    }

    public void changePassword(String current, String chosen, String repeated) {
        AppUser user = CurrentUser.require();
        AccountBase account = accounts.find(user.getUsername())
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        // a password past bcrypt's 72 bytes was never set here: it cannot be the current one
        if (current == null || LoginPolicy.passwordBytes(current) > LoginPolicy.MAX_PASSWORD_BYTES
                || !encoder.matches(current, account.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong");
        }
        checkRules(user.getUsername(), current, chosen, repeated);
        String hash = encoder.encode(chosen);
        // The new password ends the person's other sessions; this one goes on with the new stamp and state,
        // so the change-password gate lets the person through.
        account.changePasswordHash(hash);
        account.setMustChangePassword(false);
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        AppUser updated = user.withPasswordChanged(hash, account.getSessionVersion());
        UsernamePasswordAuthenticationToken auth = new UsernamePasswordAuthenticationToken(updated, null,
                updated.getAuthorities());
        auth.setDetails(old == null ? null : old.getDetails());
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    /** At least 8 characters, at most 72 bytes (bcrypt's limit), typed the same twice, not the username and not the password it replaces. */
    static void checkRules(String username, String current, String chosen, String repeated) {
        if (chosen == null || chosen.length() < LoginPolicy.MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("password.tooShort", LoginPolicy.MIN_PASSWORD_LENGTH);
        }
        if (LoginPolicy.passwordBytes(chosen) > LoginPolicy.MAX_PASSWORD_BYTES) {
            throw new BusinessRuleException("password.tooLong", LoginPolicy.MAX_PASSWORD_BYTES,
                    LoginPolicy.passwordBytes(chosen));
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
