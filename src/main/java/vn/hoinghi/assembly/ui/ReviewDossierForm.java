package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.ReviewData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.tasks.ui.TaskForm;

/** The supervising body accepts the dossier or returns it with a reason. */
class ReviewDossierForm extends TaskForm<ReviewDossierForm.Values> {

    static final class Values {
        @NotNull(message = "review.decisionRequired")
        Boolean accept;
        String reason;
    }

    private final FollowUpService service;
    private final String taskId;
    private final RadioButtonGroup<Boolean> accept = new RadioButtonGroup<>();
    private final TextArea reason;

    ReviewDossierForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        ReviewData data = service.review(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(new H3(data.schoolName()));
        Span submitted = new Span(getTranslation("review.submitted", Texts.date(data.dossier().getSubmittedOn()),
                Texts.date(data.dossier().getDeadline())));
        submitted.addClassName("counter");
        add(submitted);
        if (data.dossier().getContents() != null) {
            add(FormSupport.hint(data.dossier().getContents()));
        }
        Pre text = new Pre(data.record().getResolutionText());
        text.getStyle().set("white-space", "pre-wrap");
        add(new Details(getTranslation("review.resolution"), text));
        accept.setLabel(getTranslation("review.decision"));
        accept.setItems(Boolean.TRUE, Boolean.FALSE);
        accept.setItemLabelGenerator(b -> getTranslation(b ? "review.accept" : "review.return"));
        reason = FormSupport.area(getTranslation("review.reason"), "");
        add(accept, reason);
        bind(accept, v -> v.accept, (v, x) -> v.accept = x);
        bind(reason, v -> v.reason, (v, x) -> v.reason = x);
        addSubmit(getTranslation("review.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.decide(taskId, new Inputs.Review(v.accept, v.reason));
    }
}
