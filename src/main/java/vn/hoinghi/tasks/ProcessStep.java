package vn.hoinghi.tasks;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * One user task of a BPMN process: implemented by one enum per process, with a constant per user task, so
 * a step is named in code by a constant, never by a string. BpmnModelTest checks the enums against the BPMN.
 */
@NamedInterface("spi")
public interface ProcessStep {

    /** The BPMN process id the task belongs to. */
    String processKey();

    /** The user task's BPMN id (Flowable's task definition key). */
    String taskId();

    /** The user task's BPMN form key. */
    String formKey();

    default boolean matches(OpenTask task) {
        return processKey().equals(task.processKey()) && taskId().equals(task.definitionKey())
                && formKey().equals(task.formKey());
    }

    /** The constant of this step enum for the task, or empty when the task belongs to another process. */
    static <S extends Enum<S> & ProcessStep> Optional<S> of(Class<S> steps, OpenTask task) {
        return Arrays.stream(steps.getEnumConstants()).filter(s -> s.matches(task)).findFirst();
    }
}
