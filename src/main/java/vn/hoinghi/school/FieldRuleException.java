package vn.hoinghi.school;

import vn.hoinghi.shared.BusinessRuleException;

/** A refused value of one form field: the page shows the message under that field, not as a pop-up. */
public class FieldRuleException extends BusinessRuleException {

    private final String field;

    public FieldRuleException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
