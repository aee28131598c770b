package vn.hoinghi.school;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.security.LoginPolicy;

/**
 * Counts wrong passwords on the account itself (so a restart does not forget them) and locks it for a while
 * after too many; AppUser.isAccountNonLocked then makes Spring Security refuse even the right password.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffRepository staff;
    private final SupervisorAccountRepository supervisors;

    LoginAttempts(StaffRepository staff, SupervisorAccountRepository supervisors) {
        this.staff = staff;
        this.supervisors = supervisors;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        LocalDateTime now = vn.hoinghi.shared.VietnamTime.now();
        staff.findByUsername(username).ifPresentOrElse(p -> {
            p.recordFailedLogin(now, LoginPolicy.MAX_FAILURES, LoginPolicy.LOCK_DURATION);
            if (p.isLockedAt(now)) {
                log.warn("Account {} locked until {} after {} wrong passwords", username, p.getLockedUntil(),
                        p.getFailedLogins());
            }
        }, () -> supervisors.findByUsername(username)
                .ifPresent(o -> o.recordFailedLogin(now, LoginPolicy.MAX_FAILURES, LoginPolicy.LOCK_DURATION)));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        staff.findByUsername(username).filter(p -> p.getFailedLogins() > 0).ifPresent(Staff::unlock);
        supervisors.findByUsername(username).filter(o -> o.getFailedLogins() > 0).ifPresent(SupervisorAccount::unlock);
    }
}
