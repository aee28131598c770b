package vn.hoinghi.tasks;

import java.util.Date;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A task the signed-in person may work on, as the task access check found it, with the process variables the
 * caller asked for (read them through the process's variables class, never by name).
 */
@NamedInterface("spi")
public record OpenTask(String id, String name, String processKey, String definitionKey, String formKey,
                       Date dueDate, String assignee, String processInstanceId, Map<String, Object> variables) {
}
