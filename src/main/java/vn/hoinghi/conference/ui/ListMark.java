package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** Where a refusal of a whole list is shown ("a level has no date"): hidden until there is one. */
class ListMark extends Span implements HasValidation {

    private boolean invalid;
    private String message;

    ListMark() {
        addClassName("rule-bad");
        addClassName("list-mark");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.message = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
