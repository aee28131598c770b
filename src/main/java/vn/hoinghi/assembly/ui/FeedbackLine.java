package vn.hoinghi.assembly.ui;

import java.util.Collection;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.Inputs.FeedbackRow;
import vn.hoinghi.tasks.ui.RowList;

/** One feedback point: which draft it is about (or general) and what it says. */
class FeedbackLine extends HorizontalLayout implements RowList.Row<FeedbackRow> {

    final Select<DraftKind> draft = new Select<>();
    final TextArea content = new TextArea(getTranslation("department.feedbackContent"));

    FeedbackLine(Collection<DraftKind> drafts) {
        draft.setLabel(getTranslation("department.feedbackOn"));
        draft.setItems(drafts);
        draft.setItemLabelGenerator(k -> k == null ? getTranslation("department.general")
                : getTranslation(k.messageKey()));
        draft.setEmptySelectionAllowed(true);
        draft.setEmptySelectionCaption(getTranslation("department.general"));
        draft.setWidth("18em");
        content.setWidth("34em");
        add(draft, content);
        setAlignItems(Alignment.END);
    }

    @Override
    public FeedbackRow value() {
        return content.isEmpty() ? null : new FeedbackRow(draft.getValue(), content.getValue());
    }
}
