package vn.hoinghi.tasks.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.ProcessStep;
import vn.hoinghi.tasks.TaskAccess;
import vn.hoinghi.tasks.TaskFormProvider;
import vn.hoinghi.tasks.UnsavedChanges;

/** Opens a task's own form, from the provider of the task's process. The services check access again on every call. */
@Route(value = "task/:taskId", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

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

    /** Leaving a form with unsaved changes asks first: stay, save the draft and go, or go without saving. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        Optional<UnsavedChanges> form = unsaved(this);
        if (form.isEmpty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction go = event.postpone();
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader(getTranslation("taskDraft.leaveTitle"));
        ask.setText(getTranslation("taskDraft.leaveText"));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("taskDraft.stay"));
        ask.setRejectable(true);
        ask.setRejectText(getTranslation("taskDraft.discard"));
        ask.setConfirmText(getTranslation("taskDraft.saveAndLeave"));
        ask.addConfirmListener(e -> {
            if (form.get().saveDraft()) {
                go.proceed();
            }
        });
        ask.addRejectListener(e -> go.proceed());
        ask.open();
    }

    private static Optional<UnsavedChanges> unsaved(Component c) {
        if (c instanceof UnsavedChanges u) {
            return u.hasUnsavedChanges() ? Optional.of(u) : Optional.empty();
        }
        return c.getChildren().map(TaskView::unsaved).flatMap(Optional::stream).findFirst();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
