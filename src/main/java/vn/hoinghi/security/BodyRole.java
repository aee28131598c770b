package vn.hoinghi.security;

/** What an officer does in their supervising body (the school's roles have their own enum). */
public enum BodyRole {
    LEADER,
    DEPUTY_LEADER,
    OFFICER,
    EMULATION_OFFICE,
    OFFICE_CLERK;

    /** The leader and the deputy approve plans and sign the body's documents. */
    public boolean leads() {
        return this == LEADER || this == DEPUTY_LEADER;
    }

    public String messageKey() {
        return "bodyRole." + name();
    }
}
