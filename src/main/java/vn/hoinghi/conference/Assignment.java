package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One duty of one office or unit (phân công thực hiện): a task in its owner's inbox until done. */
@Entity
@Table(name = "conference_assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long conferenceId;
    int position;
    String unit;
    /** The body's unit of that name, whose people get the duty (null: the body has no such unit). */
    Long unitId;
    String duty;
    String ownerUsername;
    LocalDate dueOn;
    LocalDateTime doneAt;
    String doneBy;
    String doneNote;

    protected Assignment() {
    }

    Assignment(long conferenceId, int position, String unit, String duty, String owner, LocalDate dueOn) {
        this.conferenceId = conferenceId;
        this.position = position;
        this.unit = unit;
        this.duty = duty;
        this.ownerUsername = owner;
        this.dueOn = dueOn;
    }
}
