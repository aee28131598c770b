package vn.hoinghi.school;

import java.util.Set;

import vn.hoinghi.security.Role;

public record StaffInfo(long id, String code, String fullName, Position position, Long departmentId,
                        String departmentName, String username, String email, boolean unionMember, boolean active,
                        Set<Role> roles) {

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
