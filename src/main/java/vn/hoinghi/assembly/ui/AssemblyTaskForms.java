package vn.hoinghi.assembly.ui;

import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.AssemblyTaskExtras;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.workflow.AssemblyTasks;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.tasks.TaskDrafts;
import vn.hoinghi.tasks.TaskFormProvider;
import vn.hoinghi.tasks.ui.TaskForm;

/** The assembly's task forms, one per step, and under each what other features add for its stage. */
@Component
class AssemblyTaskForms implements TaskFormProvider<AssemblyStep> {

    private final PreparationService preparation;
    private final FeedbackService feedback;
    private final PlenaryService plenary;
    private final FollowUpService followUp;
    private final AssemblyTasks tasks;
    private final List<AssemblyTaskExtras> extras;
    private final TaskDrafts drafts;
    private final SchoolDirectory directory;

    AssemblyTaskForms(PreparationService preparation, FeedbackService feedback, PlenaryService plenary,
                      FollowUpService followUp, AssemblyTasks tasks, List<AssemblyTaskExtras> extras,
                      TaskDrafts drafts, SchoolDirectory directory) {
        this.drafts = drafts;
        this.directory = directory;
        this.preparation = preparation;
        this.feedback = feedback;
        this.plenary = plenary;
        this.followUp = followUp;
        this.tasks = tasks;
        this.extras = extras;
    }

    @Override
    public Class<AssemblyStep> steps() {
        return AssemblyStep.class;
    }

    @Override
    public com.vaadin.flow.component.Component create(AssemblyStep step, OpenTask task, Runnable done) {
        TaskForm<?> form = form(step, task.id(), done);
        // every form can be saved half-filled and is reopened with what was typed
        form.enableDrafts(drafts, task.id(), directory::displayName);
        VerticalLayout page = new VerticalLayout(form);
        page.setPadding(false);
        page.setWidthFull();
        long assemblyId = tasks.open(task.id(), step).assemblyId();
        for (AssemblyTaskExtras extra : extras) {
            extra.create(step, assemblyId).ifPresent(page::add);
        }
        return page;
    }

    /** No default: a step without a form does not compile. */
    private TaskForm<?> form(AssemblyStep step, String taskId, Runnable done) {
        return switch (step) {
            case PREPARATORY_MEETING -> new PreparatoryMeetingForm(preparation, taskId, done);
            case DRAFTING, DRAFT_REVISION -> new DraftForm(preparation, taskId, done);
            case KEY_STAFF_MEETING -> new KeyStaffMeetingForm(preparation, taskId, done);
            case DEPARTMENT_MEETING -> new DepartmentMeetingForm(feedback, preparation, taskId, done);
            case CONSOLIDATE_FEEDBACK -> new ConsolidateFeedbackForm(feedback, taskId, done);
            case ANSWER_FEEDBACK -> new AnswerFeedbackForm(feedback, taskId, done);
            case PLENARY_CHECK_IN -> new PlenaryCheckInForm(plenary, taskId, done);
            case RECONVENE_PLENARY -> new ReconveneForm(plenary, taskId, done);
            case PLENARY_SESSION -> plenary.session(taskId).counted() ? new RevoteForm(plenary, taskId, done)
                    : new PlenarySessionForm(plenary, taskId, done);
            case SCHEDULE_CONTINUATION -> new ContinuationForm(plenary, taskId, done);
            case BOARD_ELECTION -> new BoardElectionForm(plenary, taskId, done);
            case WRITTEN_BALLOT -> new WrittenBallotForm(plenary, taskId, done);
            case RECOGNIZE_BOARD -> new RecognizeBoardForm(followUp, taskId, done);
            case ELECT_BOARD_OFFICERS -> new BoardOfficersForm(followUp, taskId, done);
            case FINALISE_RESOLUTION -> new FinaliseResolutionForm(followUp, taskId, done);
            case FILE_DOSSIER -> new FileDossierForm(followUp, taskId, done);
            case REVIEW_DOSSIER -> new ReviewDossierForm(followUp, taskId, done);
            case SIX_MONTH_REVIEW -> new SixMonthReviewForm(followUp, taskId, done);
            case NEWS_POST -> new NewsPostForm(followUp, taskId, done);
        };
    }
}
