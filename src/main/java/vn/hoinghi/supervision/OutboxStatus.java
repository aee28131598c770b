package vn.hoinghi.supervision;

/** Where an e-mail is: waiting, sent, kept in the app (no mail server configured), or failed for now. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, IN_APP, FAILED;

    public String messageKey() {
        return "outbox.status." + name();
    }
}
