package vn.hoinghi.school.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import vn.hoinghi.school.BodyUnits;
import vn.hoinghi.school.ProvinceRecords.BodyRow;
import vn.hoinghi.school.ProvinceService;
import vn.hoinghi.security.Role;
import vn.hoinghi.school.BodyUnits.PersonRow;
import vn.hoinghi.school.BodyUnits.UnitRow;
import vn.hoinghi.school.ProvinceRecords.OneTimePassword;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.BodyRole;
import vn.hoinghi.shared.MainLayout;

/**
 * The body's offices and units and its people with their roles: every officer reads them, the leader and deputy
 * leader add units and people (a one-time password shown once) and move people between units and roles. The
 * system administrator, above every body, picks the body and manages it the same way.
 */
@Route(value = "body/units", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "SYSTEM_ADMIN"})
public class BodyUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final BodyUnits service;
    private long bodyId;
    private boolean manage;
    final Grid<UnitRow> units = new Grid<>();
    final Grid<PersonRow> people = new Grid<>();
    final TextField unitName = new TextField();
    /** The system administrator's choice of body (above every body, they pick one); null for an officer. */
    final ComboBox<BodyRow> body;
    Button addUnit;
    Button addPerson;

    public BodyUnitsView(BodyUnits service, ProvinceService province, AuthenticationContext auth) {
        this.service = service;
        addClassName("page");
        addClassName("body-units");
        AppUser user = auth.getAuthenticatedUser(AppUser.class).orElseThrow();
        if (user.hasRole(Role.SYSTEM_ADMIN)) {
            List<BodyRow> bodies = province.bodies();
            body = new ComboBox<>(getTranslation("body.units.pickBody"));
            body.addClassName("pick-body");
            body.setItems(bodies);
            body.setItemLabelGenerator(BodyRow::name);
            body.setWidth("min(40rem, 100%)");
            body.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    show(e.getValue().id());
                }
            });
            add(new H2(getTranslation("body.units.title")), body);
            if (!bodies.isEmpty()) {
                body.setValue(bodies.get(0));
            }
        } else {
            body = null;
            show(user.supervisingBodyId());
        }
    }

    /** The page for one body: its units and people, with the leader's (or the system administrator's) tools. */
    private void show(long bodyId) {
        this.bodyId = bodyId;
        this.manage = service.canManage(bodyId);
        removeAll();
        units.removeAllColumns();
        people.removeAllColumns();
        Paragraph hint = new Paragraph(getTranslation(manage ? "body.units.hintManage" : "body.units.hintRead"));
        hint.addClassName("hint");
        add(new H2(getTranslation("body.units.title")));
        if (body != null) {
            add(body);
        }
        add(hint);

        units.addColumn(UnitRow::name).setHeader(getTranslation("body.units.col.unit")).setFlexGrow(3);
        units.addColumn(UnitRow::people).setHeader(getTranslation("body.units.col.people"));
        if (manage) {
            units.addComponentColumn(u -> {
                Button b = new Button(getTranslation("body.units.rename"), e -> rename(u));
                b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                b.addClassName("rename");
                return b;
            });
        }
        units.setAllRowsVisible(true);
        unitName.setLabel(getTranslation("body.units.newUnit"));
        unitName.addClassName("unit-name");
        addUnit = new Button(getTranslation("body.units.addUnit"), VaadinIcon.PLUS.create(), e -> {
            if (ProvinceForms.run(this, Map.of("name", unitName), () -> service.addUnit(bodyId, unitName.getValue()))) {
                unitName.clear();
                refresh();
            }
        });
        addUnit.addClassName("add-unit");
        add(new H3(getTranslation("body.units.units")), units);
        if (manage) {
            add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(unitName, addUnit) {{
                setDefaultVerticalComponentAlignment(Alignment.BASELINE);
                setWrap(true);
            }});
        }

        people.addColumn(PersonRow::fullName).setHeader(getTranslation("province.account.fullName")).setFlexGrow(2);
        people.addColumn(PersonRow::username).setHeader(getTranslation("login.username"));
        people.addColumn(p -> getTranslation(p.role().messageKey())).setHeader(getTranslation("body.units.col.role"));
        people.addColumn(p -> p.unitName() == null ? "—" : p.unitName()).setHeader(getTranslation("body.units.col.unit"))
                .setFlexGrow(2);
        if (manage) {
            people.addComponentColumn(p -> {
                Button b = new Button(getTranslation("body.units.move"), e -> place(p));
                b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                b.addClassName("move");
                return b;
            });
        }
        people.setAllRowsVisible(true);
        addPerson = new Button(getTranslation("body.units.addPerson"), VaadinIcon.PLUS.create(), e -> addPerson());
        addPerson.addThemeVariants(ButtonVariant.PRIMARY);
        addPerson.addClassName("add-person");
        add(new H3(getTranslation("body.units.people")));
        if (manage) {
            add(addPerson);
        }
        add(people);
        refresh();
    }

    private void refresh() {
        units.setItems(service.units(bodyId));
        people.setItems(service.people(bodyId));
    }

    private Select<Long> unitSelect(Long value) {
        Select<Long> s = new Select<>();
        s.setLabel(getTranslation("body.units.col.unit"));
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        service.units(bodyId).forEach(u -> names.put(u.id(), u.name()));
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(getTranslation("body.units.noUnit"));
        s.setItems(names.keySet());
        s.setItemLabelGenerator(id -> id == null ? getTranslation("body.units.noUnit") : names.get(id));
        s.setValue(value);
        s.setWidthFull();
        s.addClassName("unit");
        return s;
    }

    private Select<BodyRole> roleSelect(BodyRole value) {
        Select<BodyRole> s = new Select<>();
        s.setLabel(getTranslation("body.units.col.role"));
        s.setItems(BodyRole.values());
        s.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        s.setValue(value);
        s.setWidthFull();
        s.addClassName("role");
        return s;
    }

    void addPerson() {
        Dialog d = new Dialog();
        d.addClassName("person-dialog");
        d.setHeaderTitle(getTranslation("body.units.addPerson"));
        TextField name = new TextField(getTranslation("province.account.fullName"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.addClassName("full-name");
        EmailField email = new EmailField(getTranslation("province.account.email"));
        email.setWidthFull();
        Select<Long> unit = unitSelect(null);
        Select<BodyRole> role = roleSelect(BodyRole.OFFICER);
        d.add(new VerticalLayout(name, email, unit, role));
        Button save = new Button(getTranslation("admin.save"), e -> {
            OneTimePassword[] created = new OneTimePassword[1];
            if (ProvinceForms.run(this, Map.of("fullName", name, "email", email, "unit", unit, "role", role),
                    () -> created[0] = service.addPerson(bodyId, unit.getValue(), role.getValue(), name.getValue(),
                            email.getValue()))) {
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

    void place(PersonRow p) {
        Dialog d = new Dialog();
        d.addClassName("place-dialog");
        d.setHeaderTitle(getTranslation("body.units.moveTitle", p.fullName()));
        Select<Long> unit = unitSelect(p.unitId());
        Select<BodyRole> role = roleSelect(p.role());
        d.add(new VerticalLayout(unit, role));
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (ProvinceForms.run(this, Map.of("unit", unit, "role", role),
                    () -> service.place(p.id(), unit.getValue(), role.getValue()))) {
                d.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.open();
    }

    void rename(UnitRow u) {
        Dialog d = new Dialog();
        d.addClassName("rename-dialog");
        d.setHeaderTitle(getTranslation("body.units.rename"));
        TextField name = new TextField(getTranslation("body.units.col.unit"), u.name(), "");
        name.setWidthFull();
        d.add(name);
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (ProvinceForms.run(this, Map.of("name", name), () -> service.renameUnit(u.id(), name.getValue()))) {
                d.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("body.units.title") + " · " + getTranslation("app.name");
    }
}
