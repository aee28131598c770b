package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One school's nominating for the conference: its deadline (later when the officer reopens it) and what happened. */
@Entity
@Table(name = "conference_school")
class SchoolNominating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long conferenceId;
    Long schoolId;
    LocalDate deadline;
    LocalDateTime remindedAt;
    LocalDateTime escalatedAt;
    LocalDateTime submittedAt;
    String submittedBy;
    /** The officer closed it after the deadline without waiting any longer. */
    boolean closedWithout;

    protected SchoolNominating() {
    }

    SchoolNominating(long conferenceId, long schoolId, LocalDate deadline) {
        this.conferenceId = conferenceId;
        this.schoolId = schoolId;
        this.deadline = deadline;
    }
}
