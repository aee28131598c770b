package vn.hoinghi.school;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A member of staff; also their account. Leaving deactivates, never deletes: old records keep the name. */
@Entity
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    private String code;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Position position;
    private Long departmentId;
    private String username;
    private String passwordHash;
    private String email;
    private boolean unionMember = true;
    private boolean active = true;

    protected Staff() {
    }

    public Staff(Long schoolId, String code, String fullName, Position position, Long departmentId,
                 String username, String passwordHash) {
        this.schoolId = schoolId;
        this.code = code;
        this.fullName = fullName;
        this.position = position;
        this.departmentId = departmentId;
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public Position getPosition() {
        return position;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public boolean isUnionMember() {
        return unionMember;
    }

    public boolean isActive() {
        return active;
    }

    public void update(String fullName, Position position, Long departmentId, String email, boolean unionMember) {
        this.fullName = fullName;
        this.position = position;
        this.departmentId = departmentId;
        this.email = email;
        this.unionMember = unionMember;
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
