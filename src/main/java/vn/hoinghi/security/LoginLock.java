package vn.hoinghi.security;

import java.time.LocalDateTime;

import jakarta.persistence.Embeddable;

/**
 * The one lock-out rule of every account (staff, officers, the system administrator): LoginPolicy's number
 * of wrong passwords in a row locks the account for LoginPolicy's duration; the count starts again once an
 * earlier lock has run out. Stored on the account itself, so a restart or another node does not forget it.
 */
@Embeddable
public class LoginLock {

    private int failedLogins;
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

    /** Counts a wrong password; returns whether this one locked the account. */
    public boolean recordFailure(LocalDateTime now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= LoginPolicy.MAX_FAILURES && lockedUntil == null) {
            lockedUntil = now.plus(LoginPolicy.LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
