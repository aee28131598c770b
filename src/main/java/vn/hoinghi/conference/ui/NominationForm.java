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
import vn.hoinghi.conference.Nominations.DelegateCategoryView;
import vn.hoinghi.conference.Nominations.DelegateInput;
import vn.hoinghi.conference.Nominations.DelegateView;
import vn.hoinghi.conference.Nominations.NominationData;
import vn.hoinghi.conference.Nominations.NominationInput;
import vn.hoinghi.conference.Nominations.NominationView;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;

/**
 * The principal's part of the body's conference: award nominations batch by batch, and the school's delegates for
 * the categories drawn from the base (the principals prefilled from the roster); then send both.
 */
class NominationForm extends VerticalLayout {

    final FieldMarks marks = new FieldMarks();
    final Select<BatchView> batch = new Select<>();
    final TextField nominee = new TextField();
    final TextField achievement = new TextField();
    final TextField evidence = new TextField();
    final Button add;
    final Button submit;
    final FieldMarks delegateMarks = new FieldMarks();
    final Select<DelegateCategoryView> delegateCategory = new Select<>();
    final TextField delegateName = new TextField();
    final TextField delegatePosition = new TextField();
    final Button addDelegate;
    private final VerticalLayout list = new VerticalLayout();
    private final VerticalLayout delegateList = new VerticalLayout();
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
        add(batch, inputs, add);

        // The school's delegates for the categories drawn from the base, within each category's quota.
        add(new H3(getTranslation("conference.delegates.title")));
        Paragraph delegatesIntro = new Paragraph(getTranslation("conference.delegates.intro"));
        delegatesIntro.addClassName("hint");
        add(delegatesIntro);
        delegateList.setPadding(false);
        delegateList.setSpacing(false);
        delegateList.addClassName("delegates");
        add(delegateList);
        delegateCategory.setLabel(getTranslation("conference.delegates.category"));
        delegateCategory.setItemLabelGenerator(this::categoryLabel);
        delegateCategory.setWidthFull();
        delegateCategory.addClassName("delegate-category");
        delegateName.setLabel(getTranslation("conference.delegates.fullName"));
        delegateName.addClassName("delegate-name");
        delegatePosition.setLabel(getTranslation("conference.delegates.positionOrClass"));
        delegatePosition.addClassName("delegate-position");
        delegateMarks.put("category", delegateCategory);
        delegateMarks.put("fullName", delegateName);
        delegateMarks.put("school", delegateName);
        FlexLayout delegateInputs = new FlexLayout(delegateName, delegatePosition);
        delegateInputs.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        delegateInputs.addClassName("conf-row");
        addDelegate = new Button(getTranslation("conference.delegates.add"), VaadinIcon.PLUS.create(), e -> {
            DelegateInput in = new DelegateInput(delegateCategory.getValue() == null ? null
                    : delegateCategory.getValue().position(), delegateName.getValue(), delegatePosition.getValue());
            if (delegateMarks.run(this, () -> service.nameDelegate(d.conferenceId(), d.schoolId(), in))) {
                Errors.showSuccess(getTranslation("conference.delegates.added"));
                Integer kept = in.category();
                delegateName.clear();
                delegatePosition.clear();
                showDelegates(service.data(taskId), kept);
            }
        });
        addDelegate.addClassName("add-delegate");
        if (d.delegateCategories().isEmpty()) {
            Span none = new Span(getTranslation("conference.delegates.noneAsked"));
            none.addClassName("hint");
            delegateList.add(none);
        } else {
            add(delegateCategory, delegateInputs, addDelegate);
            showDelegates(d, null);
        }

        submit = new Button(getTranslation("conference.nominate.submit"), VaadinIcon.CHECK.create(), e -> {
            if (marks.run(this, () -> service.submit(taskId))) {
                Errors.showSuccess(getTranslation("conference.nominate.submitted"));
                onDone.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("submit-task");
        add(submit);
    }

    private String categoryLabel(DelegateCategoryView c) {
        return c.name() + " — " + (c.perSchool() == null
                ? getTranslation("conference.delegates.countTotal", c.named(), c.expected())
                : getTranslation("conference.delegates.countQuota", c.named(), c.perSchool()));
    }

    private void showDelegates(NominationData d, Integer keep) {
        delegateList.removeAll();
        delegateCategory.setItems(d.delegateCategories());
        d.delegateCategories().stream().filter(c -> keep != null && c.position() == keep).findFirst()
                .ifPresent(delegateCategory::setValue);
        for (DelegateCategoryView c : d.delegateCategories()) {
            Span head = new Span(categoryLabel(c));
            head.getStyle().set("font-weight", "600");
            Div group = new Div(head);
            group.addClassName("delegate-group");
            for (DelegateView x : d.delegates()) {
                if (x.category() != c.position()) {
                    continue;
                }
                Span who = new Span(x.fullName() + (x.positionOrClass() == null ? "" : " · " + x.positionOrClass())
                        + (x.fromRoster() ? " (" + getTranslation("conference.delegates.fromRoster") + ")" : ""));
                Button remove = new Button(getTranslation("conference.delegates.remove"), VaadinIcon.TRASH.create(),
                        e -> {
                            if (delegateMarks.run(this, () -> service.removeDelegate(x.id()))) {
                                showDelegates(service.data(taskId), null);
                            }
                        });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
                Div line = new Div(who, remove);
                line.addClassName("delegate-item");
                group.add(line);
            }
            delegateList.add(group);
        }
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
