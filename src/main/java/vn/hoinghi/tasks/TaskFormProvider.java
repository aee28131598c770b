package vn.hoinghi.tasks;

import org.springframework.modulith.NamedInterface;

import com.vaadin.flow.component.Component;

/**
 * One process's task forms: a Spring bean per process, named by its step enum, so the task page opens forms of
 * any process without depending on the module that owns it. Implementations switch over the enum without a
 * default, so a step without a form does not compile.
 */
@NamedInterface("spi")
public interface TaskFormProvider<S extends Enum<S> & ProcessStep> {

    /** The step enum of the provider's process. */
    Class<S> steps();

    /** The form for one task of that process; onDone runs after the task was completed. */
    Component create(S step, OpenTask task, Runnable onDone);
}
