package vn.hoinghi.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.conference.Nominations;
import vn.hoinghi.conference.Nominations.BatchView;
import vn.hoinghi.conference.Nominations.NominationData;
import vn.hoinghi.conference.Nominations.NominationInput;
import vn.hoinghi.conference.Nominations.NominationView;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;

/** The principal's award nominations for the body's conference: add them batch by batch, then send. */
class NominationForm extends VerticalLayout {

    final FieldMarks marks = new FieldMarks();
    final Select<BatchView> batch = new Select<>();
    final TextField nominee = new TextField();
    final TextField achievement = new TextField();
    final TextField evidence = new TextField();
    final Button add;
    final Button submit;
    private final VerticalLayout list = new VerticalLayout();
    private final Nominations service;
    private final String taskId;

    NominationForm(Nominations service, String taskId, Runnable onDone) {
        this.service = service;
        this.taskId = taskId;
        setPadding(false);
        addClassName("task-form");
        addClassName("nomination-form");
        NominationData d = service.data(taskId);
        add(new H2(d.taskName()));
        add(new Paragraph(getTranslation("conference.nominate.intro", d.conferenceTitle(), Texts.date(d.heldOn()),
                d.schoolName())));
        Span deadline = new Span(getTranslation("conference.nominate.deadline", Texts.date(d.deadline())));
        deadline.addClassName("counter");
        add(deadline);
        if (d.reminded()) {
            Paragraph reminded = new Paragraph(getTranslation("conference.nominate.reminded", Texts.date(d.deadline())));
            reminded.addClassName("due-soon");
            add(reminded);
        }
        list.setPadding(false);
        list.setSpacing(false);
        list.addClassName("nominations");
        add(list);
        show(d);

        add(new H3(getTranslation("conference.nominate.add")));
        batch.setLabel(getTranslation("conference.nominate.batch"));
        batch.setItems(d.batches());
        batch.setItemLabelGenerator(b -> (b.position() + 1) + ". " + b.name());
        batch.setWidthFull();
        nominee.setLabel(getTranslation("conference.nominate.nominee"));
        achievement.setLabel(getTranslation("conference.nominate.achievement"));
        evidence.setLabel(getTranslation("conference.nominate.evidence"));
        marks.put("batch", batch);
        marks.put("nominee", nominee);
        marks.put("achievement", achievement);
        marks.put("evidence", evidence);
        marks.put("school", nominee);
        FlexLayout inputs = new FlexLayout(nominee, achievement, evidence);
        inputs.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        inputs.addClassName("conf-row");
        add = new Button(getTranslation("conference.nominate.add"), VaadinIcon.PLUS.create(), e -> {
            NominationInput in = new NominationInput(batch.getValue() == null ? null : batch.getValue().position(),
                    nominee.getValue(), achievement.getValue(), evidence.getValue());
            if (marks.run(this, () -> service.nominate(d.conferenceId(), d.schoolId(), in))) {
                Errors.showSuccess(getTranslation("conference.nominate.added"));
                nominee.clear();
                achievement.clear();
                evidence.clear();
                show(service.data(taskId));
            }
        });
        add.addClassName("add-nomination");
        submit = new Button(getTranslation("conference.nominate.submit"), VaadinIcon.CHECK.create(), e -> {
            if (marks.run(this, () -> service.submit(taskId))) {
                Errors.showSuccess(getTranslation("conference.nominate.submitted"));
                onDone.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("submit-task");
        add(batch, inputs, add, submit);
    }

    private void show(NominationData d) {
        list.removeAll();
        if (d.nominations().isEmpty()) {
            Span none = new Span(getTranslation("conference.nominate.none"));
            none.addClassName("hint");
            list.add(none);
            return;
        }
        for (NominationView n : d.nominations()) {
            Span what = new Span((n.batch() + 1) + ". " + n.batchName() + " — " + n.nominee());
            what.getStyle().set("font-weight", "600");
            Span detail = new Span(n.achievement() + " · " + n.evidence());
            detail.addClassName("hint");
            Button withdraw = new Button(getTranslation("conference.nominate.withdraw"), VaadinIcon.TRASH.create(),
                    e -> {
                        if (marks.run(this, () -> service.withdraw(n.id()))) {
                            show(service.data(taskId));
                        }
                    });
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            Div item = new Div(what, new Div(detail), withdraw);
            item.addClassName("nomination-item");
            list.add(item);
        }
    }
}
