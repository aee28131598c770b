package vn.hoinghi.assembly.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.FeedbackService.ItemView;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.Inputs.DiscussionRow;
import vn.hoinghi.assembly.Inputs.VoteRow;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.SessionData;
import vn.hoinghi.assembly.VoteSubject;
import vn.hoinghi.tasks.ui.TaskForm;
import vn.hoinghi.tasks.ui.RowList;

/** The plenary session: presidium, discussion, every vote's counts, and the resolution adopted. */
class PlenarySessionForm extends TaskForm<PlenarySessionForm.Values> {

    /** The form object; the rows are the services' records. */
    static final class Values {
        @NotBlank(message = "session.presidiumRequired")
        String presidium;
        @NotBlank(message = "session.presidiumRequired")
        String secretaries;
        String countingCommittee;
        String rulesText;
        List<@Valid DiscussionRow> discussion = List.of();
        List<@Valid VoteRow> votes = List.of();
        @NotBlank(message = "session.resolutionTextRequired")
        String resolutionText;
    }

    private final PlenaryService service;
    private final String taskId;
    private final int attending;
    private final TextField presidium = new TextField();
    private final TextField secretaries = new TextField();
    private final RowList<DiscussionLine, DiscussionRow> discussion;
    private final RowList<VoteLine, VoteRow> votes;
    private final TextArea resolutionText;
    private final TextField countingCommittee = new TextField();
    private final TextArea rulesText;
    private PlenaryService.SessionOutcome outcome;

    PlenarySessionForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        SessionData data = service.session(taskId);
        attending = data.meeting().getPresent();
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span present = new Span(getTranslation("session.attending", attending, data.meeting().getConvened(),
                AssemblyRules.majorityNeeded(attending)));
        present.addClassName("counter");
        add(present);
        var practice = data.practice();
        if (!data.earlierSittings().isEmpty()) {
            var last = data.earlierSittings().get(data.earlierSittings().size() - 1);
            add(FormSupport.hint(getTranslation("session.continuation", data.meeting().getSitting(),
                    vn.hoinghi.shared.Texts.date(last.getHeldOn()))));
        }
        presidium.setLabel(getTranslation("session.presidium"));
        presidium.setHelperText(getTranslation("session.presidiumHelp", practice.presidiumSize()));
        presidium.setWidthFull();
        secretaries.setLabel(getTranslation("session.secretaries"));
        secretaries.setHelperText(getTranslation("session.secretariesHelp", practice.secretaryCount()));
        secretaries.setWidthFull();
        countingCommittee.setLabel(getTranslation("session.countingCommittee"));
        countingCommittee.setHelperText(getTranslation("session.countingCommitteeHelp"));
        countingCommittee.setRequiredIndicatorVisible(data.assembly().isElectBoard());
        countingCommittee.setWidthFull();
        add(presidium, secretaries, countingCommittee);
        add(FormSupport.hint(getTranslation("session.discussionShare", practice.discussionSharePercent())));

        if (!data.answeredPoints().isEmpty()) {
            Grid<ItemView> points = new Grid<>();
            points.addColumn(ItemView::content).setHeader(getTranslation("session.point")).setFlexGrow(2);
            points.addColumn(i -> i.answerMode() == null ? "" : getTranslation(i.answerMode().messageKey()))
                    .setHeader(getTranslation("answer.mode")).setAutoWidth(true);
            points.addColumn(i -> FormSupport.orEmpty(i.answer())).setHeader(getTranslation("answer.text")).setFlexGrow(2);
            points.setItems(data.answeredPoints());
            points.setAllRowsVisible(true);
            add(new H3(getTranslation("session.points")), points);
        }
        discussion = new RowList<>(DiscussionLine::new, getTranslation("session.addSpeaker"));
        add(new H3(getTranslation("session.discussion")), discussion);

