package vn.hoinghi.security;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hoinghi.shared.VietnamTime;

/**
 * A session follows its account: at every request of a signed-in person (Vaadin's UIDL and heartbeat
 * requests included) the account's stamp is read from the database; when it was raised since sign-in
 * (deactivated, a role given or ended, a password reset or changed) or the account is gone, the session is
 * invalidated and the request goes on unauthenticated, so Vaadin sends the person to the login page. The
 * check is against the database, not an in-memory registry, so it holds across several app nodes. On a new
 * day the roles are read again (roles start and end by date) without ending the session.
 */
class SessionFollowsAccount extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionFollowsAccount.class);

    private final AccountStamps stamps;

    SessionFollowsAccount(AccountStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Static files carry no state worth a query; every Vaadin request to the app itself is checked.
        return request.getSession(false) == null || path.startsWith("/VAADIN/") || path.startsWith("/styles/")
                || path.startsWith("/images/") || path.startsWith("/icons/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser user) {
            OptionalInt stamp = stamps.currentStamp(user.getUsername());
            if (stamp.isEmpty() || stamp.getAsInt() != user.sessionStamp()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                log.info("Session of {} ended: the account changed since sign-in", user.getUsername());
            } else if (!VietnamTime.today().equals(user.loadedOn())) {
                Optional<AppUser> today = stamps.reload(user.getUsername());
                today.ifPresent(u -> {
                    UsernamePasswordAuthenticationToken fresh =
                            new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities());
                    fresh.setDetails(auth.getDetails());
                    // The context object is the one kept in the session, so the session keeps the new roles.
                    context.setAuthentication(fresh);
                });
            }
        }
        chain.doFilter(request, response);
    }
}
