package vn.hoinghi.conference;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.tasks.TaskAccess;

/** The first task of a step that a person sees in their inbox, found the way the inbox finds it. */
final class TaskVisible {

    private TaskVisible() {
    }

    static Task first(TaskService tasks, AccountDetailsService accounts, String username, ConferenceStep step) {
        AppUser user = accounts.findUser(username).orElseThrow();
        return TaskAccess.visibleTo(tasks, user).taskDefinitionKey(step.taskId()).list().stream().findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no " + step));
    }
}
