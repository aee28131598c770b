package vn.hoinghi.school;

import java.time.LocalDate;
import java.util.Set;

import vn.hoinghi.security.Role;

/** One line of the administrator's staff list: the person, their account's state and the roles in force today. */
public record StaffRow(long id, String code, String fullName, Position position, Long departmentId,
                       String departmentName, String username, String email, String phone, LocalDate dateOfBirth,
                       Gender gender, boolean unionMember, boolean active, Set<Role> roles, boolean locked,
                       boolean mustChangePassword) {
}
