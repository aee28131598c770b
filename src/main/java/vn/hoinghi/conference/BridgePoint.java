package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An online bridge point (điểm cầu): its host, technical contact, who attends there, and when it was tested. */
@Entity
@Table(name = "conference_bridge_point")
class BridgePoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long conferenceId;
    int position;
    String name;
    /** The school hosting it, whose principal confirms readiness; null for one the body's officers confirm. */
    Long schoolId;
    String host;
    String contactName;
    String contactPhone;
    String participants;
    LocalDate testedOn;
    String confirmedBy;
    LocalDateTime confirmedAt;

    protected BridgePoint() {
    }

    BridgePoint(long conferenceId, int position, String name, Long schoolId, String host, String contactName,
                String contactPhone, String participants) {
        this.conferenceId = conferenceId;
        this.position = position;
        this.name = name;
        this.schoolId = schoolId;
        this.host = host;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.participants = participants;
    }

    boolean ready() {
        return testedOn != null;
    }
}
