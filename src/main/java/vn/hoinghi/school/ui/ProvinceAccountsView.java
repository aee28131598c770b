package vn.hoinghi.school.ui;

import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.ProvinceAccounts;
import vn.hoinghi.school.ProvinceRecords.AccountRow;
import vn.hoinghi.school.ProvinceRecords.BodyRow;
import vn.hoinghi.school.ProvinceRecords.OneTimePassword;
import vn.hoinghi.school.ProvinceService;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;

/** Each body's officers (create, reset, unlock, deactivate) and its schools' administrators (reset, unlock). */
@Route(value = "province/accounts", layout = MainLayout.class)
@RolesAllowed("SYSTEM_ADMIN")
public class ProvinceAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final ProvinceAccounts accounts;
    final ComboBox<BodyRow> body = new ComboBox<>();
    final Grid<AccountRow> officers = new Grid<>();
    private final SchoolAdministratorsGrid administrators;
    private final Button addOfficer;

    public ProvinceAccountsView(ProvinceService province, ProvinceAccounts accounts) {
        this.accounts = accounts;
        this.administrators = new SchoolAdministratorsGrid(accounts);
        addClassName("page");

        body.setLabel(getTranslation("province.accounts.body"));
        body.setItems(province.bodies());
        body.setItemLabelGenerator(BodyRow::name);
        body.setWidth("min(28rem, 100%)");
        body.addValueChangeListener(e -> refresh());

        addOfficer = new Button(getTranslation("province.accounts.addOfficer"), VaadinIcon.PLUS.create(),
                e -> createOfficer());
        addOfficer.addThemeVariants(ButtonVariant.PRIMARY);
        addOfficer.addClassName("add-officer");
        addOfficer.setEnabled(false);

        officers.addClassName("officers");
        officers.addColumn(AccountRow::fullName).setHeader(getTranslation("province.account.fullName"))
                .setFlexGrow(1);
        officers.addColumn(AccountRow::username).setHeader(getTranslation("roster.accounts.username"))
                .setAutoWidth(true);
        officers.addColumn(a -> Objects.toString(a.email(), "")).setHeader(getTranslation("province.account.email"))
                .setAutoWidth(true);
        officers.addComponentColumn(administrators::state).setHeader(getTranslation("province.status"))
                .setAutoWidth(true);
        officers.addComponentColumn(this::officerActions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        officers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        officers.setAllRowsVisible(true);
        officers.setWidthFull();
        administrators.setAllRowsVisible(true);

        Paragraph hint = new Paragraph(getTranslation("province.accounts.hint"));
        hint.addClassName("hint");
        add(new H2(getTranslation("province.accounts.title")), hint, body,
                new H3(getTranslation("province.accounts.officers")), addOfficer, officers,
                new H3(getTranslation("province.accounts.administrators")), administrators);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("province.accounts.title") + " · " + getTranslation("app.name");
    }

    void refresh() {
        BodyRow b = body.getValue();
        addOfficer.setEnabled(b != null && b.active());
        if (b == null) {
            officers.setItems();
            administrators.setItems();
            return;
        }
        officers.setItems(accounts.officers(b.id()));
        administrators.show(b.id());
    }

    private HorizontalLayout officerActions(AccountRow a) {
        Button reset = new Button(getTranslation("province.accounts.reset"), e -> {
            if (Errors.run(this, () -> ProvinceForms.showPassword(this, accounts.resetOfficer(a.id())))) {
                refresh();
            }
        });
        reset.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Button unlock = new Button(getTranslation("province.accounts.unlock"), e -> {
            if (Errors.run(this, () -> accounts.unlockOfficer(a.id()))) {
                refresh();
            }
        });
        unlock.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        unlock.setVisible(a.locked());
        Button toggle = new Button(getTranslation(a.active() ? "province.accounts.deactivate"
                : "province.accounts.reactivate"), e -> {
            if (Errors.run(this, () -> accounts.setOfficerActive(a.id(), !a.active()))) {
                refresh();
            }
        });
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        HorizontalLayout l = new HorizontalLayout(reset, unlock, toggle);
        l.setWrap(true);
        return l;
    }

    void createOfficer() {
        BodyRow b = body.getValue();
        if (b == null) {
            return;
        }
        Dialog d = new Dialog();
        d.addClassName("officer-dialog");
        d.setHeaderTitle(getTranslation("province.accounts.addOfficerTo", b.name()));
        TextField name = new TextField(getTranslation("province.account.fullName"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        EmailField email = new EmailField(getTranslation("province.account.email"));
        email.setWidthFull();
        d.add(new VerticalLayout(name, email));
        Button save = new Button(getTranslation("admin.save"), e -> {
            OneTimePassword[] created = new OneTimePassword[1];
            if (ProvinceForms.run(this, Map.of("fullName", name, "email", email),
                    () -> created[0] = accounts.createOfficer(b.id(), name.getValue(), email.getValue()))) {
                d.close();
                refresh();
                ProvinceForms.showPassword(this, created[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("min(30rem, 95vw)");
        d.open();
        name.focus();
    }
}
