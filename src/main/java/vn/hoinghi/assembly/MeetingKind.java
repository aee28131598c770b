package vn.hoinghi.assembly;

public enum MeetingKind {
    PREPARATORY, KEY_STAFF, DEPARTMENT, PLENARY;

    public String messageKey() {
        return "meetingKind." + name();
    }
}
