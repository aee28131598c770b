package vn.hoinghi.conference.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;

/**
 * A form's inputs by the path the services name in a refusal ("categories[2].expected"), so the refusal is shown
 * at the input it concerns; a refusal of the whole form is a pop-up.
 */
final class FieldMarks {

    private final Map<String, HasValidation> fields = new HashMap<>();

    <F extends HasValidation> F put(String path, F field) {
        fields.put(path, field);
        return field;
    }

    HasValidation field(String path) {
        return fields.get(path);
    }

    /** Forgets a list's inputs before the list is drawn again. */
    void forget(String prefix) {
        fields.keySet().removeIf(k -> k.startsWith(prefix + "["));
    }

    /** Runs the action; a broken rule is shown at its field (or as a pop-up) and false is returned. */
    boolean run(Component owner, Runnable action) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            String text = owner.getTranslation(rule.messageKey(), rule.args());
            HasValidation field = rule.field() == null ? null : fields.get(rule.field());
            if (field == null) {
                Errors.showError(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
                if (field instanceof Focusable<?> focusable) {
                    focusable.focus();
                }
            }
            return false;
        }
    }
}
