package vn.hoinghi.assembly;

import java.time.LocalDate;

/** The dossier sent to the supervising body: its deadline, where it stands, and who filed or reviewed it. */
public record DossierInfo(LocalDate deadline, DossierStatus status, String contents, LocalDate submittedOn,
                          String submittedBy, LocalDate reviewedOn, String reviewedBy, String returnReason) {

    static DossierInfo of(Dossier d) {
        return new DossierInfo(d.getDeadline(), d.getStatus(), d.getContents(), d.getSubmittedOn(),
                d.getSubmittedBy(), d.getReviewedOn(), d.getReviewedBy(), d.getReturnReason());
    }
}
