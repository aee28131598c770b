package vn.hoinghi.school.ui;

import java.util.Comparator;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;

/** The school's departments (tổ): add, rename, stop and restart. Never deleted: old records name them. */
@Route(value = "admin/departments", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_NAME = 200;

    private final SchoolAdminService admin;
    private final SchoolDirectory directory;
    private final long schoolId;

    private final Grid<DepartmentInfo> grid = new Grid<>();
    private final TextField newName = new TextField();

    public DepartmentsView(SchoolAdminService admin, SchoolDirectory directory) {
        this.admin = admin;
        this.directory = directory;
        Long school = CurrentUser.require().schoolId();
        if (school == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        this.schoolId = school;

        addClassName("page");
        setSizeFull();

        newName.setLabel(getTranslation("admin.departments.newName"));
        newName.setPlaceholder(getTranslation("admin.departments.newNamePlaceholder"));
        newName.setMaxLength(MAX_NAME);
        newName.setWidth("min(24rem, 100%)");
        Button add = new Button(getTranslation("admin.departments.add"), VaadinIcon.PLUS.create(), e -> addDepartment());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(newName);
        HorizontalLayout addRow = new HorizontalLayout(newName, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        Paragraph hint = new Paragraph(getTranslation("admin.departments.hint"));
        hint.addClassName("hint");

        configureGrid();
        add(new H2(getTranslation("admin.departments.title")), hint, addRow, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.departments.title") + " · " + getTranslation("app.name");
    }

    private void configureGrid() {
        grid.addColumn(DepartmentInfo::name).setHeader(getTranslation("admin.departments.col.name"))
                .setComparator(Comparator.comparing(DepartmentInfo::name)).setFlexGrow(2);
        grid.addColumn(DepartmentInfo::memberCount).setHeader(getTranslation("admin.departments.col.members"))
                .setComparator(Comparator.comparingLong(DepartmentInfo::memberCount)).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.active() ? "admin.departments.status.active"
                        : "admin.departments.status.inactive"))
                .setHeader(getTranslation("admin.departments.col.status")).setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.col.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("admin.departments.empty"));
        grid.setWidthFull();
    }

    private HorizontalLayout actions(DepartmentInfo d) {
        Button rename = small(getTranslation("admin.departments.rename"));
        rename.addClickListener(e -> openRename(d));
        Button toggle;
        if (d.active()) {
            toggle = small(getTranslation("admin.departments.deactivate"));
            toggle.addClickListener(e -> confirmDeactivate(d));
        } else {
            toggle = small(getTranslation("admin.departments.activate"));
            toggle.addClickListener(e -> setActive(d, true));
        }
        HorizontalLayout row = new HorizontalLayout(rename, toggle);
        row.setSpacing(false);
        return row;
    }

    private static Button small(String text) {
        Button b = new Button(text);
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }

    private void refresh() {
        grid.setItems(directory.departments(schoolId));
    }

    private void addDepartment() {
        String name = newName.getValue();
        if (Errors.run(this, () -> admin.addDepartment(name))) {
            newName.clear();
            refresh();
            Errors.showSuccess(getTranslation("admin.departments.added", name.trim()));
        }
        newName.focus();
    }

    private void openRename(DepartmentInfo d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.departments.renameTitle", d.name()));
        TextField name = new TextField(getTranslation("admin.departments.col.name"));
        name.setValue(d.name());
        name.setMaxLength(MAX_NAME);
        name.setWidthFull();
        name.setAutofocus(true);
        dialog.add(name);
        dialog.setWidth("min(28rem, 95vw)");

        Button save = new Button(getTranslation("admin.save"), e -> {
            if (Errors.run(this, () -> admin.renameDepartment(d.id(), name.getValue()))) {
                dialog.close();
                refresh();
                Errors.showSuccess(getTranslation("admin.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirmDeactivate(DepartmentInfo d) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.departments.deactivate.title", d.name()));
        confirm.setText(d.memberCount() > 0
                ? getTranslation("admin.departments.deactivate.textMembers", d.name(), d.memberCount())
                : getTranslation("admin.departments.deactivate.text", d.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.departments.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> setActive(d, false));
        confirm.open();
    }

    private void setActive(DepartmentInfo d, boolean active) {
        if (Errors.run(this, () -> admin.setDepartmentActive(d.id(), active))) {
            refresh();
            Errors.showSuccess(getTranslation(active ? "admin.departments.activated" : "admin.departments.deactivated",
                    d.name()));
        }
    }
}
