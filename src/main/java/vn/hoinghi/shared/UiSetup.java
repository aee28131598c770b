package vn.hoinghi.shared;

import java.util.Arrays;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Metrics;

import jakarta.servlet.http.Cookie;

/** Vietnamese unless the person chose English; errors become messages, never stack traces. */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(localeOf(init.getRequest()));
            init.getSession().setErrorHandler(UiSetup::handle);
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    private static Locale localeOf(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            boolean english = Arrays.stream(cookies)
                    .anyMatch(c -> LanguageSwitch.COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
            if (english) {
                return AppI18NProvider.ENGLISH;
            }
        }
        return AppI18NProvider.VIETNAMESE;
    }

    private static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        BusinessRuleException rule = Errors.findRule(cause);
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", cause);
            return;
        }
        // counted for the province's monitoring (the global registry is the app's): a rule is a person's mistake
        // told at its field or in a message, "unexpected" is the app's fault
        Metrics.counter("hoinghi.ui.errors", "kind", rule != null ? "rule" : "unexpected").increment();
        String text;
        if (rule != null) {
            text = ui.getTranslation(rule.messageKey(), rule.args());
        } else {
            log.error("Unexpected error", cause);
            text = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> {
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.ERROR);
        });
    }
}
