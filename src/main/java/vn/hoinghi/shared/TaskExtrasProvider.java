package vn.hoinghi.shared;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Extra content that another feature shows under a task's form (for example the documents the stage
 * produces), so the assembly module does not depend on that feature. Implementations are Spring beans.
 */
public interface TaskExtrasProvider {

    /** A component for the task with this BPMN form key, or empty when there is nothing to add. */
    Optional<Component> create(String formKey, long assemblyId);
}
