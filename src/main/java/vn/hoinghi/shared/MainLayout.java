package vn.hoinghi.shared;

import org.springframework.security.core.userdetails.UserDetails;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in page. Links are by route name so no module depends on another's views. */
@PermitAll
@JsModule("./components/vi-strings.js")
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, java.util.List<HeaderItem> headerItems) {
        addClassName("main-layout");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");

        String name = auth.getAuthenticatedUser(UserDetails.class)
                .map(u -> u instanceof DisplayNamed d ? d.fullName() : u.getUsername()).orElse("");
        Span user = new Span(name);
        user.addClassName("current-user");
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.addClassName("app-logout");
        // On a phone only the icon shows: the name stays for screen readers.
        logout.setAriaLabel(getTranslation("nav.logout"));

        DrawerToggle toggle = new DrawerToggle();
        // Vaadin's own label is English ("Toggle navigation panel")
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        HorizontalLayout header = new HorizontalLayout(toggle, title, user);
        header.getElement().setAttribute("role", "banner");
        if (auth.isAuthenticated()) {
            headerItems.stream().map(HeaderItem::create).filter(java.util.Objects::nonNull).forEach(header::add);
        }
        header.add(new LanguageSwitch(), logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (auth.hasRole("SYSTEM_ADMIN")) {
            // Above every body and in no school: no inbox, no assemblies, the province's set-up instead.
            nav.addItem(new SideNavItem(getTranslation("nav.province.schools"), "province/schools",
                    VaadinIcon.ACADEMY_CAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.province.import"), "province/import",
                    VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.province.bodies"), "province/bodies",
                    VaadinIcon.INSTITUTION.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.province.accounts"), "province/accounts",
                    VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.bodyUnits"), "body/units", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.holidays"), "province/holidays", VaadinIcon.CALENDAR.create()));
        } else {
            nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "", VaadinIcon.INBOX.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.assemblies"), "assemblies", VaadinIcon.CALENDAR_USER.create()));
        }
        if (auth.hasRole("SUPERVISOR")) {
            nav.addItem(new SideNavItem(getTranslation("nav.supervision"), "supervision", VaadinIcon.TABLE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.season"), "supervision/season", VaadinIcon.CALENDAR_CLOCK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.bodyAdmins"), "supervision/admins", VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.bodyUnits"), "body/units", VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.conferences"), "conferences", VaadinIcon.PRESENTATION.create()));
        }
        if (auth.hasRole("PRINCIPAL")) {
            nav.addItem(new SideNavItem(getTranslation("nav.launch"), "launch", VaadinIcon.FLAG.create()));
        }
        if (auth.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("nav.staff"), "admin/staff", VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.departments"), "admin/departments", VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.roles"), "admin/roles", VaadinIcon.KEY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "admin/import", VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.settings"), "admin/settings", VaadinIcon.COG.create()));
        }
        if (auth.hasRole("ADMIN") || auth.hasRole("SUPERVISOR")) {
            nav.addItem(new SideNavItem(getTranslation("nav.outbox"), "outbox", VaadinIcon.ENVELOPES.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.password"), "account/password", VaadinIcon.PASSWORD.create()));
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggleChildren")));
        addToDrawer(nav);
        // Vaadin's own screen-reader strings are English: the drawer's name, and "Sort by" on sortable grid
        // columns (frontend/components/vi-strings.js reads the text from this attribute)
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        getElement().setAttribute("data-sort-by", getTranslation("grid.sortBy"));
        getElement().setAttribute("data-password-reveal", getTranslation("password.reveal"));
        setPrimarySection(Section.DRAWER);
    }

    /** Each page is the main landmark, so screen readers can jump to it past the header and the menu. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }
}
