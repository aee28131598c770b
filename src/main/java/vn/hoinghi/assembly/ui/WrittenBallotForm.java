package vn.hoinghi.assembly.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PlenaryService.BallotData;

/** Two convocations lacked a quorum: the resolution goes to all staff as a written opinion ballot. */
class WrittenBallotForm extends TaskForm {

    private final PlenaryService service;
    private final String taskId;
    private final DatePicker countedOn;
    private final IntegerField returned;
    private final IntegerField votesFor;
    private final IntegerField against;
    private final IntegerField abstain;
    private final TextArea resolution;

    WrittenBallotForm(PlenaryService service, String taskId, Runnable onDone) {
        super(onDone);
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
        resolution = FormSupport.area(getTranslation("session.resolutionText"), "");
        add(countedOn, new HorizontalLayout(returned, votesFor, against, abstain), resolution);
        addSubmit(getTranslation("ballot.submit"));
    }

    @Override
    protected void submit() {
        service.recordBallot(taskId, new Inputs.WrittenBallot(countedOn.getValue(), returned.getValue(),
                votesFor.getValue(), against.getValue(), abstain.getValue(), resolution.getValue()));
    }
}