        votes = new RowList<>(VoteLine::new, getTranslation("session.addVote"));
        List<VoteSubject> items = new java.util.ArrayList<>(List.of(VoteSubject.PRESIDIUM, VoteSubject.SPENDING_RULES));
        if (!data.regulationsDraft().isBlank()) {
            items.add(VoteSubject.REGULATIONS);
        }
        items.addAll(List.of(VoteSubject.EMULATION_PACT, VoteSubject.TARGETS, VoteSubject.RESOLUTION));
        for (VoteSubject s : items) {
            votes.addRow().subject.setValue(s);
        }
        add(new H3(getTranslation("session.votes")), FormSupport.hint(getTranslation("session.votesHint")), votes);
        resolutionText = FormSupport.area(getTranslation("session.resolutionText"),
                data.record().map(r -> r.getResolutionText()).orElse(""));
        resolutionText.setMinHeight("12em");
        add(resolutionText);
        rulesText = FormSupport.area(getTranslation("session.rulesText"), data.regulationsDraft());
        rulesText.setHelperText(getTranslation("session.rulesTextHelp"));
        rulesText.setMinHeight("8em");
        add(rulesText);
        bind(countingCommittee, v -> v.countingCommittee, (v, x) -> v.countingCommittee = x);
        bind(rulesText, v -> v.rulesText, (v, x) -> v.rulesText = x);
        bind(presidium, v -> v.presidium, (v, x) -> v.presidium = x);
        bind(secretaries, v -> v.secretaries, (v, x) -> v.secretaries = x);
        bind(resolutionText, v -> v.resolutionText, (v, x) -> v.resolutionText = x);
        addSubmit(getTranslation("session.submit"));
    }

    @Override
    protected void collect(Values v) {
        v.discussion = discussion.values();
        v.votes = votes.values();
    }

    @Override
    protected void submit(Values v) {
        outcome = service.recordSession(taskId, new Inputs.Session(v.presidium, v.secretaries, v.countingCommittee,
                v.discussion, v.votes, v.resolutionText, v.rulesText));
    }

    @Override
    protected com.vaadin.flow.component.Component next() {
        return outcome.completed() ? null : new RevoteForm(service, taskId, onDone());
    }

    @Override
    protected String successMessage() {
        return getTranslation(outcome.completed() ? "form.saved" : "session.someNotAdopted",
                outcome.notAdopted().size());
    }

    private class DiscussionLine extends HorizontalLayout implements RowList.Row<DiscussionRow> {
        final TextField speaker = new TextField(getTranslation("session.speaker"));
        final TextArea question = new TextArea(getTranslation("session.question"));
        final TextArea answer = new TextArea(getTranslation("session.answer"));

        DiscussionLine() {
            question.setWidth("24em");
            answer.setWidth("24em");
            add(speaker, question, answer);
        }

        @Override
        public DiscussionRow value() {
            return speaker.isEmpty() && question.isEmpty() ? null
                    : new DiscussionRow(speaker.getValue(), question.getValue(), answer.getValue());
        }
    }

    private class VoteLine extends HorizontalLayout implements RowList.Row<VoteRow> {
        final Select<VoteSubject> subject = new Select<>();
        final TextField label = new TextField(getTranslation("session.voteLabel"));
        final IntegerField votesFor = FormSupport.count(getTranslation("vote.for"));
        final IntegerField against = FormSupport.count(getTranslation("vote.against"));
        final IntegerField abstain = FormSupport.count(getTranslation("vote.abstain"));
        final Span result = new Span();

        VoteLine() {
            subject.setLabel(getTranslation("session.voteSubject"));
            subject.setItems(VoteSubject.PRESIDIUM, VoteSubject.SPENDING_RULES, VoteSubject.REGULATIONS,
                    VoteSubject.EMULATION_PACT, VoteSubject.TARGETS, VoteSubject.RESOLUTION, VoteSubject.OTHER);
            subject.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            subject.setWidth("18em");
            votesFor.addValueChangeListener(e -> update());
            against.addValueChangeListener(e -> update());
            abstain.addValueChangeListener(e -> update());
            result.getStyle().set("white-space", "nowrap");
            add(subject, label, votesFor, against, abstain, result);
            setAlignItems(Alignment.END);
        }

        private void update() {
            int total = FormSupport.value(votesFor) + FormSupport.value(against) + FormSupport.value(abstain);
            boolean ok = total <= attending && attending > 0 && AssemblyRules.passes(FormSupport.value(votesFor), attending);
            result.setText(total > attending ? getTranslation("vote.tooMany") : getTranslation(ok ? "vote.passed" : "vote.notPassed"));
            result.removeClassNames("rule-ok", "rule-bad");
            result.addClassName(ok ? "rule-ok" : "rule-bad");
        }

        @Override
        public VoteRow value() {
            if (votesFor.isEmpty() && against.isEmpty() && abstain.isEmpty()) {
                return null;
            }
            return new VoteRow(subject.getValue(), label.getValue(), votesFor.getValue(), against.getValue(),
                    abstain.getValue());
        }
    }
}
