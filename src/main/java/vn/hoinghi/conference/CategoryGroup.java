package vn.hoinghi.conference;

/** Guests invited from outside, or delegates from the body's own schools (seed 003: 64 and 292). */
public enum CategoryGroup {
    GUEST, BASE;

    public String messageKey() {
        return "conference.categoryGroup." + name();
    }
}
