package vn.hoinghi.school;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The province's system administrator (role SYSTEM_ADMIN): above every body, in no school. */
@Entity
public class SystemAdmin extends AccountBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private String email;

    protected SystemAdmin() {
    }

    public SystemAdmin(String username, String fullName, String passwordHash) {
        super(username, passwordHash);
        this.fullName = fullName;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }
}
