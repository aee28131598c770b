package vn.hoinghi.supervision;

import java.time.LocalDate;

import vn.hoinghi.assembly.Stage;

/**
 * One school in the tracker. stage is null while the school has not launched its assembly; plannedOn is
 * the assembly's planned plenary, or else the date the principal reported (plannedReported);
 * boardElected is null when no inspection board is elected this year.
 */
public record TrackerRow(long schoolId, String schoolName, Long assemblyId, Stage stage, LocalDate plannedOn,
                         boolean plannedReported, boolean plannedAfterHoldBy, LocalDate heldOn, Integer present,
                         Integer convened, Boolean quorumReached, Boolean resolutionAdopted, Boolean boardElected,
                         LocalDate deadline, LocalDate submittedOn, FilingState state, long daysOverdue,
                         String returnReason, String cancelReason) {

    /** The officer can accept or return the dossier now. */
    public boolean awaitingReview() {
        return state == FilingState.SUBMITTED;
    }
}
