package vn.hoinghi.school.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.school.HeldTasks.HeldTask;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.school.StaffRow;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;

/** Before someone leaves: each open task they hold gets a new holder, then they are deactivated, all at once. */
class HandOverDialog extends Dialog {

    private final Map<String, ComboBox<StaffInfo>> holders = new LinkedHashMap<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    HandOverDialog(SchoolAdminService admin, StaffRow person, List<HeldTask> held, Runnable onDone) {
        setHeaderTitle(getTranslation("handOver.title", person.fullName()));
        setWidth("min(40rem, 100vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(getTranslation("handOver.text", person.fullName(), held.size())));
        for (HeldTask task : held) {
            ComboBox<StaffInfo> box = new ComboBox<>(task.name() + " · " + task.processLabel());
            box.setItems(task.eligible());
            box.setItemLabelGenerator(s -> s.fullName() + (s.departmentName() == null ? "" : " – " + s.departmentName()));
            box.setWidthFull();
            box.addClassName("hand-over-holder");
            if (task.eligible().isEmpty()) {
                box.setHelperText(getTranslation("handOver.nobodyEligible"));
            }
            holders.put(task.taskId(), box);
            body.add(box);
        }
        reason.setLabel(getTranslation("reassign.reason"));
        reason.setValue(getTranslation("handOver.defaultReason", person.fullName()));
        reason.setWidthFull();
        body.add(reason);
        add(body);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        confirm.setText(getTranslation("handOver.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(e -> {
            holders.values().forEach(b -> b.setInvalid(false));
            reason.setInvalid(false);
            Map<String, Long> chosen = new HashMap<>();
            holders.forEach((taskId, box) -> {
                if (box.getValue() != null) {
                    chosen.put(taskId, box.getValue().id());
                }
            });
            try {
                admin.handOverAndDeactivate(person.id(), chosen, reason.getValue());
            } catch (RuntimeException ex) {
                BusinessRuleException rule = Errors.findRule(ex);
                if (rule == null) {
                    throw ex;
                }
                String text = getTranslation(rule.messageKey(), rule.args());
                String field = rule.field() == null ? "" : rule.field();
                if (field.equals("reason")) {
                    reason.setErrorMessage(text);
                    reason.setInvalid(true);
                } else if (field.startsWith("holder.") && holders.containsKey(field.substring(7))) {
                    ComboBox<StaffInfo> box = holders.get(field.substring(7));
                    box.setErrorMessage(text);
                    box.setInvalid(true);
                    box.focus();
                } else {
                    Errors.showError(text);
                }
                return;
            }
            close();
            Errors.showSuccess(getTranslation("handOver.done", person.fullName(), held.size()));
            onDone.run();
        });
        getFooter().add(cancel, confirm);
    }
}
