package vn.hoinghi.school.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.school.IssuedAccount;
import vn.hoinghi.school.ProvinceRecords.OneTimePassword;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;

/** What the province pages share: a refusal shown under its field, and the one-time password shown once. */
final class ProvinceForms {

    private ProvinceForms() {
    }

    /**
     * Runs a save; a refused field value is shown under that field (the fields are cleared of old messages
     * first), any other broken rule as a pop-up. Returns whether it saved.
     */
    static boolean run(Component source, Map<String, ? extends HasValidation> fields, Runnable action) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            String text = source.getTranslation(rule.messageKey(), rule.args());
            HasValidation field = rule.field() != null ? fields.get(rule.field()) : null;
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                Errors.showError(text);
            }
            return false;
        }
    }

    /** The account's one-time password, shown this once; the person must replace it at the first sign-in. */
    static void showPassword(Component source, OneTimePassword p) {
        show(source, p.fullName(), p.username(), p.password(), p.mailed());
    }

    static void showPassword(Component source, IssuedAccount a, boolean mailed) {
        show(source, a.fullName(), a.username(), a.initialPassword(), mailed);
    }

    private static void show(Component source, String fullName, String username, String password, boolean mailed) {
        Dialog d = new Dialog();
        d.addClassName("one-time-password");
        d.setHeaderTitle(source.getTranslation("province.password.title"));
        Span pw = new Span(password);
        pw.addClassName("password-value");
        pw.getStyle().set("font-family", "monospace").set("font-size", "1.25rem").set("font-weight", "600");
        Paragraph who = new Paragraph(source.getTranslation("province.password.who", fullName, username));
        Paragraph once = new Paragraph(source.getTranslation("province.password.once"));
        once.addClassName("rule-bad");
        VerticalLayout body = new VerticalLayout(who, pw, once);
        if (mailed) {
            body.add(new Paragraph(source.getTranslation("province.password.mailed")));
        }
        body.setPadding(false);
        d.add(body);
        Button close = new Button(source.getTranslation("province.password.close"), e -> d.close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(close);
        d.setMaxWidth("28rem");
        d.open();
    }
}
