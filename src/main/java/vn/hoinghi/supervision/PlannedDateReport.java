package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The planned plenary date a principal reports for a season; the task asking for it is its process. */
@Entity
class PlannedDateReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long seasonId;
    private Long schoolId;
    private String processInstanceId;
    private LocalDate plannedOn;
    private String reportedBy;
    private LocalDateTime reportedAt;

    protected PlannedDateReport() {
    }

    PlannedDateReport(Long seasonId, Long schoolId) {
        this.seasonId = seasonId;
        this.schoolId = schoolId;
    }

    Long getSeasonId() {
        return seasonId;
    }

    Long getSchoolId() {
        return schoolId;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    LocalDate getPlannedOn() {
        return plannedOn;
    }

    void report(LocalDate plannedOn, String reportedBy, LocalDateTime reportedAt) {
        this.plannedOn = plannedOn;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }
}
