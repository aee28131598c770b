package vn.hoinghi.security;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A person signed in with an initial or reset password goes to the change-password page first, whatever
 * they open, until they have chosen their own (AppUser.mustChangePassword).
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

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
        }
    }
}
