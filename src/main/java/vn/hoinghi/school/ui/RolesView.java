package vn.hoinghi.school.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.RoleHolder;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;

/** Who holds which role, from when to when; the roles in force on a day decide who gets which task. */
@Route(value = "admin/roles", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class RolesView extends VerticalLayout implements HasDynamicTitle {

    /** Everyone is STAFF and SUPERVISOR belongs to a supervising body, so neither is given here. */
    private static final List<Role> ASSIGNABLE = Arrays.stream(Role.values())
            .filter(Role::assignableInSchool)
            .toList();

    private final SchoolAdminService admin;
    private final SchoolDirectory directory;
    private final long schoolId;

    private final Grid<RoleHolder> grid = new Grid<>();
    private final Checkbox showEnded = new Checkbox();
    private final ComboBox<StaffInfo> person = new ComboBox<>();
    private final Select<Role> role = new Select<>();
    private final ComboBox<DepartmentInfo> department = new ComboBox<>();
    private final DatePicker from;

    public RolesView(SchoolAdminService admin, SchoolDirectory directory) {
        this.admin = admin;
        this.directory = directory;
        Long school = CurrentUser.require().schoolId();
        if (school == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        this.schoolId = school;
        this.from = DatePickers.create(getTranslation("admin.roles.field.from"));

        addClassName("page");
        setSizeFull();

        Paragraph unionHint = new Paragraph(getTranslation("admin.roles.unionHint",
                getTranslation(Role.UNION_CHAIR.messageKey()), getTranslation(Role.UNION_EXECUTIVE.messageKey()),
                getTranslation(Role.UNION_GROUP_HEAD.messageKey())));
        unionHint.addClassName("hint");
        Paragraph loginHint = new Paragraph(getTranslation("admin.roles.loginHint"));
        loginHint.addClassName("hint");

        showEnded.setLabel(getTranslation("admin.roles.showEnded"));
        showEnded.addValueChangeListener(e -> refresh());

        configureGrid();
        add(new H2(getTranslation("admin.roles.title")), assignForm(), unionHint, loginHint,
                new H3(getTranslation("admin.roles.holders")), showEnded, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.roles.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout assignForm() {
        person.setLabel(getTranslation("admin.roles.field.person"));
        person.setItems((s, filter) -> Texts.matches(personLabel(s), filter), directory.activeStaff(schoolId));
        person.setItemLabelGenerator(RolesView::personLabel);
        person.setWidth("min(20rem, 100%)");
        person.addValueChangeListener(e -> suggestDepartment());

        role.setLabel(getTranslation("admin.roles.field.role"));
        role.setItems(ASSIGNABLE);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setWidth("min(16rem, 100%)");
        role.addValueChangeListener(e -> {
            boolean scoped = e.getValue() != null && e.getValue().departmentScoped();
            department.setEnabled(scoped);
            department.setRequiredIndicatorVisible(scoped);
            if (scoped) {
                suggestDepartment();
            } else {
                department.clear();
            }
        });

        department.setLabel(getTranslation("admin.roles.field.department"));
        department.setItems((d, filter) -> Texts.matches(d.name(), filter), directory.activeDepartments(schoolId));
        department.setItemLabelGenerator(DepartmentInfo::name);
        department.setEnabled(false);
        department.setHelperText(getTranslation("admin.roles.field.departmentHint"));
        department.setWidth("min(16rem, 100%)");

        from.setValue(vn.hoinghi.shared.VietnamTime.today());

        Button assign = new Button(getTranslation("admin.roles.assign"), VaadinIcon.PLUS.create(), e -> assign());
        assign.addThemeVariants(ButtonVariant.PRIMARY);

        HorizontalLayout form = new HorizontalLayout(person, role, department, from, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private static String personLabel(StaffInfo s) {
        return s.departmentName() == null
                ? s.fullName() + " (" + s.code() + ")"
                : s.fullName() + " (" + s.code() + ", " + s.departmentName() + ")";
    }

    /** A department head or union group head usually leads the department they work in. */
    private void suggestDepartment() {
        Role r = role.getValue();
        StaffInfo p = person.getValue();
        if (r == null || !r.departmentScoped() || p == null || p.departmentId() == null || !department.isEmpty()) {
            return;
        }
        department.getListDataView().getItems()
                .filter(d -> d.id() == p.departmentId())
                .findFirst()
                .ifPresent(department::setValue);
    }

    private void assign() {
        StaffInfo p = person.getValue();
        Role r = role.getValue();
        if (p == null) {
            person.setInvalid(true);
            person.setErrorMessage(getTranslation("admin.roles.personRequired"));
            return;
        }
        if (r == null) {
            role.setInvalid(true);
            role.setErrorMessage(getTranslation("admin.roles.roleRequired"));
            return;
        }
        person.setInvalid(false);
        role.setInvalid(false);
        DepartmentInfo d = r.departmentScoped() ? department.getValue() : null;
        LocalDate start = from.getValue() == null ? vn.hoinghi.shared.VietnamTime.today() : from.getValue();
        if (Errors.run(this, () -> admin.assignRole(p.id(), r, d == null ? null : d.id(), start))) {
            refresh();
            String roleName = getTranslation(r.messageKey());
            Errors.showSuccess(d == null
                    ? getTranslation("admin.roles.assigned", roleName, p.fullName())
                    : getTranslation("admin.roles.assignedDepartment", roleName, p.fullName(), d.name()));
            person.clear();
            department.clear();
        }
    }

    private void configureGrid() {
        grid.addColumn(h -> getTranslation(h.role().messageKey())).setHeader(getTranslation("admin.roles.col.role"))
                .setComparator(Comparator.comparing(RoleHolder::role)).setAutoWidth(true);
        grid.addColumn(RoleHolder::fullName).setHeader(getTranslation("admin.roles.col.person"))
                .setComparator(Comparator.comparing(RoleHolder::fullName, Texts.personNameOrder())).setAutoWidth(true);
        grid.addColumn(h -> Objects.toString(h.departmentName(), ""))
                .setHeader(getTranslation("admin.roles.col.department")).setSortable(true).setAutoWidth(true);
        grid.addColumn(h -> Texts.date(h.validFrom())).setHeader(getTranslation("admin.roles.col.from"))
                .setComparator(Comparator.comparing(RoleHolder::validFrom)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.validTo() == null ? getTranslation("admin.roles.ongoing") : Texts.date(h.validTo()))
                .setHeader(getTranslation("admin.roles.col.to"))
                .setComparator(Comparator.comparing(RoleHolder::validTo,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.col.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.roles.empty"));
        grid.setWidthFull();
    }

    private Button actions(RoleHolder h) {
        Button end = new Button(getTranslation("admin.roles.end"), e -> openEnd(h));
        end.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        // A role whose last day has passed is history; an end date today or later can still be moved.
        end.setVisible(h.validTo() == null || !h.validTo().isBefore(vn.hoinghi.shared.VietnamTime.today()));
        return end;
    }

    private void refresh() {
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();
        boolean includeEnded = showEnded.getValue();
        grid.setItems(admin.roleHolders().stream()
                .filter(h -> includeEnded || h.validTo() == null || !h.validTo().isBefore(today))
                .toList());
    }

    private void openEnd(RoleHolder h) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.roles.endTitle"));
        dialog.setWidth("min(28rem, 95vw)");
        String roleName = getTranslation(h.role().messageKey());
        Paragraph who = new Paragraph(h.departmentName() == null
                ? getTranslation("admin.roles.endText", roleName, h.fullName(), Texts.date(h.validFrom()))
                : getTranslation("admin.roles.endTextDepartment", roleName, h.fullName(), h.departmentName(),
                        Texts.date(h.validFrom())));
        DatePicker on = DatePickers.create(getTranslation("admin.roles.field.endOn"));
        on.setHelperText(getTranslation("admin.roles.field.endOnHint"));
        on.setMin(h.validFrom());
        on.setValue(vn.hoinghi.shared.VietnamTime.today().isBefore(h.validFrom()) ? h.validFrom() : vn.hoinghi.shared.VietnamTime.today());
        on.setRequired(true);
        dialog.add(who, on);

        Button save = new Button(getTranslation("admin.roles.end"), e -> {
            if (on.getValue() == null) {
                on.setInvalid(true);
                on.setErrorMessage(getTranslation("admin.roles.endOnRequired"));
                return;
            }
            if (Errors.run(this, () -> admin.endRole(h.assignmentId(), on.getValue()))) {
                dialog.close();
                refresh();
                Errors.showSuccess(getTranslation("admin.roles.ended", roleName, h.fullName(),
                        Texts.date(on.getValue())));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }
}
