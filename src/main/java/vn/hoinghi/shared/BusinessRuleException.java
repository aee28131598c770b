package vn.hoinghi.shared;

/**
 * A rule of the domain was broken. Carries a message-bundle key so the UI can tell the user,
 * in their language, what went wrong and what to do, and, when the rule concerns one input, the path of
 * that input in the form ("heldOn", "votes[2].votesFor"), so the form shows it at that field.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessRuleException(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** A rule broken by one input, named by its path in the form. */
    public static BusinessRuleException onField(String field, String messageKey, Object... args) {
        return new BusinessRuleException(field, messageKey, args);
    }

    /** The same refusal, said of this input (for a rule checked without knowing where its values came from). */
    public BusinessRuleException at(String field) {
        return new BusinessRuleException(field, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The input the refusal concerns, or null when it concerns the whole form. */
    public String field() {
        return field;
    }
}
