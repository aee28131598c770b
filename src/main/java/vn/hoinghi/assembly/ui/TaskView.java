package vn.hoinghi.assembly.ui;

import java.util.List;
import java.util.Set;

import org.flowable.task.api.Task;
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

import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.workflow.TaskAccess;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.TaskExtrasProvider;
import vn.hoinghi.shared.TaskFormProvider;

/** Opens a task's own form, chosen by the BPMN formKey. The services check access again on every call. */
@Route(value = "task/:taskId", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Every formKey this view has a form for; a test checks the BPMN against it. */
    public static final Set<String> FORM_KEYS = Set.of("preparatory-meeting", "draft", "key-staff-meeting",
            "department-meeting", "consolidate-feedback", "answer-feedback", "plenary-check-in", "reconvene",
            "plenary-session", "board-election", "written-ballot", "recognize-board", "board-officers",
            "finalise-resolution", "file-dossier", "review-dossier", "six-month-review");

    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final PlenaryService plenary;
    private final FollowUpService followUp;
    private final TaskAccess access;
    /** Other modules' forms, for the form keys of their own processes. */
    private final List<TaskFormProvider> providers;
    /** Other modules' additions under an assembly task's form, such as its documents. */
    private final List<TaskExtrasProvider> extras;
    private String title = "";

    public TaskView(PreparationService preparation, FeedbackService feedback, PlenaryService plenary,
                    FollowUpService followUp, TaskAccess access, ObjectProvider<TaskFormProvider> providers,
                    List<TaskExtrasProvider> extras) {
        this.preparation = preparation;
        this.feedback = feedback;
        this.plenary = plenary;
        this.followUp = followUp;
        this.access = access;
        this.providers = providers.orderedStream().toList();
        this.extras = extras;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        removeAll();
        add(new Anchor("", "← " + getTranslation("form.backToInbox")));
        Task task = access.visibleTask(taskId);
        title = task.getName();
        add(form(task.getFormKey(), taskId));
        if (FORM_KEYS.contains(task.getFormKey())) {
            long assemblyId = access.open(taskId).assemblyId();
            for (TaskExtrasProvider extra : extras) {
                extra.create(task.getFormKey(), assemblyId).ifPresent(this::add);
            }
        }
    }

    private Component form(String formKey, String taskId) {
        Runnable done = () -> UI.getCurrent().navigate("");
        return switch (formKey) {
            case "preparatory-meeting" -> new PreparatoryMeetingForm(preparation, taskId, done);
            case "draft" -> new DraftForm(preparation, taskId, done);
            case "key-staff-meeting" -> new KeyStaffMeetingForm(preparation, taskId, done);
            case "department-meeting" -> new DepartmentMeetingForm(feedback, taskId, done);
            case "consolidate-feedback" -> new ConsolidateFeedbackForm(feedback, taskId, done);
            case "answer-feedback" -> new AnswerFeedbackForm(feedback, taskId, done);
            case "plenary-check-in" -> new PlenaryCheckInForm(plenary, taskId, done);
            case "reconvene" -> new ReconveneForm(plenary, taskId, done);
            case "plenary-session" -> new PlenarySessionForm(plenary, taskId, done);
            case "board-election" -> new BoardElectionForm(plenary, taskId, done);
            case "written-ballot" -> new WrittenBallotForm(plenary, taskId, done);
            case "recognize-board" -> new RecognizeBoardForm(followUp, taskId, done);
            case "board-officers" -> new BoardOfficersForm(followUp, taskId, done);
            case "finalise-resolution" -> new FinaliseResolutionForm(followUp, taskId, done);
            case "file-dossier" -> new FileDossierForm(followUp, taskId, done);
            case "review-dossier" -> new ReviewDossierForm(followUp, taskId, done);
            case "six-month-review" -> new SixMonthReviewForm(followUp, taskId, done);
            default -> providers.stream().filter(p -> p.formKeys().contains(formKey)).findFirst()
                    .map(p -> p.create(formKey, taskId, done))
                    .orElseThrow(() -> new BusinessRuleException("task.wrongForm"));
        };
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
