package vn.hoinghi.assembly.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.AssemblyRules.Tally;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.CandidateView;
import vn.hoinghi.assembly.PlenaryService.ElectionData;

/** Biên bản kiểm phiếu: ballots and each candidate's votes; more than half of those attending elects. */
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
        Map<Long, Integer> votesByCandidate = Map.of();
    }

    private final PlenaryService service;
    private final String taskId;
    private final IntegerField ballotsIssued;
    private final IntegerField ballotsReceived;
    private final IntegerField ballotsValid;
    private final IntegerField ballotsInvalid;
    private final Map<Long, IntegerField> votesByCandidate = new HashMap<>();
    private String electedNames = "";

    BoardElectionForm(PlenaryService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        ElectionData data = service.election(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span rule = new Span(getTranslation("election.rule", data.attending(), data.assembly().getBoardSeats(),
                AssemblyRules.majorityNeeded(data.attending())));
        rule.addClassName("counter");
        add(rule);
        ballotsIssued = FormSupport.count(getTranslation("election.issued"));
        ballotsReceived = FormSupport.count(getTranslation("election.received"));
        ballotsValid = FormSupport.count(getTranslation("election.valid"));
        ballotsInvalid = FormSupport.count(getTranslation("election.invalid"));
        add(new HorizontalLayout(ballotsIssued, ballotsReceived, ballotsValid, ballotsInvalid), new H3(getTranslation("election.votes")));
        for (CandidateView c : data.candidates()) {
            IntegerField f = FormSupport.count(c.fullName());
            f.setWidth("16em");
            votesByCandidate.put(c.staffId(), f);
            add(f);
        }
        bind(ballotsIssued, v -> v.ballotsIssued, (v, x) -> v.ballotsIssued = x);
        bind(ballotsReceived, v -> v.ballotsReceived, (v, x) -> v.ballotsReceived = x);
        bind(ballotsValid, v -> v.ballotsValid, (v, x) -> v.ballotsValid = x);
        bind(ballotsInvalid, v -> v.ballotsInvalid, (v, x) -> v.ballotsInvalid = x);
        addSubmit(getTranslation("election.submit"));
    }

    @Override
    protected void collect(Values v) {
        Map<Long, Integer> byCandidate = new HashMap<>();
        votesByCandidate.forEach((id, f) -> byCandidate.put(id, f.getValue()));
        v.votesByCandidate = byCandidate;
    }

    @Override
    protected void submit(Values v) {
        var elected = service.recordElection(taskId, new Inputs.Election(v.ballotsIssued, v.ballotsReceived,
                v.ballotsValid, v.ballotsInvalid, v.votesByCandidate));
        electedNames = String.join(", ", elected.stream().map(Tally::name).toList());
    }

    @Override
    protected String successMessage() {
        return getTranslation("election.elected", electedNames);
    }
}
