package vn.hoinghi.security;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Embeddable;

/**
 * The one sign-in rule of every account (staff, officers, the system administrator): no hard lock that anyone
 * could trigger on someone else, but a growing wait (LoginPolicy.delayAfter) after each wrong password past the
 * first few, until a right one. Stored on the account itself, so a restart or another node does not forget it;
 * counted under a row lock (LoginAttempts), so parallel tries are all counted.
 */
@Embeddable
public class LoginLock {

    private int failedLogins;
    /** Until when sign-in waits: even the right password is refused before then. */
    private LocalDateTime lockedUntil;

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; returns whether sign-in now has to wait. */
    public boolean recordFailure(LocalDateTime now) {
        failedLogins++;
        Duration wait = LoginPolicy.delayAfter(failedLogins);
        lockedUntil = wait.isZero() ? null : now.plus(wait);
        return !wait.isZero();
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
