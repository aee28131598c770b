package vn.hoinghi.school;

import java.time.LocalDateTime;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import vn.hoinghi.security.LoginLock;

/**
 * What every account has, whoever holds it (staff, a body's officer, the system administrator): the
 * password, whether it must be replaced, the one lock-out rule, and the session stamp that ends the
 * holder's open sessions when it is raised.
 */
@MappedSuperclass
public abstract class AccountBase {

    private String username;
    private String passwordHash;
    private boolean active = true;
    private boolean mustChangePassword;
    @Embedded
    private LoginLock lock = new LoginLock();
    private int sessionVersion;

    protected AccountBase() {
    }

    protected AccountBase(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    /** Deactivating or reactivating someone ends the sessions they have open. */
    public void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            endSessions();
        }
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    /** A new password (chosen, initial or reset) ends every session opened with the old one. */
    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
        endSessions();
    }

    public LoginLock lock() {
        if (lock == null) {
            lock = new LoginLock();
        }
        return lock;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lock().isLockedAt(now);
    }

    public int getFailedLogins() {
        return lock().getFailedLogins();
    }

    public LocalDateTime getLockedUntil() {
        return lock().getLockedUntil();
    }

    public void unlock() {
        lock().unlock();
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    /** Open sessions of this account are refused at their next request (SessionFollowsAccount). */
    public void endSessions() {
        sessionVersion++;
    }
}
