package vn.hoinghi.assembly.ui;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;

/**
 * A task's form: its fields bound with a Binder to a form object F that carries Bean Validation, and one button
 * that checks F, then saves the data and completes the task together. What F's constraints or the service refuse
 * is shown at the field it concerns, found by its path ("heldOn", "votes[2].votesFor") among this form's
 * fields and its rows' fields of the same names; only a refusal of the whole form is a pop-up.
 */
abstract class TaskForm<F> extends VerticalLayout {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    protected final Binder<F> binder = new Binder<>();
    private final Supplier<F> newForm;
    private final Runnable onDone;
    private final List<Registration> marks = new ArrayList<>();
    private final Set<HasValidation> marked = new java.util.HashSet<>();

    protected TaskForm(Supplier<F> newForm, Runnable onDone) {
        this.newForm = newForm;
        this.onDone = onDone;
        setPadding(false);
        addClassName("task-form");
    }

    /** Binds a field of this form to a property of the form object. */
    protected <V> void bind(HasValue<?, V> field, ValueProvider<F, V> getter, Setter<F, V> setter) {
        binder.forField(field).bind(getter, setter);
    }

    /** Adds the submit button; call last in the constructor. */
    protected void addSubmit(String label) {
        Button submit = new Button(label, VaadinIcon.CHECK.create(), e -> save());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("submit-task");
        add(new HorizontalLayout(submit));
    }

    protected String successMessage() {
        return getTranslation("form.saved");
    }

    /**
     * The form to show after a save that left the task open (a vote or round not adopted, so the next one is
     * entered), or null when the save completed the task.
     */
    protected com.vaadin.flow.component.Component next() {
        return null;
    }

    /** Replaces this form in its page by another, such as the next round's. */
    protected void replaceWith(com.vaadin.flow.component.Component other) {
        getParent().ifPresent(p -> {
            if (p instanceof com.vaadin.flow.component.HasOrderedComponents parent) {
                parent.replace(this, other);
            }
        });
    }

    /** Copies into the form object what the binder does not bind, such as the rows of a list. */
    protected void collect(F form) {
    }

    /** Hands the form object to the service, which checks every rule again. */
    protected abstract void submit(F form);

    private void save() {
        clearMarks();
        F form = newForm.get();
        binder.writeBeanAsDraft(form, true);
        collect(form);
        Set<ConstraintViolation<F>> violations = VALIDATOR.validate(form);
        if (!violations.isEmpty()) {
            violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> show(v.getPropertyPath().toString(), getTranslation(v.getMessage())));
            return;
        }
        try {
            submit(form);
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            show(rule.field(), getTranslation(rule.messageKey(), rule.args()));
            return;
        }
        com.vaadin.flow.component.Component next = next();
        Errors.showSuccess(successMessage());
        if (next != null) {
            replaceWith(next);
            return;
        }
        onDone.run();
    }

    protected Runnable onDone() {
        return onDone;
    }

    /** Shows the text under the field the path names, or as a pop-up when it names none of this form's fields. */
    void show(String path, String text) {
        HasValidation field = path == null || path.isEmpty() ? null : fieldAt(path);
        if (field == null) {
            Errors.showError(text);
            return;
        }
        if (!marked.add(field)) {
            return; // the first message for a field is the one to fix first
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        if (marked.size() == 1 && field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        if (field instanceof HasValue<?, ?> value) {
            marks.add(value.addValueChangeListener(e -> {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }));
        }
        marks.add(() -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    private void clearMarks() {
        marks.forEach(Registration::remove);
        marks.clear();
        marked.clear();
    }

    /** The field at a path of Java field names of this form and its rows: "votes[2].votesFor". */
    private HasValidation fieldAt(String path) {
        Object current = this;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            current = read(current, name);
            if (bracket >= 0 && current != null) {
                String key = segment.substring(bracket + 1, segment.indexOf(']'));
                if (current instanceof java.util.Map<?, ?> map) {
                    current = map.get(Long.valueOf(key)); // fields by id, such as the votes of each candidate
                } else {
                    int index = Integer.parseInt(key);
                    List<?> items = current instanceof RowList<?, ?> rows ? rows.filledRows()
                            : current instanceof List<?> list ? list : List.of();
                    current = index >= 0 && index < items.size() ? items.get(index) : null;
                }
            }
            if (current == null) {
                return null;
            }
        }
        return current instanceof HasValidation field ? field : null;
    }

    private static Object read(Object owner, String name) {
        for (Class<?> type = owner.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }
}
