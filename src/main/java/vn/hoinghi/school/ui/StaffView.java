package vn.hoinghi.school.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.CreatedAccount;
import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.NewStaff;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffFilter;
import vn.hoinghi.school.StaffRow;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;

/**
 * The school's staff and their accounts: add, edit, record leaving, reset a password, lift a lock-out.
 * Paged and searched in the database, so a school of any size opens at once.
 */
@Route(value = "admin/staff", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolAdminService admin;
    private final SchoolDirectory directory;
    private final long schoolId;
    private final Long myStaffId;

    private final Grid<StaffRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox showLeft = new Checkbox();
    private final Span count = new Span();

    public StaffView(SchoolAdminService admin, SchoolDirectory directory) {
        this.admin = admin;
        this.directory = directory;
        AppUser me = CurrentUser.require();
        if (me.schoolId() == null) {
            throw new BusinessRuleException("error.accessDenied");
        }
        this.schoolId = me.schoolId();
        this.myStaffId = me.staffId();

        addClassName("page");
        setSizeFull();

        search.setPlaceholder(getTranslation("admin.staff.search"));
        search.setAriaLabel(getTranslation("admin.staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> refresh());

        showLeft.setLabel(getTranslation("admin.staff.showLeft"));
        showLeft.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("admin.staff.add"), VaadinIcon.PLUS.create(), e -> openAdd());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        RouterLink importLink = new RouterLink(getTranslation("staff.list.importLink"), RosterImportView.class);

        HorizontalLayout toolbar = new HorizontalLayout(search, showLeft, count, importLink, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.expand(count);
        count.addClassName("hint");

        configureGrid();

        add(new H2(getTranslation("admin.staff.title")), toolbar, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.staff.title") + " · " + getTranslation("app.name");
    }

    private void configureGrid() {
        grid.addColumn(StaffRow::code).setHeader(getTranslation("admin.staff.col.code"))
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StaffRow::fullName).setHeader(getTranslation("admin.staff.col.fullName"))
                .setSortProperty("sortKey").setAutoWidth(true);
        grid.addColumn(s -> s.position() == null ? "" : getTranslation("position." + s.position().name()))
                .setHeader(getTranslation("admin.staff.col.position")).setSortProperty("position").setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.departmentName(), ""))
                .setHeader(getTranslation("admin.staff.col.department")).setAutoWidth(true);
        grid.addColumn(StaffRow::username).setHeader(getTranslation("admin.staff.col.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(this::roleNames).setHeader(getTranslation("admin.staff.col.roles")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.staff.col.status"))
                .setSortProperty("active").setAutoWidth(true).setFlexGrow(0);
        // Kept in view at the right edge: a half-hidden button made the grid scroll sideways on mouse-down to show
        // the focused cell, so the mouse-up landed elsewhere and the click was lost (a phone always, a desktop often).
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.col.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> openEdit(e.getItem()));
        grid.setEmptyStateText(getTranslation("admin.staff.empty"));
        grid.setWidthFull();
    }

    /** Active or left, and the account's state: locked after wrong passwords, or still on its first password. */
    private Div status(StaffRow s) {
        Div box = new Div(new Span(getTranslation(s.active() ? "admin.staff.status.active"
                : "admin.staff.status.left")));
        if (s.active() && s.locked()) {
            Span locked = new Span(getTranslation("staff.list.locked"));
            locked.addClassName("rule-bad");
            box.add(new Div(locked));
        } else if (s.active() && s.mustChangePassword()) {
            Span first = new Span(getTranslation("staff.list.initialPassword"));
            first.addClassName("hint");
            box.add(new Div(first));
        }
        return box;
    }

    /** Every person holds STAFF, so it says nothing here; the other roles in force today are listed. */
    private String roleNames(StaffRow s) {
        return s.roles().stream()
                .filter(r -> r != Role.STAFF)
                .sorted()
                .map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(StaffRow s) {
        Button edit = small(getTranslation("admin.staff.edit"), () -> openEdit(s));
        Button leave;
        if (s.active()) {
            leave = small(getTranslation("admin.staff.deactivate"), () -> confirmDeactivate(s));
            // An administrator who locks themselves out needs another administrator to get back in.
            leave.setEnabled(!Objects.equals(myStaffId, s.id()));
        } else {
            leave = small(getTranslation("admin.staff.reactivate"), () -> confirmReactivate(s));
        }
        Button reset = small(getTranslation("admin.staff.resetPassword"), () -> confirmReset(s));
        reset.setEnabled(s.active());
        HorizontalLayout row = new HorizontalLayout(edit, leave, reset);
        if (s.locked()) {
            row.add(small(getTranslation("staff.list.unlock"), () -> unlock(s)));
        }
        row.setSpacing(false);
        return row;
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }

    /** Pages come from the database as the grid scrolls; the count is of everyone the search finds. */
    private void refresh() {
        StaffFilter filter = new StaffFilter(search.getValue(), showLeft.getValue());
        grid.setItems(query -> admin.staffPage(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) admin.countStaff(filter));
        count.setText(getTranslation("admin.staff.count", admin.countStaff(filter)));
    }

    private void unlock(StaffRow s) {
        if (Errors.run(this, () -> admin.unlock(s.id()))) {
            refresh();
            Errors.showSuccess(getTranslation("staff.list.unlocked", s.fullName()));
        }
    }

    private List<DepartmentInfo> departments() {
        return directory.departments(schoolId);
    }

    private void openAdd() {
        new StaffDialog(getTranslation("admin.staff.addTitle"), new NewStaff(), false, departments(), form -> {
            AtomicReference<CreatedAccount> created = new AtomicReference<>();
            boolean ok = Errors.run(this, () -> created.set(admin.addStaff(form)));
            if (ok) {
                refresh();
                showOnce(getTranslation("admin.staff.created.title"),
                        getTranslation("admin.staff.created.text", form.getFullName().trim())
                                + (admin.mailsPasswords() && !form.getEmail().isBlank()
                                ? " " + getTranslation("staff.list.mailed", form.getEmail().trim()) : ""),
                        created.get().username(), created.get().initialPassword());
            }
            return ok;
        }).open();
    }

    private void openEdit(StaffRow s) {
        NewStaff form = new NewStaff();
        form.setCode(s.code());
        form.setFullName(s.fullName());
        form.setPosition(s.position());
        form.setDepartmentId(s.departmentId());
        form.setEmail(Objects.toString(s.email(), ""));
        form.setUnionMember(s.unionMember());
        form.setDateOfBirth(s.dateOfBirth());
        form.setGender(s.gender());
        form.setPhone(Objects.toString(s.phone(), ""));
        new StaffDialog(getTranslation("admin.staff.editTitle", s.fullName()), form, true, departments(), f -> {
            boolean ok = Errors.run(this, () -> admin.updateStaff(s.id(), f));
            if (ok) {
                refresh();
                Errors.showSuccess(getTranslation("admin.saved"));
            }
            return ok;
        }).open();
    }

    private void confirmDeactivate(StaffRow s) {
        List<vn.hoinghi.school.HeldTasks.HeldTask> held = admin.heldTasks(s.id());
        if (!held.isEmpty()) {
            // open tasks get a new holder first, or the assembly would wait for someone who has left
            new HandOverDialog(admin, s, held, this::refresh).open();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.staff.deactivate.title"));
        confirm.setText(getTranslation("admin.staff.deactivate.text", s.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.staff.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (Errors.run(this, () -> admin.deactivate(s.id()))) {
                refresh();
                Errors.showSuccess(getTranslation("admin.staff.deactivate.done", s.fullName()));
            }
        });
        confirm.open();
    }

    private void confirmReactivate(StaffRow s) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.staff.reactivate.title"));
        confirm.setText(getTranslation("admin.staff.reactivate.text", s.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.staff.reactivate"));
        confirm.addConfirmListener(e -> {
            if (Errors.run(this, () -> admin.reactivate(s.id()))) {
                refresh();
                Errors.showSuccess(getTranslation("admin.staff.reactivate.done", s.fullName()));
            }
        });
        confirm.open();
    }

    private void confirmReset(StaffRow s) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("admin.staff.reset.title"));
        confirm.setText(getTranslation("admin.staff.reset.text", s.fullName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.staff.resetPassword"));
        confirm.addConfirmListener(e -> {
            AtomicReference<String> password = new AtomicReference<>();
            if (Errors.run(this, () -> password.set(admin.resetPassword(s.id())))) {
                refresh();
                showOnce(getTranslation("admin.staff.reset.doneTitle"),
                        getTranslation("admin.staff.reset.doneText", s.fullName())
                                + (admin.mailsPasswords() && s.email() != null
                                ? " " + getTranslation("staff.list.mailed", s.email()) : ""),
                        s.username(), password.get());
            }
        });
        confirm.open();
    }

    /**
     * Shows a password the one time it exists in clear text; only its hash is stored. The dialog
     * closes only by its button, so a stray click does not lose it.
     */
    private void showOnce(String title, String text, String username, String password) {
        Dialog d = new Dialog();
        d.setHeaderTitle(title);
        d.setCloseOnOutsideClick(false);
        d.setCloseOnEsc(false);
        d.setWidth("min(32rem, 95vw)");

        Div credentials = new Div(
                credential(getTranslation("admin.staff.created.username"), username),
                credential(getTranslation("admin.staff.created.password"), password));
        Paragraph warning = new Paragraph(getTranslation("admin.staff.created.warning"));
        warning.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
        d.add(new Paragraph(text), credentials, warning);

        Button done = new Button(getTranslation("admin.staff.created.done"), e -> d.close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(done);
        d.open();
    }

    private static Div credential(String label, String value) {
        Span l = new Span(label + ": ");
        Span v = new Span(value);
        v.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("font-weight", "600").set("user-select", "all");
        Div row = new Div(l, v);
        row.getStyle().set("margin", "var(--lumo-space-s) 0");
        return row;
    }
}
