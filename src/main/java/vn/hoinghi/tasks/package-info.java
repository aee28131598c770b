/**
 * The task machinery of every process: the access check, the inbox, the task page, and the interfaces a
 * process's module implements to plug in its steps and forms ({@code ProcessStep}, {@code TaskFormProvider},
 * {@code InboxSection}). Knows no process.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = {"audit", "audit :: ui", "school", "security", "shared"})
package vn.hoinghi.tasks;

import org.springframework.modulith.ApplicationModule;
