package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.BallotData;
import vn.hoinghi.tasks.ui.TaskForm;

/** Two convocations lacked a quorum: the resolution goes to all staff as a written opinion ballot. */
class WrittenBallotForm extends TaskForm<WrittenBallotForm.Values> {

    static final class Values {
        @NotNull(message = "ballot.countsRequired")
        LocalDate countedOn;
        @NotNull(message = "ballot.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer returned;
        @NotNull(message = "ballot.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer votesFor;
        @NotNull(message = "ballot.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer against;
        @NotNull(message = "ballot.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer abstain;
        @NotBlank(message = "session.resolutionTextRequired")
        String resolutionText;
    }

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker countedOn;
    private final IntegerField returned;
    private final IntegerField votesFor;
    private final IntegerField against;
    private final IntegerField abstain;
    private final TextArea resolutionText;
    private boolean adopted;

    WrittenBallotForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        BallotData data = service.ballot(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        add(FormSupport.hint(getTranslation("ballot.hint")));
        Span rule = new Span(getTranslation("ballot.rule", data.allStaff(), AssemblyRules.majorityNeeded(data.allStaff())));
        rule.addClassName("counter");
        add(rule);
        countedOn = FormSupport.date(getTranslation("ballot.countedOn"), data.assembly().getPlenaryOn());
        returned = FormSupport.count(getTranslation("ballot.returned"));
        votesFor = FormSupport.count(getTranslation("vote.for"));
        against = FormSupport.count(getTranslation("vote.against"));
        abstain = FormSupport.count(getTranslation("vote.abstain"));
        java.util.List<vn.hoinghi.assembly.Vote> rounds = data.rounds();
        if (!rounds.isEmpty()) {
            add(new com.vaadin.flow.component.html.H3(getTranslation("ballot.rounds")), VoteRounds.list(this, rounds),
                    FormSupport.hint(getTranslation("ballot.newRoundHint", rounds.size() + 1)));
        }
        resolutionText = FormSupport.area(getTranslation(rounds.isEmpty() ? "session.resolutionText"
                : "revote.amendedText"), rounds.isEmpty() ? "" : rounds.get(rounds.size() - 1).getVotedText());
        com.vaadin.flow.component.orderedlayout.FlexLayout counts =
                new com.vaadin.flow.component.orderedlayout.FlexLayout(returned, votesFor, against, abstain);
        counts.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");
        add(countedOn, counts, resolutionText);
        bind(countedOn, v -> v.countedOn, (v, x) -> v.countedOn = x);
        bind(returned, v -> v.returned, (v, x) -> v.returned = x);
        bind(votesFor, v -> v.votesFor, (v, x) -> v.votesFor = x);
        bind(against, v -> v.against, (v, x) -> v.against = x);
        bind(abstain, v -> v.abstain, (v, x) -> v.abstain = x);
        bind(resolutionText, v -> v.resolutionText, (v, x) -> v.resolutionText = x);
        addSubmit(getTranslation("ballot.submit"));
        if (!rounds.isEmpty()) {
            com.vaadin.flow.component.button.Button close = new com.vaadin.flow.component.button.Button(
                    getTranslation("ballot.close"), e -> {
                        if (vn.hoinghi.shared.Errors.run(this, () -> service.closeBallot(taskId))) {
                            vn.hoinghi.shared.Errors.showSuccess(getTranslation("session.closedWithout"));
                            onDone.run();
                        }
                    });
            close.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.ERROR);
            close.getStyle().set("white-space", "normal").set("height", "auto").set("max-width", "100%");
            add(FormSupport.hint(getTranslation("ballot.closeHint")), close);
        }
    }

    @Override
    protected void submit(Values v) {
        adopted = service.recordBallot(taskId, new Inputs.WrittenBallot(v.countedOn, v.returned, v.votesFor,
                v.against, v.abstain, v.resolutionText));
    }

    @Override
    protected com.vaadin.flow.component.Component next() {
        return adopted ? null : new WrittenBallotForm(service, taskId, onDone());
    }

    @Override
    protected String successMessage() {
        return getTranslation(adopted ? "form.saved" : "ballot.roundNotAdopted");
    }
}
