package vn.hoinghi.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An officer of a supervising body. */
@Entity
public class SupervisorAccount extends AccountBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long supervisingBodyId;
    private String fullName;
    private String email;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private vn.hoinghi.security.BodyRole bodyRole = vn.hoinghi.security.BodyRole.OFFICER;

    protected SupervisorAccount() {
    }

    public SupervisorAccount(Long supervisingBodyId, String username, String fullName, String passwordHash) {
        super(username, passwordHash);
        this.supervisingBodyId = supervisingBodyId;
        this.fullName = fullName;
    }

    public Long getId() {
        return id;
    }

    public Long getSupervisingBodyId() {
        return supervisingBodyId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Long getUnitId() {
        return unitId;
    }

    public vn.hoinghi.security.BodyRole getBodyRole() {
        return bodyRole;
    }

    /** The officer's office or unit (null: none) and role in the body. */
    public void place(Long unitId, vn.hoinghi.security.BodyRole bodyRole) {
        this.unitId = unitId;
        this.bodyRole = bodyRole;
    }

    public void update(String fullName, String email) {
        this.fullName = fullName;
        this.email = email;
    }
}
