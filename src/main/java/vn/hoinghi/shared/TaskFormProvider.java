package vn.hoinghi.shared;

import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * A module's forms for tasks of its own processes. The task page asks these beans for every form key it
 * has no form of its own for, so a module adds task forms without the task page depending on it.
 * An implementation also declares {@code public static final Set<String> FORM_KEYS}, which the BPMN
 * model test reads.
 */
public interface TaskFormProvider {

    Set<String> formKeys();

    /** The form for one task; onDone runs after the task was completed. */
    Component create(String formKey, String taskId, Runnable onDone);
}
