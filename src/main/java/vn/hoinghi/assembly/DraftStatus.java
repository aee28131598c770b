package vn.hoinghi.assembly;

public enum DraftStatus {
    ASSIGNED, SUBMITTED, ACCEPTED, REVISION_REQUESTED;

    public String messageKey() {
        return "draftStatus." + name();
    }
}
