package vn.hoinghi.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hoinghi.shared.BusinessRuleException;

/** Reads the signed-in person from Spring Security; services use it for their access checks. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AppUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static AppUser require() {
        return find().orElseThrow(() -> new BusinessRuleException("error.notSignedIn"));
    }

    /** The signed-in person must belong to this school and hold one of the roles. */
    public static AppUser requireSchoolRole(long schoolId, Role... roles) {
        AppUser user = require();
        if (!user.worksAt(schoolId) || (roles.length > 0 && !user.hasAnyRole(roles))) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return user;
    }
}
