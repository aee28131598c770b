package vn.hoinghi.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows a broken rule or an unexpected failure as a message in the person's language. */
public final class Errors {

    private Errors() {
    }

    public static BusinessRuleException findRule(Throwable t) {
        Throwable cur = t;
        while (cur != null) {
            if (cur instanceof BusinessRuleException rule) {
                return rule;
            }
            cur = cur.getCause();
        }
        return null;
    }

    /** Runs an action; a broken rule is shown as an error notification and false is returned. */
    public static boolean run(Component source, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            BusinessRuleException rule = findRule(e);
            if (rule == null) {
                throw e;
            }
            showError(source.getTranslation(rule.messageKey(), rule.args()));
            return false;
        }
    }

    public static void showError(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void showSuccess(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
