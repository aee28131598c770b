package vn.hoinghi.supervision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the officer sets for a school year; the service checks the same rules again. */
public class SeasonForm {

    @NotNull
    @Pattern(regexp = "\\d{4}-\\d{4}")
    private String schoolYear;
    @NotNull
    private LocalDate reportPlannedBy;
    @NotNull
    private LocalDate holdBy;
    @NotNull
    private LocalDate fileBy;
    @NotBlank
    @Size(max = 2000)
    private String dossierContents = "";

    public SeasonForm() {
    }

    public SeasonForm(String schoolYear, LocalDate reportPlannedBy, LocalDate holdBy, LocalDate fileBy,
                      String dossierContents) {
        this.schoolYear = schoolYear;
        this.reportPlannedBy = reportPlannedBy;
        this.holdBy = holdBy;
        this.fileBy = fileBy;
        this.dossierContents = dossierContents;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public LocalDate getReportPlannedBy() {
        return reportPlannedBy;
    }

    public void setReportPlannedBy(LocalDate reportPlannedBy) {
        this.reportPlannedBy = reportPlannedBy;
    }

    public LocalDate getHoldBy() {
        return holdBy;
    }

    public void setHoldBy(LocalDate holdBy) {
        this.holdBy = holdBy;
    }

    public LocalDate getFileBy() {
        return fileBy;
    }

    public void setFileBy(LocalDate fileBy) {
        this.fileBy = fileBy;
    }

    public String getDossierContents() {
        return dossierContents;
    }

    public void setDossierContents(String dossierContents) {
        this.dossierContents = dossierContents;
    }
}
