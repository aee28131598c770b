package vn.hoinghi.assembly;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.workflow.AssemblyVariables;
import vn.hoinghi.school.SchoolMoved;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The supervising body decides on a dossier from its tracker, by assembly rather than by task: this
 * finds the open review task and decides it exactly as the task's form does, with the same checks.
 */
@Service
@Transactional
public class DossierReviews {

    private final TaskService tasks;
    private final AssemblyFacts facts;
    private final FollowUpService followUp;

    DossierReviews(TaskService tasks, AssemblyFacts facts, FollowUpService followUp) {
        this.tasks = tasks;
        this.facts = facts;
        this.followUp = followUp;
    }

    /** Accepts, or returns with a reason that reopens the school's filing task. */
    public void decide(long assemblyId, Inputs.Review review) {
        requireOfficer(assemblyId);
        Task task = reviewTask(assemblyId);
        if (task == null) {
            throw new BusinessRuleException("tracker.notAwaitingReview");
        }
        followUp.decide(task.getId(), review);
    }

    @Transactional(readOnly = true)
    public boolean awaitingReview(long assemblyId) {
        requireOfficer(assemblyId);
        return reviewTask(assemblyId) != null;
    }

    /** Only an officer of the school's own body decides (the review task says so too, once there is one). */
    private void requireOfficer(long assemblyId) {
        AppUser user = CurrentUser.require();
        if (!user.hasRole(Role.SUPERVISOR)
                || !user.supervises(facts.supervisingBodyOf(facts.schoolOf(assemblyId)))) {
            throw new BusinessRuleException("error.accessDenied");
        }
    }

    /**
     * A school moved to another body: its open dossier review goes with it, to the new body's officers
     * (an old officer's claim is released). Later review tasks are routed by the school's body anyway.
     */
    @EventListener
    void handOver(SchoolMoved moved) {
        String from = TaskGroups.supervisor(moved.fromBodyId());
        String to = TaskGroups.supervisor(moved.toBodyId());
        for (Task task : tasks.createTaskQuery().taskDefinitionKey(AssemblyStep.REVIEW_DOSSIER.taskId())
                .processVariableValueEquals(AssemblyVariables.SCHOOL_ID, moved.schoolId())
                .list()) {
            tasks.deleteCandidateGroup(task.getId(), from);
            tasks.addCandidateGroup(task.getId(), to);
            if (task.getAssignee() != null) {
                tasks.unclaim(task.getId());
            }
        }
    }

    private Task reviewTask(long assemblyId) {
        String pid = facts.assembly(assemblyId).getProcessInstanceId();
        return pid == null ? null
                : tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(AssemblyStep.REVIEW_DOSSIER.taskId()).singleResult();
    }
}
