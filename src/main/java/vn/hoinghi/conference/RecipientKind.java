package vn.hoinghi.conference;

/** Who an award batch honours. */
public enum RecipientKind {
    COLLECTIVE, TEACHER, PUPIL;

    public String messageKey() {
        return "conference.recipientKind." + name();
    }
}
