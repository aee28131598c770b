package vn.hoinghi.tasks.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.audit.ui.AuditTrailList;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.tasks.FollowedTasks;
import vn.hoinghi.tasks.FollowedTasks.Followed;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.ProcessStep;
import vn.hoinghi.tasks.TaskAttachments;
import vn.hoinghi.tasks.TaskComments;
import vn.hoinghi.tasks.TaskFormProvider;
import vn.hoinghi.tasks.UnsavedChanges;

/**
 * A task's page: its own form (from the provider of the task's process) for whoever may work on it, or a note
 * saying who has it for the principal or an officer following it; then its comments, attachments and history.
 * The services check access again on every call.
 */
@Route(value = "task/:taskId", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final FollowedTasks followed;
    private final List<TaskFormProvider<?>> providers;
    private final TaskComments comments;
    private final TaskAttachments attachments;
    private final AuditTrail auditTrail;
    private String title = "";

    public TaskView(FollowedTasks followed, ObjectProvider<TaskFormProvider<?>> providers, TaskComments comments,
                    TaskAttachments attachments, AuditTrail auditTrail) {
        this.followed = followed;
        this.providers = providers.orderedStream().toList();
        this.comments = comments;
        this.attachments = attachments;
        this.auditTrail = auditTrail;
        addClassName("page");
        addClassName("task-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        removeAll();
        add(new Anchor("", "← " + getTranslation("form.backToInbox")));
        Followed f = followed.follow(taskId);
        OpenTask task = f.task();
        title = task.name();
        if (f.canWork()) {
            Runnable done = () -> UI.getCurrent().navigate("");
            add(providers.stream().flatMap(p -> form(p, task, done).stream()).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("task.wrongForm")));
        } else {
            add(new H2(task.name()));
            Paragraph note = new Paragraph(getTranslation("task.followOnly"));
            note.addClassName("hint");
            add(note);
        }
        add(section("task.section.comments", new CommentThread(() -> comments.onTask(taskId),
                text -> comments.addToTask(taskId, text), comments.colleaguesForTask(taskId))));
        add(section("task.section.attachments", new AttachmentsPanel(attachments, taskId)));
        add(section("task.section.history", new AuditTrailList(auditTrail.forTask(taskId), false)));
    }

    private Component section(String headingKey, Component content) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(headingKey)), content);
        box.setPadding(false);
        box.addClassName("task-section");
        box.setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        return box;
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
