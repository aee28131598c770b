package vn.hoinghi.assembly;

import java.time.LocalDate;

/** The inspection board's election as it ended: the ballots, its recognition and its officers' date. */
public record BoardElectionInfo(int seats, int attending, int ballotsIssued, int ballotsReceived, int ballotsValid,
                                int ballotsInvalid, LocalDate heldOn, LocalDate recognitionDue,
                                LocalDate recognizedOn, String recognizedBy, String recognitionLateReason,
                                LocalDate officersElectedOn) {

    static BoardElectionInfo of(BoardElection e) {
        return new BoardElectionInfo(e.getSeats(), e.getAttending(), e.getBallotsIssued(), e.getBallotsReceived(),
                e.getBallotsValid(), e.getBallotsInvalid(), e.getHeldOn(), e.getRecognitionDue(), e.getRecognizedOn(),
                e.getRecognizedBy(), e.getRecognitionLateReason(), e.getOfficersElectedOn());
    }

    public boolean recognitionLate() {
        return recognizedOn != null && recognizedOn.isAfter(recognitionDue);
    }
}
