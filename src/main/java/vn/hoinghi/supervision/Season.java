package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A supervising body's deadlines for all its schools in one school year. */
@Entity
@Table(name = "supervision_season")
class Season {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long supervisingBodyId;
    private String schoolYear;
    private LocalDate reportPlannedBy;
    private LocalDate holdBy;
    private LocalDate fileBy;
    private String dossierContents;
    private String updatedBy;
    private LocalDateTime updatedAt;
    @Version
    private long version;

    protected Season() {
    }

    Season(Long supervisingBodyId, String schoolYear) {
        this.supervisingBodyId = supervisingBodyId;
        this.schoolYear = schoolYear;
    }

    Long getId() {
        return id;
    }

    Long getSupervisingBodyId() {
        return supervisingBodyId;
    }

    String getSchoolYear() {
        return schoolYear;
    }

    LocalDate getReportPlannedBy() {
        return reportPlannedBy;
    }

    LocalDate getHoldBy() {
        return holdBy;
    }

    LocalDate getFileBy() {
        return fileBy;
    }

    String getDossierContents() {
        return dossierContents;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    void update(LocalDate reportPlannedBy, LocalDate holdBy, LocalDate fileBy, String dossierContents,
                String updatedBy, LocalDateTime updatedAt) {
        this.reportPlannedBy = reportPlannedBy;
        this.holdBy = holdBy;
        this.fileBy = fileBy;
        this.dossierContents = dossierContents;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }
}
