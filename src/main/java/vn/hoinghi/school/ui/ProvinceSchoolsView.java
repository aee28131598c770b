package vn.hoinghi.school.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.BodyMembership;
import vn.hoinghi.school.ProvinceAccounts;
import vn.hoinghi.school.ProvinceRecords.BodyRow;
import vn.hoinghi.school.ProvinceRecords.SchoolCreated;
import vn.hoinghi.school.ProvinceRecords.SchoolForm;
import vn.hoinghi.school.ProvinceRecords.SchoolRow;
import vn.hoinghi.school.ProvinceService;
import vn.hoinghi.school.SchoolLevel;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/** The province's schools: searched and paged in SQL, created one by one, moved to another body. */
@Route(value = "province/schools", layout = MainLayout.class)
@RolesAllowed("SYSTEM_ADMIN")
public class ProvinceSchoolsView extends VerticalLayout implements HasDynamicTitle {

    private final ProvinceService province;
    private final ProvinceAccounts accounts;
    final Grid<SchoolRow> grid = new Grid<>();
    private final ComboBox<BodyRow> bodyFilter = new ComboBox<>();
    private final TextField search = new TextField();

    public ProvinceSchoolsView(ProvinceService province, ProvinceAccounts accounts) {
        this.province = province;
        this.accounts = accounts;
        addClassName("page");
        setSizeFull();

        Button add = new Button(getTranslation("province.schools.add"), VaadinIcon.PLUS.create(), e -> create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("add-school");
        RouterLink importLink = new RouterLink(getTranslation("province.schools.importLink"),
                ProvinceImportView.class);
        HorizontalLayout top = new HorizontalLayout(add, importLink);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);

        bodyFilter.setPlaceholder(getTranslation("province.schools.allBodies"));
        bodyFilter.setItems(province.bodies());
        bodyFilter.setItemLabelGenerator(BodyRow::name);
        bodyFilter.setClearButtonVisible(true);
        bodyFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        bodyFilter.setWidth("min(24rem, 100%)");
        search.setPlaceholder(getTranslation("province.schools.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setClearButtonVisible(true);
        search.setWidth("min(22rem, 100%)");
        HorizontalLayout filters = new HorizontalLayout(bodyFilter, search);
        filters.setWrap(true);
        filters.setWidthFull();

        grid.addClassName("schools");
        grid.addColumn(SchoolRow::name).setHeader(getTranslation("schools.column.NAME")).setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(s -> Objects.toString(s.code(), "")).setHeader(getTranslation("schools.column.CODE"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.level() == null ? "" : getTranslation(s.level().messageKey()))
                .setHeader(getTranslation("schools.column.LEVEL")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolRow::bodyName).setHeader(getTranslation("province.schools.body")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        grid.setItems(q -> province.schools(bodyId(), search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) province.countSchools(bodyId(), search.getValue()));
        grid.setWidthFull();

        add(new H2(getTranslation("province.schools.title")), top, filters, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("province.schools.title") + " · " + getTranslation("app.name");
    }

    private Long bodyId() {
        return bodyFilter.getValue() == null ? null : bodyFilter.getValue().id();
    }

    private MenuBar actions(SchoolRow s) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("province.schools.actions"));
        root.getSubMenu().addItem(getTranslation("province.schools.move"), e -> move(s));
        root.getSubMenu().addItem(getTranslation("province.schools.history"), e -> history(s));
        root.getSubMenu().addItem(getTranslation("province.schools.addAdmin"), e -> addAdministrator(s));
        return menu;
    }

    private List<BodyRow> openBodies() {
        return province.bodies().stream().filter(BodyRow::active).toList();
    }

    void create() {
        Dialog d = new Dialog();
        d.addClassName("school-dialog");
        d.setHeaderTitle(getTranslation("province.schools.add"));
        TextField code = new TextField(getTranslation("schools.column.CODE"));
        code.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("schools.column.NAME"));
        name.setRequiredIndicatorVisible(true);
        Select<SchoolLevel> level = new Select<>();
        level.setLabel(getTranslation("schools.column.LEVEL"));
        level.setItems(SchoolLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        ComboBox<BodyRow> body = new ComboBox<>(getTranslation("province.schools.body"));
        body.setItems(openBodies());
        body.setItemLabelGenerator(BodyRow::name);
        body.setRequiredIndicatorVisible(true);
        if (bodyFilter.getValue() != null && bodyFilter.getValue().active()) {
            body.setValue(bodyFilter.getValue());
        }
        TextField address = new TextField(getTranslation("schools.column.ADDRESS"));
        TextField principal = new TextField(getTranslation("schools.column.PRINCIPAL"));
        EmailField email = new EmailField(getTranslation("schools.column.PRINCIPAL_EMAIL"));
        TextField shortCode = new TextField(getTranslation("schools.column.SHORT_CODE"));
        shortCode.setHelperText(getTranslation("province.schools.shortCodeHelp"));
        TextField place = new TextField(getTranslation("schools.column.PLACE"));
        place.setHelperText(getTranslation("province.schools.placeHelp"));
        Checkbox withAdmin = new Checkbox(getTranslation("province.schools.withAdmin"), true);
        FormLayout form = new FormLayout(code, level, name, body, address, principal, email, shortCode, place,
                withAdmin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        form.setColspan(body, 2);
        form.setColspan(address, 2);
        form.setColspan(withAdmin, 2);
        d.add(form);
        Button save = new Button(getTranslation("admin.save"), e -> {
            SchoolForm f = new SchoolForm(code.getValue(), name.getValue(), level.getValue(),
                    body.getValue() == null ? null : body.getValue().id(), address.getValue(), principal.getValue(),
                    email.getValue(), shortCode.getValue(), place.getValue(), withAdmin.getValue());
            SchoolCreated[] created = new SchoolCreated[1];
            if (ProvinceForms.run(this, Map.of("code", code, "name", name, "level", level, "body", body,
                    "principalName", principal, "principalEmail", email), () -> created[0] = province.createSchool(f))) {
                d.close();
                grid.getDataProvider().refreshAll();
                Errors.showSuccess(getTranslation("province.saved"));
                if (created[0].administrator() != null) {
                    ProvinceForms.showPassword(this, created[0].administrator(),
                            accounts.mailsPasswords() && created[0].administrator().email() != null);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("min(44rem, 95vw)");
        d.open();
        code.focus();
    }

    void move(SchoolRow s) {
        Dialog d = new Dialog();
        d.addClassName("move-dialog");
        d.setHeaderTitle(getTranslation("province.schools.moveTitle", s.name()));
        Paragraph now = new Paragraph(getTranslation("province.schools.moveNow", s.bodyName()));
        ComboBox<BodyRow> target = new ComboBox<>(getTranslation("province.schools.moveTo"));
        target.setItems(openBodies().stream().filter(b -> b.id() != s.bodyId()).toList());
        target.setItemLabelGenerator(BodyRow::name);
        target.setWidthFull();
        DatePicker from = DatePickers.create(getTranslation("province.schools.moveFrom"));
        from.setValue(VietnamTime.today());
        from.setMax(VietnamTime.today());
        from.setHelperText(getTranslation("province.schools.moveHelp"));
        d.add(new VerticalLayout(now, target, from));
        Button save = new Button(getTranslation("province.schools.move"), e -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("province.school.bodyRequired"));
                target.setInvalid(true);
                return;
            }
            if (Errors.run(this, () -> province.moveSchool(s.id(), target.getValue().id(), from.getValue()))) {
                d.close();
                grid.getDataProvider().refreshAll();
                Errors.showSuccess(getTranslation("province.schools.moved", s.name(), target.getValue().name()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("min(32rem, 95vw)");
        d.open();
    }

    private void history(SchoolRow s) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("province.schools.historyTitle", s.name()));
        Grid<BodyMembership> periods = new Grid<>();
        periods.addColumn(BodyMembership::bodyName).setHeader(getTranslation("province.schools.body"))
                .setFlexGrow(1);
        periods.addColumn(m -> Texts.date(m.validFrom())).setHeader(getTranslation("province.schools.from"))
                .setAutoWidth(true);
        periods.addColumn(m -> m.validTo() == null ? "" : Texts.date(m.validTo()))
                .setHeader(getTranslation("province.schools.to")).setAutoWidth(true);
        periods.setItems(province.memberships(s.id()));
        periods.setAllRowsVisible(true);
        periods.addThemeVariants(GridVariant.LUMO_COMPACT);
        d.add(new H4(Objects.toString(s.address(), "")), periods);
        d.getFooter().add(new Button(getTranslation("province.password.close"), e -> d.close()));
        d.setWidth("min(36rem, 95vw)");
        d.open();
    }

    void addAdministrator(SchoolRow s) {
        Dialog d = new Dialog();
        d.addClassName("admin-dialog");
        d.setHeaderTitle(getTranslation("province.schools.addAdminTitle", s.name()));
        Paragraph has = new Paragraph(getTranslation(accounts.hasAdministrator(s.id())
                ? "province.schools.hasAdmin" : "province.schools.noAdmin"));
        has.addClassName("hint");
        TextField name = new TextField(getTranslation("province.account.fullName"));
        name.setValue(Objects.toString(s.principalName(), ""));
        name.setWidthFull();
        EmailField email = new EmailField(getTranslation("province.account.email"));
        email.setValue(Objects.toString(s.principalEmail(), ""));
        email.setWidthFull();
        Checkbox principal = new Checkbox(getTranslation("province.schools.isPrincipal"), true);
        d.add(new VerticalLayout(has, name, email, principal));
        Button save = new Button(getTranslation("province.schools.addAdmin"), e -> {
            var issued = new vn.hoinghi.school.IssuedAccount[1];
            if (ProvinceForms.run(this, Map.of("fullName", name, "email", email), () -> issued[0] =
                    accounts.createSchoolAdministrator(s.id(), name.getValue(), email.getValue(), principal.getValue()))) {
                d.close();
                ProvinceForms.showPassword(this, issued[0], accounts.mailsPasswords() && issued[0].email() != null);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("min(32rem, 95vw)");
        d.open();
    }
}
