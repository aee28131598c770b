package vn.hoinghi.school.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.hoinghi.school.AccountService;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.LoginPolicy;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;

/**
 * Everyone's own password. A person signed in with an initial or reset password is sent here first
 * (security.PasswordChangeGate) and may go on only after choosing their own.
 */
@Route(value = LoginPolicy.CHANGE_PASSWORD_ROUTE, layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    /** The form's values; the rules are AccountService's, checked there. */
    static final class Form {
        private String current = "";
        private String chosen = "";
        private String repeated = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getChosen() {
            return chosen;
        }

        void setChosen(String chosen) {
            this.chosen = chosen;
        }

        String getRepeated() {
            return repeated;
        }

        void setRepeated(String repeated) {
            this.repeated = repeated;
        }
    }

    private final AccountService account;
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    private final Binder<Form> binder = new Binder<>();

    public ChangePasswordView(AccountService account) {
        this.account = account;
        addClassName("page");

        add(new H2(getTranslation("password.title")));
        if (account.mustChangePassword()) {
            Paragraph forced = new Paragraph(getTranslation("password.forced"));
            forced.addClassName("due-soon");
            add(forced);
        }
        Paragraph rules = new Paragraph(getTranslation("password.rules", LoginPolicy.MIN_PASSWORD_LENGTH));
        rules.addClassName("hint");

        current.setLabel(getTranslation("password.field.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setAutofocus(true);
        chosen.setLabel(getTranslation("password.field.new"));
        chosen.setAutocomplete(Autocomplete.NEW_PASSWORD);
        chosen.setHelperText(getTranslation("password.field.newHint", LoginPolicy.MIN_PASSWORD_LENGTH) + " "
                + getTranslation("password.field.maxHint", LoginPolicy.MAX_PASSWORD_BYTES));
        repeated.setLabel(getTranslation("password.field.repeat"));
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);

        binder.forField(current).asRequired(getTranslation("password.currentRequired"))
                .bind(Form::getCurrent, Form::setCurrent);
        binder.forField(chosen).asRequired(getTranslation("password.newRequired"))
                .withValidator(v -> v.length() >= LoginPolicy.MIN_PASSWORD_LENGTH,
                        getTranslation("password.tooShort", LoginPolicy.MIN_PASSWORD_LENGTH))
                .withValidator(v -> LoginPolicy.passwordBytes(v) <= LoginPolicy.MAX_PASSWORD_BYTES,
                        getTranslation("password.tooLongHere", LoginPolicy.MAX_PASSWORD_BYTES))
                .withValidator(v -> !v.equalsIgnoreCase(CurrentUser.require().getUsername()),
                        getTranslation("password.sameAsUsername"))
                .bind(Form::getChosen, Form::setChosen);
        binder.forField(repeated).asRequired(getTranslation("password.repeatRequired"))
                .withValidator(v -> v.equals(chosen.getValue()), getTranslation("password.mismatch"))
                .bind(Form::getRepeated, Form::setRepeated);
        binder.setBean(new Form());

        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(rules, form, save);
    }

    private void save() {
        if (binder.validate().hasErrors()) {
            return;
        }
        Form f = binder.getBean();
        if (Errors.run(this, () -> account.changePassword(f.getCurrent(), f.getChosen(), f.getRepeated()))) {
            Errors.showSuccess(getTranslation("password.changed"));
            UI.getCurrent().navigate("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
