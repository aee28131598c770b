package vn.hoinghi.assembly;

import java.time.LocalDate;

/** The review of the resolution six months on. */
public record SixMonthReviewInfo(LocalDate reviewedOn, String findings, boolean announcedToStaff) {

    static SixMonthReviewInfo of(SixMonthReview r) {
        return new SixMonthReviewInfo(r.getReviewedOn(), r.getFindings(), r.isAnnouncedToStaff());
    }
}
