package vn.hoinghi.conference;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A collective or person a school puts forward for one award batch, with the achievement and its evidence. */
@Entity
@Table(name = "conference_nomination")
class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long conferenceId;
    int batchPosition;
    Long schoolId;
    String nominee;
    String achievement;
    String evidence;
    @Enumerated(EnumType.STRING)
    NominationStatus status = NominationStatus.NOMINATED;
    String nominatedBy;
    LocalDateTime nominatedAt;

    protected Nomination() {
    }

    Nomination(long conferenceId, int batchPosition, long schoolId, String nominee, String achievement,
               String evidence, String by, LocalDateTime at) {
        this.conferenceId = conferenceId;
        this.batchPosition = batchPosition;
        this.schoolId = schoolId;
        this.nominee = nominee;
        this.achievement = achievement;
        this.evidence = evidence;
        this.nominatedBy = by;
        this.nominatedAt = at;
    }
}
