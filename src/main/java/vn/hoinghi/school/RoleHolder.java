package vn.hoinghi.school;

import java.time.LocalDate;

import vn.hoinghi.security.Role;

public record RoleHolder(long assignmentId, long staffId, String fullName, Role role, Long departmentId,
                         String departmentName, LocalDate validFrom, LocalDate validTo) {
}
