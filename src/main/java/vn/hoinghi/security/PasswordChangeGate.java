package vn.hoinghi.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A person signed in with an initial or reset password goes to the change-password page first, whatever
 * they open, until they have chosen their own (AppUser.mustChangePassword). The system administrator's home
 * is the province's schools, not the inbox.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    static final String PROVINCE_HOME = "province/schools";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(PasswordChangeGate::check));
    }

    static void check(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        if (path.equals(LoginPolicy.CHANGE_PASSWORD_ROUTE) || path.equals("login")) {
            return;
        }
        if (CurrentUser.find().map(AppUser::mustChangePassword).orElse(false)) {
            event.forwardTo(LoginPolicy.CHANGE_PASSWORD_ROUTE);
        } else if (path.isEmpty() && CurrentUser.find().map(u -> u.hasRole(Role.SYSTEM_ADMIN)).orElse(false)) {
            // The system administrator has no inbox; their home is the province's schools.
            event.forwardTo(PROVINCE_HOME);
        }
    }
}
