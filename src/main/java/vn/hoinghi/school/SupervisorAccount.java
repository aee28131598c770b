package vn.hoinghi.school;

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
}
