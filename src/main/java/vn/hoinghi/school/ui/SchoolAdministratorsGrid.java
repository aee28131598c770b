package vn.hoinghi.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import vn.hoinghi.school.ProvinceAccounts;
import vn.hoinghi.school.ProvinceRecords.AccountRow;
import vn.hoinghi.shared.Errors;

/** The administrators of a body's schools, with reset and unlock: the system administrator's and the officers'. */
class SchoolAdministratorsGrid extends Grid<AccountRow> {

    private final ProvinceAccounts accounts;
    private long bodyId = -1;

    SchoolAdministratorsGrid(ProvinceAccounts accounts) {
        this.accounts = accounts;
        addClassName("school-admins");
        addColumn(AccountRow::placeName).setHeader(getTranslation("province.accounts.school")).setFlexGrow(1)
                .setResizable(true);
        addColumn(AccountRow::fullName).setHeader(getTranslation("province.account.fullName")).setAutoWidth(true);
        addColumn(AccountRow::username).setHeader(getTranslation("roster.accounts.username")).setAutoWidth(true);
        addComponentColumn(this::state).setHeader(getTranslation("province.status")).setAutoWidth(true);
        addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        setWidthFull();
    }

    void show(long bodyId) {
        this.bodyId = bodyId;
        setItems(accounts.schoolAdministrators(bodyId));
    }

    Span state(AccountRow a) {
        String key = !a.active() ? "province.inactive" : a.locked() ? "province.accounts.locked"
                : a.mustChangePassword() ? "province.accounts.mustChange" : "province.active";
        Span s = new Span(getTranslation(key));
        s.addClassName(a.locked() || !a.active() ? "rule-bad" : "rule-ok");
        return s;
    }

    private HorizontalLayout actions(AccountRow a) {
        Button reset = new Button(getTranslation("province.accounts.reset"), e -> {
            if (Errors.run(this, () -> ProvinceForms.showPassword(this, accounts.resetSchoolAdministrator(a.id())))) {
                show(bodyId);
            }
        });
        reset.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        reset.addClassName("reset");
        Button unlock = new Button(getTranslation("province.accounts.unlock"), e -> {
            if (Errors.run(this, () -> accounts.unlockSchoolAdministrator(a.id()))) {
                show(bodyId);
                Errors.showSuccess(getTranslation("province.accounts.unlocked", a.fullName()));
            }
        });
        unlock.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        unlock.setVisible(a.locked());
        return new HorizontalLayout(reset, unlock);
    }
}
