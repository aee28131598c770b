package vn.hoinghi.assembly;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The six-monthly check of how the resolution is carried out (Art. 52(3)). */
@Entity
public class SixMonthReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assemblyId;
    private LocalDate reviewedOn;
    private String findings;
    private boolean announcedToStaff;

    public SixMonthReview() {
        // for JPA and for the services that fill it
    }

    public Long getId() {
        return id;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public void setAssemblyId(Long assemblyId) {
        this.assemblyId = assemblyId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public boolean isAnnouncedToStaff() {
        return announcedToStaff;
    }

    public void setAnnouncedToStaff(boolean announcedToStaff) {
        this.announcedToStaff = announcedToStaff;
    }
}
