package vn.hoinghi.security.ui;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.hoinghi.security.LoginPolicy;
import vn.hoinghi.shared.LanguageSwitch;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), login,
                new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            explainFailure();
            login.setError(true);
        }
    }

    /**
     * Spring Security keeps the reason of the last failed sign-in in the session: a locked or a closed
     * account gets its own message instead of "wrong username or password".
     */
    private void explainFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        LoginI18n i18n = i18n();
        if (failure instanceof LockedException) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", LoginPolicy.MAX_FAILURES,
                    LoginPolicy.LOCK_DURATION.toMinutes()));
        } else if (failure instanceof DisabledException) {
            i18n.getErrorMessage().setTitle(getTranslation("login.disabled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.disabled.message"));
        } else {
            return;
        }
        login.setI18n(i18n);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
