package vn.hoinghi.school.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.ProvinceAccounts;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.shared.MainLayout;

/** An officer's own body's school administrators: reset a forgotten password, lift a lock-out. */
@Route(value = "supervision/admins", layout = MainLayout.class)
@RolesAllowed("SUPERVISOR")
public class BodyAdministratorsView extends VerticalLayout implements HasDynamicTitle {

    final SchoolAdministratorsGrid grid;

    public BodyAdministratorsView(ProvinceAccounts accounts, AuthenticationContext auth) {
        addClassName("page");
        grid = new SchoolAdministratorsGrid(accounts);
        Paragraph hint = new Paragraph(getTranslation("province.bodyAdmins.hint"));
        hint.addClassName("hint");
        add(new H2(getTranslation("province.bodyAdmins.title")), hint, grid);
        auth.getAuthenticatedUser(AppUser.class).map(AppUser::supervisingBodyId).ifPresent(grid::show);
        grid.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("province.bodyAdmins.title") + " · " + getTranslation("app.name");
    }
}
