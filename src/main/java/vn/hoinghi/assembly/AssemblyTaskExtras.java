package vn.hoinghi.assembly;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;

/**
 * Extra content another feature shows under an assembly task's form (for example the documents the stage
 * produces), so the assembly module does not depend on that feature. Implementations are Spring beans.
 */
@NamedInterface("extras")
public interface AssemblyTaskExtras {

    /** A component for a task of this step, or empty when there is nothing to add. */
    Optional<Component> create(AssemblyStep step, long assemblyId);
}
