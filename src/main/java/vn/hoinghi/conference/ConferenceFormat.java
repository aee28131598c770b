package vn.hoinghi.conference;

/** How the conference is held (seed 003: in the hall and every school as an online bridge point). */
public enum ConferenceFormat {
    IN_PERSON, ONLINE, BOTH;

    public String messageKey() {
        return "conference.conferenceFormat." + name();
    }
}
