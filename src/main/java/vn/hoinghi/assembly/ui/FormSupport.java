package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.Assembly;
import vn.hoinghi.assembly.workflow.AssemblyTask;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Texts;

/** Small builders shared by the task forms, so every form looks and reads alike. */
final class FormSupport {

    private FormSupport() {
    }

    static Component header(Component owner, AssemblyTask task, Assembly assembly) {
        com.vaadin.flow.component.orderedlayout.VerticalLayout box =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.add(new H2(task.name()));
        String due = task.dueDate() == null ? "" : owner.getTranslation("form.due",
                Texts.date(LocalDate.ofInstant(task.dueDate().toInstant(), vn.hoinghi.shared.VietnamTime.ZONE)));
        Span meta = new Span(owner.getTranslation("form.assemblyOf", assembly.getSchoolYear()) + " " + due);
        meta.addClassName("hint");
        box.add(meta);
        return box;
    }

    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    static DatePicker date(String label, LocalDate value) {
        DatePicker d = DatePickers.create(label);
        d.setValue(value);
        d.setRequiredIndicatorVisible(true);
        return d;
    }

    static TextArea area(String label, String value) {
        TextArea t = new TextArea(label);
        t.setWidthFull();
        t.setValue(value == null ? "" : value);
        t.setMinHeight("6em");
        return t;
    }

    /** Shows a text's limit under the field and stops typing past it; the service checks it again. */
    static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setHelperText(field.getTranslation("validation.limit", grouped(max)));
    }

    static void limit(com.vaadin.flow.component.textfield.TextField field, int max) {
        field.setMaxLength(max);
        field.setHelperText(field.getTranslation("validation.limit", grouped(max)));
    }

    /** 200000 as "200.000" in Vietnamese, "200,000" in English. */
    private static String grouped(int n) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return java.text.NumberFormat.getIntegerInstance(ui == null ? vn.hoinghi.shared.AppI18NProvider.VIETNAMESE
                : ui.getLocale()).format(n);
    }

    static IntegerField count(String label) {
        IntegerField f = new IntegerField(label);
        f.setMin(0);
        f.setStepButtonsVisible(true);
        f.setWidth("9em");
        return f;
    }

    static MultiSelectComboBox<StaffInfo> people(String label, Collection<StaffInfo> staff, Set<Long> selected) {
        MultiSelectComboBox<StaffInfo> box = new MultiSelectComboBox<>(label);
        box.setItems(staff);
        box.setItemLabelGenerator(StaffInfo::fullName);
        box.setWidthFull();
        box.setValue(staff.stream().filter(s -> selected.contains(s.id())).collect(Collectors.toSet()));
        return box;
    }

    static ComboBox<StaffInfo> person(String label, Collection<StaffInfo> staff) {
        ComboBox<StaffInfo> box = new ComboBox<>(label);
        box.setItems(staff);
        box.setItemLabelGenerator(s -> s.fullName() + (s.departmentName() == null ? "" : " – " + s.departmentName()));
        box.setWidth("20em");
        return box;
    }

    static Set<Long> ids(Set<StaffInfo> people) {
        return people.stream().map(StaffInfo::id).collect(Collectors.toSet());
    }

    static LocalDate toDate(Date d) {
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), vn.hoinghi.shared.VietnamTime.ZONE);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
