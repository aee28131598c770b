package vn.hoinghi.assembly;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.workflow.AssemblyDates;

/**
 * The six-monthly reviews of a resolution go on until the school's next regular assembly adopts its own
 * (Art. 52(3)); the BPMN asks here after each wait, and the next assembly's adoption ends the waits of the
 * earlier ones at once.
 */
@Component("assemblyReviews")
public class ResolutionReviews {

    /** The BPMN's wait for the next review. */
    static final String NEXT_REVIEW_TIMER = "sixMonthsLater";

    private final AssemblyFacts facts;
    private final AssemblyRepository assemblies;
    private final ManagementService management;

    ResolutionReviews(AssemblyFacts facts, AssemblyRepository assemblies, ManagementService management) {
        this.facts = facts;
        this.assemblies = assemblies;
        this.management = management;
    }

    /** Asked by the BPMN when a wait ends: another review, or the end of the assembly. */
    public boolean stillInForce(Long assemblyId) {
        return facts.resolutionInForce(assemblyId);
    }

    /** The process has reached its end: the assembly is closed. */
    public void closed(Long assemblyId) {
        Assembly a = facts.assembly(assemblyId);
        if (!a.isCancelled()) {
            a.setStage(Stage.CLOSED);
            assemblies.save(a);
        }
    }

    /**
     * A regular assembly adopted its resolution: each earlier assembly of the school that waits for its next review
     * has its wait end now, and the timer then closes it (a review already open or overdue is still done).
     */
    void adopted(Assembly assembly) {
        if (assembly.getKind() != AssemblyKind.REGULAR) {
            return;
        }
        // the engine's clock, not a replayed day
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(AssemblyDates.VIETNAM).withNano(0));
        for (Assembly earlier : assemblies.findBySchoolIdOrderByIdDesc(assembly.getSchoolId())) {
            if (earlier.getId().equals(assembly.getId()) || earlier.isCancelled()
                    || earlier.getProcessInstanceId() == null
                    || earlier.getSchoolYear().compareTo(assembly.getSchoolYear()) >= 0) {
                continue;
            }
            for (Job timer : management.createTimerJobQuery().processInstanceId(earlier.getProcessInstanceId())
                    .elementId(NEXT_REVIEW_TIMER).list()) {
                // a review already due is still done; a later one is not
                if (timer.getDuedate() != null && timer.getDuedate().after(new java.util.Date())
                        && !facts.resolutionInForce(earlier.getId())) {
                    management.rescheduleTimeDateJob(timer.getId(), now);
                }
            }
        }
    }
}
