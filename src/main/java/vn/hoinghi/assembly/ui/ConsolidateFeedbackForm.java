package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FeedbackService.ConsolidationData;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.Inputs.FeedbackRow;

/** The union chair merges the departments' feedback into one list for the principal. */
class ConsolidateFeedbackForm extends TaskForm {

    private final FeedbackService service;
    private final String taskId;
    private final RowList<PointLine, FeedbackRow> points;

    ConsolidateFeedbackForm(FeedbackService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        ConsolidationData data = service.consolidation(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span counter = new Span(getTranslation("consolidate.counter", data.reported(), data.departments()));
        counter.addClassName("counter");
        counter.addClassName(data.missing().isEmpty() ? "rule-ok" : "rule-bad");
        add(counter);
        if (!data.missing().isEmpty()) {
            add(FormSupport.hint(getTranslation("consolidate.missing", String.join(", ", data.missing()))));
        }
        Grid<ItemView> grid = new Grid<>();
        grid.addColumn(ItemView::departmentName).setHeader(getTranslation("consolidate.department")).setAutoWidth(true);
        grid.addColumn(i -> i.draftKind() == null ? getTranslation("department.general")
                : getTranslation(i.draftKind().messageKey())).setHeader(getTranslation("department.feedbackOn"));
        grid.addColumn(ItemView::content).setHeader(getTranslation("department.feedbackContent")).setFlexGrow(3);
        grid.setItems(data.departmentItems());
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("consolidate.fromDepartments")), grid);
        points = new RowList<>(PointLine::new, getTranslation("consolidate.addPoint"));
        List<ItemView> start = data.consolidated().isEmpty() ? data.departmentItems() : data.consolidated();
        for (ItemView i : start) {
            PointLine line = points.addRow();
            line.draft.setValue(i.draftKind());
            line.content.setValue(i.content());
        }
        add(new H3(getTranslation("consolidate.points")), FormSupport.hint(getTranslation("consolidate.pointsHint")),
                points);
        addSubmit(getTranslation("consolidate.submit"));
    }

    @Override
    protected void submit() {
        service.consolidate(taskId, points.values());
    }

    private class PointLine extends HorizontalLayout implements RowList.Row<FeedbackRow> {
        final Select<DraftKind> draft = new Select<>();
        final TextArea content = new TextArea(getTranslation("department.feedbackContent"));

        PointLine() {
            draft.setLabel(getTranslation("department.feedbackOn"));
            draft.setItems(DraftKind.values());
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
}
