package vn.hoinghi.shared;

/**
 * A rule of the domain was broken. Carries a message-bundle key so the UI can tell the user,
 * in their language, what went wrong and what to do.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
