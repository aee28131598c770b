package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import jakarta.validation.Valid;

import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FeedbackService.ConsolidationData;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.Inputs.FeedbackRow;
import vn.hoinghi.tasks.ui.TaskForm;
import vn.hoinghi.tasks.ui.RowList;

/** The union chair merges the departments' feedback into one list for the principal. */
class ConsolidateFeedbackForm extends TaskForm<ConsolidateFeedbackForm.Values> {

    static final class Values {
        List<@Valid FeedbackRow> points = List.of();
    }

    private final FeedbackService service;
    private final String taskId;
    private final RowList<FeedbackLine, FeedbackRow> points;

    ConsolidateFeedbackForm(FeedbackService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
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
        points = new RowList<>(() -> new FeedbackLine(java.util.List.of(DraftKind.values())),
                getTranslation("consolidate.addPoint"));
        List<ItemView> start = data.consolidated().isEmpty() ? data.departmentItems() : data.consolidated();
        for (ItemView i : start) {
            FeedbackLine line = points.addRow();
            line.draft.setValue(i.draftKind());
            line.content.setValue(i.content());
        }
        add(new H3(getTranslation("consolidate.points")), FormSupport.hint(getTranslation("consolidate.pointsHint")),
                points);
        addSubmit(getTranslation("consolidate.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.points = points.values();
    }

    @Override
    protected void submit(Values v) {
        service.consolidate(taskId, v.points);
    }
}
