package vn.hoinghi.tasks;

/** What a notification is about; urgent ones are mailed at once, the others in the day's digest. */
public enum NoticeKind {
    NEW_TASK(false),
    DUE_SOON(false),
    OVERDUE(true),
    MENTION(true),
    RETURNED(true);

    private final boolean urgent;

    NoticeKind(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }
}
