package vn.hoinghi.school;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One period in which a school belonged to a supervising body; the open period has no end. */
@Entity
class SchoolBodyHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    private Long supervisingBodyId;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected SchoolBodyHistory() {
    }

    SchoolBodyHistory(Long schoolId, Long supervisingBodyId, LocalDate validFrom) {
        this.schoolId = schoolId;
        this.supervisingBodyId = supervisingBodyId;
        this.validFrom = validFrom;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getSupervisingBodyId() {
        return supervisingBodyId;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    void endOn(LocalDate day) {
        this.validTo = day;
    }
}
