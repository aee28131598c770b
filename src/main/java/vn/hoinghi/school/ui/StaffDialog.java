package vn.hoinghi.school.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import vn.hoinghi.school.DepartmentInfo;
import vn.hoinghi.school.Gender;
import vn.hoinghi.school.NewStaff;
import vn.hoinghi.school.Position;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Texts;

/**
 * The add/edit form for one member of staff. The same rules are checked again by SchoolAdminService;
 * {@code onSave} answers whether the service accepted the form, and only then the dialog closes.
 */
final class StaffDialog extends Dialog {

    // The same limits as the @Size constraints on NewStaff.
    private static final int MAX_CODE = 40;
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 200;
    private static final int MAX_PHONE = 40;

    private final Binder<NewStaff> binder = new Binder<>();
    private final NewStaff bean;
    private final Predicate<NewStaff> onSave;

    StaffDialog(String title, NewStaff bean, boolean editing, List<DepartmentInfo> allDepartments,
                Predicate<NewStaff> onSave) {
        this.bean = bean;
        this.onSave = onSave;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 95vw)");

        TextField code = new TextField(getTranslation("admin.staff.field.code"));
        code.setMaxLength(MAX_CODE);
        code.setRequiredIndicatorVisible(true);
        if (editing) {
            // updateStaff keeps the code: it is the person's key in the school's own records.
            code.setReadOnly(true);
            code.setHelperText(getTranslation("admin.staff.field.codeFixed"));
        } else {
            code.setHelperText(getTranslation("admin.staff.field.codeHint"));
        }

        TextField fullName = new TextField(getTranslation("admin.staff.field.fullName"));
        fullName.setMaxLength(MAX_NAME);
        fullName.setRequiredIndicatorVisible(true);
        if (!editing) {
            fullName.setHelperText(getTranslation("admin.staff.field.fullNameHint"));
        }

        Select<Position> position = new Select<>();
        position.setLabel(getTranslation("admin.staff.field.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation("position." + p.name()));
        position.setRequiredIndicatorVisible(true);

        // An inactive department is offered only if the person is still in it, so editing keeps it.
        List<DepartmentInfo> departments = allDepartments.stream()
                .filter(d -> d.active() || Objects.equals(d.id(), bean.getDepartmentId()))
                .toList();
        ComboBox<DepartmentInfo> department = new ComboBox<>(getTranslation("admin.staff.field.department"));
        department.setItems((d, filter) -> Texts.matches(d.name(), filter), departments);
        department.setItemLabelGenerator(DepartmentInfo::name);
        department.setClearButtonVisible(true);
        department.setHelperText(getTranslation("admin.staff.field.departmentHint"));

        EmailField email = new EmailField(getTranslation("admin.staff.field.email"));
        email.setMaxLength(MAX_EMAIL);

        Checkbox unionMember = new Checkbox(getTranslation("admin.staff.field.unionMember"));

        DatePicker born = DatePickers.create(getTranslation("staff.field.dateOfBirth"));
        born.setMax(vn.hoinghi.shared.VietnamTime.today());
        Select<Gender> gender = new Select<>();
        gender.setLabel(getTranslation("staff.field.gender"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("staff.field.genderUnknown"));
        gender.setItemLabelGenerator(g -> g == null ? getTranslation("staff.field.genderUnknown")
                : getTranslation("gender." + g.name()));
        TextField phone = new TextField(getTranslation("staff.field.phone"));
        phone.setMaxLength(MAX_PHONE);

        binder.forField(code)
                .asRequired(getTranslation("staff.codeRequired"))
                .withValidator(new StringLengthValidator(getTranslation("admin.staff.field.tooLong", MAX_CODE), 0,
                        MAX_CODE))
                .bind(NewStaff::getCode, NewStaff::setCode);
        binder.forField(fullName)
                .asRequired(getTranslation("staff.nameRequired"))
                .withValidator(new StringLengthValidator(getTranslation("admin.staff.field.tooLong", MAX_NAME), 0,
                        MAX_NAME))
                .bind(NewStaff::getFullName, NewStaff::setFullName);
        binder.forField(position)
                .asRequired(getTranslation("staff.positionRequired"))
                .bind(NewStaff::getPosition, NewStaff::setPosition);
        binder.forField(department)
                .<Long>withConverter(d -> d == null ? null : d.id(),
                        id -> id == null ? null : departments.stream()
                                .filter(d -> d.id() == id).findFirst().orElse(null))
                .bind(NewStaff::getDepartmentId, NewStaff::setDepartmentId);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("admin.staff.field.emailInvalid"), true))
                .withValidator(new StringLengthValidator(getTranslation("admin.staff.field.tooLong", MAX_EMAIL), 0,
                        MAX_EMAIL))
                .bind(NewStaff::getEmail, NewStaff::setEmail);
        binder.forField(unionMember)
                .bind(NewStaff::isUnionMember, NewStaff::setUnionMember);
        binder.forField(born)
                .bind(NewStaff::getDateOfBirth, NewStaff::setDateOfBirth);
        binder.forField(gender)
                .bind(NewStaff::getGender, NewStaff::setGender);
        binder.forField(phone)
                .withValidator(v -> v == null || v.isBlank() || v.replaceAll("[\\s.\\-()+]", "").matches("\\d{9,15}"),
                        getTranslation("staff.field.phoneInvalid"))
                .bind(NewStaff::getPhone, NewStaff::setPhone);
        binder.readBean(bean);

        FormLayout form = new FormLayout(code, fullName, position, department, born, gender, email, phone,
                unionMember);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(fullName, 2);
        form.setColspan(unionMember, 2);
        add(form);

        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, save);
        (editing ? fullName : code).setAutofocus(true);
    }

    private void save() {
        if (binder.writeBeanIfValid(bean) && onSave.test(bean)) {
            close();
        }
    }
}
