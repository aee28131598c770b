package vn.hoinghi.school;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import vn.hoinghi.security.Role;

/** A role held from one date to another; the roles in force on a date decide who gets which task. */
@Entity
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long staffId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long departmentId;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected RoleAssignment() {
    }

    public RoleAssignment(Long staffId, Role role, Long departmentId, LocalDate validFrom) {
        this.staffId = staffId;
        this.role = role;
        this.departmentId = departmentId;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Role getRole() {
        return role;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public void endOn(LocalDate day) {
        this.validTo = day;
    }
}
