package vn.hoinghi.school;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.VietnamTime;

/**
 * Counts wrong passwords on the account itself, whatever its kind, with the one rule of LoginLock;
 * AppUser.isAccountNonLocked then makes Spring Security refuse even the right password during the wait.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final Accounts accounts;

    LoginAttempts(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        // the row lock makes parallel wrong passwords count one after the other: none is lost
        accounts.lock(username).ifPresent(a -> {
            if (a.lock().recordFailure(VietnamTime.now())) {
                log.warn("Account {} waits until {} after {} wrong passwords", username, a.getLockedUntil(),
                        a.getFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.find(event.getAuthentication().getName()).filter(a -> a.getFailedLogins() > 0)
                .ifPresent(AccountBase::unlock);
    }
}
