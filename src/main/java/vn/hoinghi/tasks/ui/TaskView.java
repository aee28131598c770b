package vn.hoinghi.tasks.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.ProcessStep;
import vn.hoinghi.tasks.TaskAccess;
import vn.hoinghi.tasks.TaskFormProvider;

/** Opens a task's own form, from the provider of the task's process. The services check access again on every call. */
@Route(value = "task/:taskId", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskAccess access;
    private final List<TaskFormProvider<?>> providers;
    private String title = "";

    public TaskView(TaskAccess access, ObjectProvider<TaskFormProvider<?>> providers) {
        this.access = access;
        this.providers = providers.orderedStream().toList();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        removeAll();
        add(new Anchor("", "← " + getTranslation("form.backToInbox")));
        OpenTask task = access.visibleTask(taskId);
        title = task.name();
        Runnable done = () -> UI.getCurrent().navigate("");
        add(providers.stream().flatMap(p -> form(p, task, done).stream()).findFirst()
                .orElseThrow(() -> new BusinessRuleException("task.wrongForm")));
    }

    private static <S extends Enum<S> & ProcessStep> Optional<Component> form(TaskFormProvider<S> provider,
                                                                              OpenTask task, Runnable done) {
        return ProcessStep.of(provider.steps(), task).map(step -> provider.create(step, task, done));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
