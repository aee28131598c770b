package vn.hoinghi.assembly.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.AnswerMode;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FeedbackService.AnswerData;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.Inputs.Answer;
import vn.hoinghi.tasks.ui.TaskForm;

/** The principal answers each consolidated point, in writing or at the plenary. */
class AnswerFeedbackForm extends TaskForm<AnswerFeedbackForm.Values> {

    /** The service says which point lacks its answer, by its number, so the rows carry no constraints. */
    static final class Values {
        List<Answer> answers = List.of();
    }

    private final FeedbackService service;
    private final String taskId;
    private final List<AnswerLine> answers = new ArrayList<>();

    AnswerFeedbackForm(FeedbackService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        AnswerData data = service.answers(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        if (data.items().isEmpty()) {
            add(new Paragraph(getTranslation("answer.none")));
        }
        int n = 1;
        for (ItemView item : data.items()) {
            AnswerLine line = new AnswerLine(n++, item);
            answers.add(line);
            add(line);
        }
        addSubmit(getTranslation("answer.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.answers = answers.stream().map(AnswerLine::value).toList();
    }

    @Override
    protected void submit(Values v) {
        service.answer(taskId, v.answers);
    }

    private class AnswerLine extends VerticalLayout {
        final long itemId;
        final RadioButtonGroup<AnswerMode> mode = new RadioButtonGroup<>();
        final TextArea text;

        AnswerLine(int n, ItemView item) {
            itemId = item.id();
            setPadding(false);
            Span point = new Span(n + ". " + item.content() + (item.draftKind() == null ? ""
                    : " (" + getTranslation(item.draftKind().messageKey()) + ")"));
            point.getStyle().set("font-weight", "600");
            mode.setItems(AnswerMode.values());
            mode.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
            mode.setValue(item.answerMode());
            mode.setAriaLabel(getTranslation("answer.mode"));
            text = FormSupport.area(getTranslation("answer.text"), item.answer());
            add(point, mode, text);
        }

        Answer value() {
            return new Answer(itemId, mode.getValue(), text.getValue());
        }
    }
}
