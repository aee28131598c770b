package vn.hoinghi;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.security.AppUser;

/** Signs a demo account in for a service-level test, as the login form would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static AppUser signIn(AccountDetailsService accounts, String username) {
        AppUser user = accounts.findUser(username).orElseThrow(() -> new IllegalArgumentException(username));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
