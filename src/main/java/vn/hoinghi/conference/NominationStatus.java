package vn.hoinghi.conference;

/** A school's nomination, before and after the emulation office consolidated it. */
public enum NominationStatus {
    NOMINATED, ACCEPTED, REJECTED;

    public String messageKey() {
        return "conference.nominationStatus." + name();
    }
}
