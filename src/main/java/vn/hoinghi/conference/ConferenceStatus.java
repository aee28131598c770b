package vn.hoinghi.conference;

/** Where the conference stands, for the list and the page. */
public enum ConferenceStatus {
    DRAFT, SUBMITTED, PREPARING, AWARDS, DECIDED, HELD, CLOSED;

    public String messageKey() {
        return "conference.conferenceStatus." + name();
    }
}
