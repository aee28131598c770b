package vn.hoinghi.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
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

    /**
     * Runs the step signed in as the person, as the login form would sign them in, then restores whoever was
     * signed in: the demo data works its assemblies through the same services and checks as a person would.
     */
    public static <T> T runAs(AppUser user, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
