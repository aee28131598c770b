package vn.hoinghi.conference;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person a school sends to the conference in a category drawn from the base (a principal, a pupil…). */
@Entity
@Table(name = "conference_delegate")
class Delegate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long conferenceId;
    Long schoolId;
    int categoryPosition;
    String fullName;
    /** The position for staff, the class for a pupil, the child's class for a parent. */
    String positionOrClass;
    /** Prefilled from the school's roster (its principals, its union chair) when the nominating opened. */
    boolean fromRoster;
    String namedBy;
    LocalDateTime namedAt;

    protected Delegate() {
    }

    Delegate(long conferenceId, long schoolId, int categoryPosition, String fullName, String positionOrClass,
             boolean fromRoster, String by, LocalDateTime at) {
        this.conferenceId = conferenceId;
        this.schoolId = schoolId;
        this.categoryPosition = categoryPosition;
        this.fullName = fullName;
        this.positionOrClass = positionOrClass;
        this.fromRoster = fromRoster;
        this.namedBy = by;
        this.namedAt = at;
    }
}
