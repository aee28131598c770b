package vn.hoinghi.assembly.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.AssemblyRules.Tally;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.CandidateView;
import vn.hoinghi.assembly.PlenaryService.ElectionData;

/** Biên bản kiểm phiếu: ballots and each candidate's votes; more than half of those attending elects. */
class BoardElectionForm extends TaskForm {

    private final PlenaryService service;
    private final String taskId;
    private final IntegerField issued;
    private final IntegerField received;
    private final IntegerField valid;
    private final IntegerField invalid;
    private final Map<Long, IntegerField> votes = new HashMap<>();
    private String electedNames = "";

    BoardElectionForm(PlenaryService service, String taskId, Runnable onDone) {
        super(onDone);
        this.service = service;
        this.taskId = taskId;
        ElectionData data = service.election(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        Span rule = new Span(getTranslation("election.rule", data.attending(), data.assembly().getBoardSeats(),
                AssemblyRules.majorityNeeded(data.attending())));
        rule.addClassName("counter");
        add(rule);
        issued = FormSupport.count(getTranslation("election.issued"));
        received = FormSupport.count(getTranslation("election.received"));
        valid = FormSupport.count(getTranslation("election.valid"));
        invalid = FormSupport.count(getTranslation("election.invalid"));
        add(new HorizontalLayout(issued, received, valid, invalid), new H3(getTranslation("election.votes")));
        for (CandidateView c : data.candidates()) {
            IntegerField f = FormSupport.count(c.fullName());
            f.setWidth("16em");
            votes.put(c.staffId(), f);
            add(f);
        }
        addSubmit(getTranslation("election.submit"));
    }

    @Override
    protected void submit() {
        Map<Long, Integer> byCandidate = new HashMap<>();
        votes.forEach((id, f) -> byCandidate.put(id, f.getValue()));
        var elected = service.recordElection(taskId, new Inputs.Election(issued.getValue(), received.getValue(),
                valid.getValue(), invalid.getValue(), byCandidate));
        electedNames = String.join(", ", elected.stream().map(Tally::name).toList());
    }

    @Override
    protected String successMessage() {
        return getTranslation("election.elected", electedNames);
    }
}
