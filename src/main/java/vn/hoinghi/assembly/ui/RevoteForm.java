package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.SessionData;
import vn.hoinghi.assembly.Vote;
import vn.hoinghi.assembly.VoteSubject;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.tasks.ui.TaskForm;

/**
 * The session after its first count, when something was not adopted: every round so far, an amended text put
 * to a new vote, or the sitting closed (without the resolution the principal then sets a continuation).
 */
class RevoteForm extends TaskForm<RevoteForm.Values> {

    static final class Values {
        @NotNull(message = "revote.notFailed")
        Vote voteId;
        @NotBlank(message = "revote.textRequired")
        String amendedText;
        @NotNull(message = "vote.incomplete")
        Integer votesFor;
        @NotNull(message = "vote.incomplete")
        Integer against;
        @NotNull(message = "vote.incomplete")
        Integer abstain;
    }

    private final PlenaryService service;
    private final String taskId;
    private final Select<Vote> voteId = new Select<>();
    private final TextArea amendedText;
    private final IntegerField votesFor;
    private final IntegerField against;
    private final IntegerField abstain;
    private PlenaryService.SessionOutcome outcome;

    RevoteForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        SessionData data = service.session(taskId);
        int attending = data.meeting().getPresent();
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span present = new Span(getTranslation("session.attending", attending, data.meeting().getConvened(),
                AssemblyRules.majorityNeeded(attending)));
        present.addClassName("counter");
        add(present, new H3(getTranslation("revote.results")), VoteRounds.list(this, data.votes()));

        add(new H3(getTranslation("revote.title")), FormSupport.hint(getTranslation("revote.hint")));
        voteId.setLabel(getTranslation("revote.item"));
        voteId.setItems(data.notAdopted());
        voteId.setItemLabelGenerator(v -> VoteRounds.item(this, v));
        voteId.setWidth("22em");
        amendedText = FormSupport.area(getTranslation("revote.amendedText"), "");
        amendedText.setMinHeight("10em");
        voteId.addValueChangeListener(e -> {
            if (e.getValue() != null && amendedText.isEmpty() && e.getValue().getVotedText() != null) {
                amendedText.setValue(e.getValue().getVotedText());
            }
        });
        List<Vote> failed = data.notAdopted();
        voteId.setValue(failed.stream().filter(v -> v.getSubject() == VoteSubject.RESOLUTION).findFirst()
                .orElse(failed.get(0)));
        votesFor = FormSupport.count(getTranslation("vote.for"));
        against = FormSupport.count(getTranslation("vote.against"));
        abstain = FormSupport.count(getTranslation("vote.abstain"));
        FlexLayout counts = new FlexLayout(votesFor, against, abstain);
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");
        add(voteId, amendedText, counts);
        bind(voteId, v -> v.voteId, (v, x) -> v.voteId = x);
        bind(amendedText, v -> v.amendedText, (v, x) -> v.amendedText = x);
        bind(votesFor, v -> v.votesFor, (v, x) -> v.votesFor = x);
        bind(against, v -> v.against, (v, x) -> v.against = x);
        bind(abstain, v -> v.abstain, (v, x) -> v.abstain = x);
        addSubmit(getTranslation("revote.submit"));

        boolean resolutionAdopted = data.resolutionAdopted();
        Button close = new Button(getTranslation(resolutionAdopted ? "session.close" : "session.closeWithout"),
                e -> {
                    if (Errors.run(this, () -> service.closeSession(taskId))) {
                        Errors.showSuccess(getTranslation(resolutionAdopted ? "form.saved" : "session.closedWithout"));
                        onDone.run();
                    }
                });
        close.addThemeVariants(resolutionAdopted ? ButtonVariant.PRIMARY : ButtonVariant.ERROR);
        close.addClassName("close-session");
        // a long label wraps on a phone instead of running off the screen
        close.getStyle().set("white-space", "normal").set("height", "auto").set("max-width", "100%")
                .set("padding-block", "var(--lumo-space-s)");
        add(FormSupport.hint(getTranslation(resolutionAdopted ? "session.closeHint" : "session.closeWithoutHint")),
                close);
    }

    @Override
    protected void submit(Values v) {
        outcome = service.revote(taskId, new Inputs.Revote(v.voteId.getId(), v.amendedText, v.votesFor, v.against,
                v.abstain));
    }

    @Override
    protected Component next() {
        return outcome.completed() ? null : new RevoteForm(service, taskId, onDone());
    }

    @Override
    protected String successMessage() {
        return getTranslation(outcome.completed() ? "form.saved" : "session.someNotAdopted", outcome.notAdopted().size());
    }
}
