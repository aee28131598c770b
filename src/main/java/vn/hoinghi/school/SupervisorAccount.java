package vn.hoinghi.school;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An officer of a supervising body. */
@Entity
public class SupervisorAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long supervisingBodyId;
    private String username;
    private String fullName;
    private String passwordHash;
    private boolean active = true;
    private int failedLogins;
    private LocalDateTime lockedUntil;

    protected SupervisorAccount() {
    }

    public SupervisorAccount(Long supervisingBodyId, String username, String fullName, String passwordHash) {
        this.supervisingBodyId = supervisingBodyId;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public Long getSupervisingBodyId() {
        return supervisingBodyId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    /** The same lock-out as staff accounts (see Staff#recordFailedLogin). */
    public void recordFailedLogin(LocalDateTime now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
        }
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
