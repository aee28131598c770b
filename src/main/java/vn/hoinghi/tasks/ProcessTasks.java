package vn.hoinghi.tasks;

import java.util.List;
import java.util.function.Function;

import org.springframework.modulith.NamedInterface;

/**
 * What the inbox needs to know about one process's tasks, from the module that owns the process: its name and
 * stages for the filters, and what tells two tasks of the same step apart (two "Soạn dự thảo" name their drafts).
 */
@NamedInterface("spi")
public interface ProcessTasks {

    /** The BPMN process id. */
    String processKey();

    /** The message key of the process's name in the process filter. */
    String nameKey();

    /** The process's stages in order; empty when it has none worth filtering by. */
    List<TaskStage> stages();

    /**
     * A short text that tells this task apart from others of the same step, or null when nothing needs to.
     * Called once, when the task is created, inside the engine's transaction.
     *
     * @param variables the task's execution variables by name (a multi-instance task sees its element variable)
     */
    TaskDetail detail(String taskDefinitionKey, Function<String, Object> variables);

    /** Whether a new task of this step is work sent back (a returned dossier), so it is told as such, urgently. */
    default boolean returned(String taskDefinitionKey, Function<String, Object> variables) {
        return false;
    }

    /** One stage of a process: an id unique within the process, its message key, the user tasks it groups. */
    record TaskStage(String id, String messageKey, List<String> taskKeys) {
    }

    /** A message key and its arguments: plain data, or a message key itself when it starts with '#'. */
    record TaskDetail(String messageKey, List<String> args) {

        public TaskDetail {
            args = List.copyOf(args);
        }
    }
}
