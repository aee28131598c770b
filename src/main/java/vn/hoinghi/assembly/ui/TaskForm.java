package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.shared.Errors;

/** A task's form: its fields, and one button that saves the data and completes the task together. */
abstract class TaskForm extends VerticalLayout {

    private final Runnable onDone;

    protected TaskForm(Runnable onDone) {
        this.onDone = onDone;
        setPadding(false);
        addClassName("task-form");
    }

    /** Adds the submit button; call last in the constructor. */
    protected void addSubmit(String label) {
        Button submit = new Button(label, VaadinIcon.CHECK.create(), e -> {
            if (Errors.run(this, this::submit)) {
                Errors.showSuccess(successMessage());
                onDone.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("submit-task");
        add(new HorizontalLayout(submit));
    }

    protected String successMessage() {
        return getTranslation("form.saved");
    }

    protected abstract void submit();
}
