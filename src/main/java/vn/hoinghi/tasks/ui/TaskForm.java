package vn.hoinghi.tasks.ui;

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
@org.springframework.modulith.NamedInterface("ui")
public abstract class TaskForm<F> extends VerticalLayout implements vn.hoinghi.tasks.UnsavedChanges {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    protected final Binder<F> binder = new Binder<>();
    private final Supplier<F> newForm;
    private final Runnable onDone;
    private final List<Registration> marks = new ArrayList<>();
    private final Set<HasValidation> marked = new java.util.HashSet<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private vn.hoinghi.tasks.TaskDrafts drafts;
    private String draftTaskId;
    private java.util.Map<String, String> baseline;
    private boolean completed;
    private final com.vaadin.flow.component.html.Span draftNote = new com.vaadin.flow.component.html.Span();

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
        actions.add(submit);
        actions.setWrap(true);
        add(actions);
    }

    /**
     * Lets the form be saved as a draft of its task and reopens the saved draft, if any; called once the form
     * is built. What the form shows from then on is the baseline that "unsaved changes" compares against.
     */
    public void enableDrafts(vn.hoinghi.tasks.TaskDrafts taskDrafts, String taskId, java.util.function.Function<String, String> nameOf) {
        this.drafts = taskDrafts;
        this.draftTaskId = taskId;
        Button saveDraft = new Button(getTranslation("taskDraft.save"), VaadinIcon.DOWNLOAD_ALT.create(),
                e -> saveDraft());
        saveDraft.addClassName("save-draft");
        actions.add(saveDraft);
        draftNote.addClassName("hint");
        draftNote.addClassName("draft-note");
        add(draftNote);
        taskDrafts.find(taskId).ifPresent(saved -> {
            FormSnapshot.restore(this, FormSnapshot.read(saved.content()));
            draftNote.setText(getTranslation("taskDraft.reopened", vn.hoinghi.shared.Texts.dateTime(saved.savedAt()),
                    nameOf.apply(saved.savedBy())));
        });
        baseline = FormSnapshot.take(this);
        warnOnUnload();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return baseline != null && !completed && !FormSnapshot.take(this).equals(baseline);
    }

    @Override
    public boolean saveDraft() {
        if (drafts == null) {
            return false;
        }
        java.util.Map<String, String> now = FormSnapshot.take(this);
        try {
            vn.hoinghi.tasks.TaskDrafts.SavedDraft saved = drafts.save(draftTaskId, FormSnapshot.write(now));
            baseline = now;
            getElement().executeJs("this.__hnDirty = false");
            draftNote.setText(getTranslation("taskDraft.savedAt", vn.hoinghi.shared.Texts.dateTime(saved.savedAt())));
            Errors.showSuccess(getTranslation("taskDraft.saved"));
            return true;
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            Errors.showError(getTranslation(rule.messageKey(), rule.args()));
            return false;
        }
    }

    /**
     * Closing the tab or the browser does not pass through the router: the page asks the browser to confirm,
     * and the browser asks the server whether anything is unsaved only on the way out, so it keeps a flag that
     * the form sets from its fields' changes.
     */
    private void warnOnUnload() {
        getElement().executeJs("""
                const form = this;
                if (!form.__hnUnload) {
                  form.__hnUnload = e => { if (form.__hnDirty) { e.preventDefault(); e.returnValue = ''; } };
                  window.addEventListener('beforeunload', form.__hnUnload);
                }""");
        addDetachListener(e -> getElement().executeJs(
                "if (this.__hnUnload) { window.removeEventListener('beforeunload', this.__hnUnload); this.__hnUnload = null; }"));
        getElement().addEventListener("change", e -> markDirty()).debounce(300);
        getElement().addEventListener("input", e -> markDirty()).debounce(1000);
    }

    private void markDirty() {
        getElement().executeJs("this.__hnDirty = $0", hasUnsavedChanges());
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
        completed = true;
        getElement().executeJs("this.__hnDirty = false");
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
    protected void show(String path, String text) {
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
