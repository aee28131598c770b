package vn.hoinghi.school.ui;

import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.BodyKind;
import vn.hoinghi.school.ProvinceRecords.BodyForm;
import vn.hoinghi.school.ProvinceRecords.BodyRow;
import vn.hoinghi.school.ProvinceService;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;

/** The province's supervising bodies: create, rename, kind, parent body, close. */
@Route(value = "province/bodies", layout = MainLayout.class)
@RolesAllowed("SYSTEM_ADMIN")
public class ProvinceBodiesView extends VerticalLayout implements HasDynamicTitle {

    private final ProvinceService province;
    final Grid<BodyRow> grid = new Grid<>();

    public ProvinceBodiesView(ProvinceService province) {
        this.province = province;
        addClassName("page");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("province.bodies.hint"));
        hint.addClassName("hint");
        Button add = new Button(getTranslation("province.bodies.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("add-body");

        grid.addClassName("bodies");
        grid.addColumn(BodyRow::name).setHeader(getTranslation("province.body.name")).setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(b -> Objects.toString(b.code(), "")).setHeader(getTranslation("province.body.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> getTranslation("bodyKind." + b.kind().name()))
                .setHeader(getTranslation("province.body.kind")).setAutoWidth(true);
        grid.addColumn(b -> Objects.toString(b.parentName(), "")).setHeader(getTranslation("province.body.parent"))
                .setAutoWidth(true);
        grid.addColumn(BodyRow::schools).setHeader(getTranslation("province.body.schools")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(BodyRow::officers).setHeader(getTranslation("province.body.officers")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(b -> {
            Span s = new Span(getTranslation(b.active() ? "province.active" : "province.inactive"));
            s.addClassName(b.active() ? "rule-ok" : "rule-bad");
            return s;
        }).setHeader(getTranslation("province.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.WRAP_CELL_CONTENT);
        grid.setWidthFull();

        add(new H2(getTranslation("province.bodies.title")), hint, add, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("province.bodies.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout actions(BodyRow b) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(b));
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setAriaLabel(getTranslation("province.bodies.edit"));
        edit.setTooltipText(getTranslation("province.bodies.edit"));
        Button toggle = new Button(getTranslation(b.active() ? "province.bodies.close" : "province.bodies.reopen"),
                e -> {
                    if (Errors.run(this, () -> province.setBodyActive(b.id(), !b.active()))) {
                        refresh();
                    }
                });
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return new HorizontalLayout(edit, toggle);
    }

    void refresh() {
        grid.setItems(province.bodies());
    }

    /** The body's form in a dialog; a null row creates one. */
    void edit(BodyRow row) {
        Dialog d = new Dialog();
        d.addClassName("body-dialog");
        d.setHeaderTitle(getTranslation(row == null ? "province.bodies.add" : "province.bodies.edit"));
        TextField name = new TextField(getTranslation("province.body.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        TextField code = new TextField(getTranslation("province.body.code"));
        code.setHelperText(getTranslation("province.body.codeHelp"));
        Select<BodyKind> kind = new Select<>();
        kind.setLabel(getTranslation("province.body.kind"));
        kind.setItems(BodyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("bodyKind." + k.name()));
        kind.setValue(BodyKind.COMMUNE_PEOPLES_COMMITTEE);
        ComboBox<BodyRow> parent = new ComboBox<>(getTranslation("province.body.parent"));
        parent.setItems(province.bodies().stream().filter(b -> row == null || b.id() != row.id()).toList());
        parent.setItemLabelGenerator(BodyRow::name);
        parent.setClearButtonVisible(true);
        if (row != null) {
            name.setValue(row.name());
            code.setValue(Objects.toString(row.code(), ""));
            kind.setValue(row.kind());
            parent.getListDataView().getItems().filter(b -> Objects.equals(b.id(), row.parentId())).findFirst()
                    .ifPresent(parent::setValue);
        }
        FormLayout form = new FormLayout(name, code, kind, parent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(name, 2);
        d.add(form);
        Button save = new Button(getTranslation("admin.save"), e -> {
            BodyForm f = new BodyForm(code.getValue(), name.getValue(), kind.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id());
            if (ProvinceForms.run(this, Map.of("name", name, "code", code, "kind", kind, "parent", parent),
                    () -> {
                        if (row == null) {
                            province.createBody(f);
                        } else {
                            province.updateBody(row.id(), f);
                        }
                    })) {
                d.close();
                refresh();
                Errors.showSuccess(getTranslation("province.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save");
        Button cancel = new Button(getTranslation("admin.cancel"), e -> d.close());
        d.getFooter().add(cancel, save);
        d.setWidth("min(40rem, 95vw)");
        d.open();
        name.focus();
    }
}
