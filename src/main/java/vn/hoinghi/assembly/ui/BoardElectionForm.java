package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.AssemblyRules.Tally;
import vn.hoinghi.assembly.ElectionRound;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.CandidateView;
import vn.hoinghi.assembly.PlenaryService.ElectionData;
import vn.hoinghi.assembly.PlenaryService.ElectionOutcome;
import vn.hoinghi.assembly.PlenaryService.RoundView;
import vn.hoinghi.assembly.PlenaryService.RoundVoteView;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.tasks.ui.TaskForm;
import vn.hoinghi.tasks.ui.RowList;

/**
 * Biên bản kiểm phiếu, one round at a time: ballots and each candidate's votes; more than half of those
 * attending elects. A tie at the last open seat, or a board below its minimum, leads to the next round here.
 */
class BoardElectionForm extends TaskForm<BoardElectionForm.Values> {

    static final class Values {
        @NotNull(message = "election.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer ballotsIssued;
        @NotNull(message = "election.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer ballotsReceived;
        @NotNull(message = "election.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer ballotsValid;
        @NotNull(message = "election.countsRequired")
        @Min(value = 0, message = "rule.negativeCount")
        Integer ballotsInvalid;
        List<Long> candidateIds;
        List<Inputs.Candidate> nominations = List.of();
        Map<Long, Integer> votesByCandidate = Map.of();
    }

    private final PlenaryService service;
    private final String taskId;
    private final IntegerField ballotsIssued;
    private final IntegerField ballotsReceived;
    private final IntegerField ballotsValid;
    private final IntegerField ballotsInvalid;
    private final MultiSelectComboBox<CandidateView> candidateIds;
    private final Map<Long, IntegerField> votesByCandidate = new LinkedHashMap<>();
    private final VerticalLayout votesBox = new VerticalLayout();
    private final RowList<NominationLine, Inputs.Candidate> nominations;
    private final List<StaffInfo> nominable;
    private ElectionOutcome outcome;

    BoardElectionForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        ElectionData data = service.election(taskId);
        nominable = data.nominable();
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span rule = new Span(getTranslation("election.rule", data.attending(), data.assembly().getBoardSeats(),
                AssemblyRules.majorityNeeded(data.attending())));
        rule.addClassName("counter");
        add(rule);
        for (RoundView r : data.rounds()) {
            add(round(r));
        }
        add(new H3(getTranslation("election.roundTitle", data.nextRound(), data.seatsOpen())));
        if (data.because() != null) {
            add(FormSupport.hint(getTranslation(data.because() == ElectionRound.Outcome.TIE
                    ? "election.secondRoundHint" : "election.furtherRoundHint", data.seatsOpen())));
        }
        ballotsIssued = FormSupport.count(getTranslation("election.issued"));
        ballotsReceived = FormSupport.count(getTranslation("election.received"));
        ballotsValid = FormSupport.count(getTranslation("election.valid"));
        ballotsInvalid = FormSupport.count(getTranslation("election.invalid"));
        FlexLayout counts = new FlexLayout(ballotsIssued, ballotsReceived, ballotsValid, ballotsInvalid);
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");
        add(counts);

        candidateIds = new MultiSelectComboBox<>(getTranslation("election.onBallot"));
        candidateIds.setItems(data.candidates());
        candidateIds.setItemLabelGenerator(c -> c.fullName() + (c.departmentName() == null ? "" : " – " + c.departmentName()));
        candidateIds.setWidthFull();
        Set<Long> suggested = data.onBallot().stream().map(CandidateView::staffId).collect(Collectors.toSet());
        candidateIds.setValue(data.candidates().stream().filter(c -> suggested.contains(c.staffId()))
                .collect(Collectors.toSet()));
        // the first round is every nominee; later rounds name who stands (the tied, or the remaining)
        candidateIds.setVisible(data.because() != null);
        candidateIds.addValueChangeListener(e -> showVotes(data.candidates()));
        add(candidateIds, new H3(getTranslation("election.votes")), votesBox);
        votesBox.setPadding(false);
        votesBox.setSpacing(false);
        showVotes(data.candidates());

        nominations = new RowList<>(NominationLine::new, getTranslation("election.addNominee"));
        if (data.because() == ElectionRound.Outcome.TOO_FEW) {
            add(new H3(getTranslation("election.nominations")), FormSupport.hint(getTranslation("election.nominationsHint")),
                    nominations);
        }
        bind(ballotsIssued, v -> v.ballotsIssued, (v, x) -> v.ballotsIssued = x);
        bind(ballotsReceived, v -> v.ballotsReceived, (v, x) -> v.ballotsReceived = x);
        bind(ballotsValid, v -> v.ballotsValid, (v, x) -> v.ballotsValid = x);
        bind(ballotsInvalid, v -> v.ballotsInvalid, (v, x) -> v.ballotsInvalid = x);
        addSubmit(getTranslation(data.because() == null ? "election.submit" : "election.submitRound"));
    }

    /** One votes field for each candidate on this round's ballot, in the order they were nominated. */
    private void showVotes(List<CandidateView> all) {
        Map<Long, Integer> typed = new HashMap<>();
        votesByCandidate.forEach((id, f) -> typed.put(id, f.getValue()));
        votesByCandidate.clear();
        votesBox.removeAll();
        Set<Long> chosen = candidateIds.getValue().stream().map(CandidateView::staffId).collect(Collectors.toSet());
        for (CandidateView c : all) {
            if (chosen.contains(c.staffId())) {
                IntegerField f = FormSupport.count(c.fullName());
                f.setWidth("16em");
                f.setValue(typed.get(c.staffId()));
                votesByCandidate.put(c.staffId(), f);
                votesBox.add(f);
            }
        }
    }

    private Component round(RoundView r) {
        ElectionRound e = r.round();
        Div box = new Div();
        box.addClassName("election-round");
        box.add(new H3(getTranslation("election.roundHeld", e.getRound(), e.getSeatsOpen())));
        box.add(new Span(getTranslation("election.roundBallots", e.getBallotsIssued(), e.getBallotsReceived(),
                e.getBallotsValid(), e.getBallotsInvalid())));
        UnorderedList list = new UnorderedList();
        for (RoundVoteView v : r.votes()) {
            String result = v.elected() ? "election.resultElected" : v.tied() ? "election.resultTied" : "election.resultNotElected";
            Span status = new Span(getTranslation(result));
            status.addClassName(v.elected() ? "rule-ok" : "rule-bad");
            list.add(new ListItem(new Span(getTranslation("election.roundVote", v.fullName(), v.votes()) + " "), status));
        }
        box.add(list);
        box.add(FormSupport.hint(getTranslation(e.getOutcome().messageKey())));
        return box;
    }

    @Override
    protected void collect(Values v) {
        Map<Long, Integer> byCandidate = new HashMap<>();
        votesByCandidate.forEach((id, f) -> byCandidate.put(id, f.getValue()));
        v.nominations = nominations.values();
        for (NominationLine line : nominations.rows()) {
            if (line.staffId.getValue() != null) {
                byCandidate.put(line.staffId.getValue().id(), line.votes.getValue());
            }
        }
        v.votesByCandidate = byCandidate;
        if (candidateIds.isVisible()) {
            List<Long> ids = new java.util.ArrayList<>(candidateIds.getValue().stream().map(CandidateView::staffId).toList());
            v.nominations.forEach(c -> ids.add(c.staffId()));
            v.candidateIds = ids;
        }
    }

    @Override
    protected void submit(Values v) {
        outcome = service.recordElection(taskId, new Inputs.Election(v.candidateIds, v.nominations, v.ballotsIssued,
                v.ballotsReceived, v.ballotsValid, v.ballotsInvalid, v.votesByCandidate));
    }

    @Override
    protected Component next() {
        return outcome.complete() ? null : new BoardElectionForm(service, taskId, onDone());
    }

    @Override
    protected String successMessage() {
        String elected = String.join(", ", outcome.elected().stream().map(Tally::name).toList());
        return switch (outcome.outcome()) {
            case COMPLETE -> getTranslation("election.elected", elected);
            case TIE -> getTranslation("election.tieRecorded", String.join(", ",
                    outcome.tied().stream().map(Tally::name).toList()), outcome.seatsStillOpen());
            case TOO_FEW -> getTranslation("election.tooFewRecorded", outcome.seatsStillOpen());
        };
    }

    /** A new nominee for the missing seats: who, their consent, and their votes in this round. */
    private class NominationLine extends FlexLayout implements RowList.Row<Inputs.Candidate> {
        final ComboBox<StaffInfo> staffId = FormSupport.person(getTranslation("election.nominee"), nominable);
        final Checkbox consent = new Checkbox(getTranslation("keyStaff.consent"));
        final IntegerField votes = FormSupport.count(getTranslation("election.nomineeVotes"));

        NominationLine() {
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.END);
            getStyle().set("gap", "var(--lumo-space-m)");
            add(staffId, consent, votes);
        }

        @Override
        public Inputs.Candidate value() {
            return staffId.getValue() == null ? null
                    : new Inputs.Candidate(staffId.getValue().id(), consent.getValue(), LocalDate.now(vn.hoinghi.shared.VietnamTime.ZONE));
        }
    }
}
