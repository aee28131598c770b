package vn.hoinghi.conference.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceService.ApprovalData;
import vn.hoinghi.conference.ConferenceService.AssignmentData;
import vn.hoinghi.conference.ConferenceService.BridgeData;
import vn.hoinghi.conference.ConferenceService.CategoryView;
import vn.hoinghi.conference.ConferenceService.LateData;
import vn.hoinghi.conference.ConferenceService.NominationRow;
import vn.hoinghi.conference.ConferenceService.StepInfo;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/** The conference's smaller task forms, one class each: every one saves and completes its task in one call. */
final class StepForms {

    private StepForms() {
    }

    /** A task form: its heading, the link to the conference page (for officers), its inputs, one primary button. */
    abstract static class Step extends VerticalLayout {
        final FieldMarks marks = new FieldMarks();

        Step(String heading, Long conferenceId) {
            setPadding(false);
            addClassName("task-form");
            add(new H2(heading));
            if (conferenceId != null) {
                add(ConferenceTaskForms.conferenceLink(conferenceId));
            }
        }

        Button primary(String label, String done, Runnable action, Runnable onDone) {
            Button b = new Button(label, VaadinIcon.CHECK.create(), e -> {
                if (marks.run(this, action)) {
                    Errors.showSuccess(done);
                    onDone.run();
                }
            });
            b.addThemeVariants(ButtonVariant.PRIMARY);
            b.addClassName("submit-task");
            return b;
        }

        /** The signer, their title and the day, as the documents' signature block needs them. */
        record Signature(TextField signer, TextField title, DatePicker signedOn) {
        }

        Signature signature(String defaultTitle) {
            TextField signer = marks.put("signerName", new TextField(getTranslation("conference.approve.signer")));
            signer.setValue(CurrentUser.require().fullName());
            TextField title = new TextField(getTranslation("conference.approve.signerTitle"));
            title.setValue(defaultTitle);
            DatePicker on = marks.put("signedOn", DatePickers.create(getTranslation("conference.approve.signedOn")));
            on.setValue(VietnamTime.today());
            HorizontalLayout line = new HorizontalLayout(signer, title, on);
            line.setWrap(true);
            add(line);
            return new Signature(signer, title, on);
        }
    }

    static final class ApprovePlan extends Step {
        ApprovePlan(ConferenceService service, String taskId, long conferenceId, Runnable onDone) {
            this(service, service.approvalData(taskId), taskId, conferenceId, onDone);
        }

        private ApprovePlan(ConferenceService service, ApprovalData d, String taskId, long conferenceId,
                            Runnable onDone) {
            super(d.taskName(), conferenceId);
            add(new Paragraph(getTranslation("conference.approve.intro", d.title(), d.submittedBy())));
            add(ConferenceTaskForms.downloads(service, conferenceId));
            Signature s = signature(d.defaultSignerTitle());
            String[] symbol = new String[1];
            Button approve = primary(getTranslation("conference.approve.approve"), "", () -> symbol[0] =
                    service.approve(taskId, s.signer().getValue(), s.title().getValue(), s.signedOn().getValue()),
                    () -> {
                        Errors.showSuccess(getTranslation("conference.approve.approved", symbol[0]));
                        onDone.run();
                    });
            TextArea note = marks.put("note", new TextArea(getTranslation("conference.approve.note")));
            note.setWidthFull();
            Button back = new Button(getTranslation("conference.approve.return"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> {
                        if (marks.run(this, () -> service.returnPlan(taskId, note.getValue()))) {
                            Errors.showSuccess(getTranslation("conference.approve.returned"));
                            onDone.run();
                        }
                    });
            back.addClassName("return-plan");
            add(approve, note, back);
        }
    }

    static final class UnitAssignment extends Step {
        UnitAssignment(ConferenceService service, String taskId, Runnable onDone) {
            this(service, service.assignmentData(taskId), taskId, onDone);
        }

        private UnitAssignment(ConferenceService service, AssignmentData d, String taskId, Runnable onDone) {
            super(d.taskName(), service.conferenceOf(taskId));
            add(new Paragraph(getTranslation("conference.assignment.intro", d.unit(), d.duty(), Texts.date(d.dueOn()))));
            TextArea note = marks.put("note", new TextArea(getTranslation("conference.assignment.note")));
            note.setWidthFull();
            add(note, primary(getTranslation("conference.assignment.done"),
                    getTranslation("conference.assignment.doneMessage"),
                    () -> service.completeAssignment(taskId, note.getValue()), onDone));
        }
    }

    static final class BridgeReadiness extends Step {
        BridgeReadiness(ConferenceService service, String taskId, boolean officer, Runnable onDone) {
            this(service, service.bridgeData(taskId), taskId, officer, onDone);
        }

        private BridgeReadiness(ConferenceService service, BridgeData d, String taskId, boolean officer,
                                Runnable onDone) {
            super(d.taskName(), officer ? service.conferenceOf(taskId) : null);
            add(new Paragraph(getTranslation("conference.bridge.intro", d.name(), d.host(), d.contactName(),
                    d.contactPhone(), Texts.date(d.heldOn()))));
            DatePicker tested = marks.put("testedOn", DatePickers.create(getTranslation("conference.bridge.testedOn")));
            tested.setValue(d.testedOn() != null ? d.testedOn() : VietnamTime.today());
            add(tested, primary(getTranslation("conference.bridge.confirm"), getTranslation("conference.bridge.confirmed"),
                    () -> service.confirmBridgePoint(taskId, tested.getValue()), onDone));
        }
    }

    static final class IssueInvitations extends Step {
        IssueInvitations(ConferenceService service, StepInfo d, String taskId, Runnable onDone) {
            super(d.taskName(), d.conferenceId());
            add(new Paragraph(getTranslation("conference.invitations.intro")));
            add(ConferenceTaskForms.downloads(service, d.conferenceId()));
            Signature s = signature(d.defaultSignerTitle());
            List<String> symbols = new ArrayList<>();
            add(primary(getTranslation("conference.invitations.sign"), "", () -> symbols.addAll(service.issueInvitations(
                    taskId, s.signer().getValue(), s.title().getValue(), s.signedOn().getValue())), () -> {
                        Errors.showSuccess(getTranslation("conference.invitations.signed", String.join(", ", symbols)));
                        onDone.run();
                    }));
        }
    }

    static final class LateNomination extends Step {
        LateNomination(ConferenceService service, String taskId, Runnable onDone) {
            this(service, service.lateData(taskId), taskId, onDone);
        }

        private LateNomination(ConferenceService service, LateData d, String taskId, Runnable onDone) {
            super(d.taskName(), service.conferenceOf(taskId));
            Paragraph intro = new Paragraph(getTranslation("conference.late.intro", d.schoolName(),
                    Texts.date(d.deadline())));
            intro.addClassName("overdue");
            add(intro);
            DatePicker deadline = marks.put("deadline", DatePickers.create(getTranslation("conference.late.deadline")));
            Button reopen = primary(getTranslation("conference.late.reopen"), getTranslation("conference.late.reopened"),
                    () -> service.reopenNominations(taskId, deadline.getValue()), onDone);
            Button close = new Button(getTranslation("conference.late.close"), VaadinIcon.CLOSE_CIRCLE.create(), e -> {
                if (marks.run(this, () -> service.closeWithoutNominations(taskId))) {
                    Errors.showSuccess(getTranslation("conference.late.closed"));
                    onDone.run();
                }
            });
            close.addClassName("close-without");
            HorizontalLayout line = new HorizontalLayout(deadline, reopen);
            line.setAlignItems(Alignment.BASELINE);
            line.setWrap(true);
            add(line, close);
        }
    }

    static final class ConsolidateAwards extends Step {
        final List<Checkbox> boxes = new ArrayList<>();

        ConsolidateAwards(ConferenceService service, StepInfo d, String taskId, Runnable onDone) {
            super(d.taskName(), d.conferenceId());
            add(new Paragraph(getTranslation("conference.consolidate.intro")));
            List<NominationRow> rows = service.nominationsForTask(taskId);
            Set<Long> accepted = new HashSet<>();
            if (rows.isEmpty()) {
                add(new Paragraph(getTranslation("conference.consolidate.none")));
            }
            int batch = -1;
            for (NominationRow n : rows) {
                if (n.batch() != batch) {
                    batch = n.batch();
                    add(new H3(getTranslation("conference.col.batch") + " " + (batch + 1) + ": " + n.batchName()));
                }
                Checkbox box = new Checkbox(n.nominee() + " – " + n.schoolName());
                box.addClassName("nomination-choice");
                box.setValue(true);
                accepted.add(n.id());
                box.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        accepted.add(n.id());
                    } else {
                        accepted.remove(n.id());
                    }
                });
                Span detail = new Span(getTranslation("conference.col.achievement") + ": " + n.achievement() + " · "
                        + getTranslation("conference.col.evidence") + ": " + n.evidence());
                detail.addClassName("hint");
                Div item = new Div(box, new Div(detail));
                item.addClassName("nomination-item");
                boxes.add(box);
                add(item);
            }
            add(primary(getTranslation("conference.consolidate.done"), getTranslation("conference.consolidate.saved"),
                    () -> service.consolidate(taskId, accepted), onDone));
        }
    }

    static final class SignDecision extends Step {
        SignDecision(ConferenceService service, String taskId, Runnable onDone) {
            this(service, service.decisionData(taskId), taskId, onDone);
        }

        private SignDecision(ConferenceService service, ApprovalData d, String taskId, Runnable onDone) {
            super(d.taskName(), service.conferenceOf(taskId));
            long accepted = service.nominationsForTask(taskId).stream()
                    .filter(n -> n.status() == vn.hoinghi.conference.NominationStatus.ACCEPTED).count();
            add(new Paragraph(getTranslation("conference.decision.intro", accepted)));
            long conferenceId = service.conferenceOf(taskId);
            add(ConferenceTaskForms.downloads(service, conferenceId));
            Signature s = signature(d.defaultSignerTitle());
            String[] symbol = new String[1];
            add(primary(getTranslation("conference.decision.sign"), "", () -> symbol[0] = service.signAwardDecision(
                    taskId, s.signer().getValue(), s.title().getValue(), s.signedOn().getValue()), () -> {
                        Errors.showSuccess(getTranslation("conference.decision.signed", symbol[0]));
                        onDone.run();
                    }));
        }
    }

    static final class ConferenceDay extends Step {
        ConferenceDay(ConferenceService service, StepInfo d, String taskId, Runnable onDone) {
            super(d.taskName(), d.conferenceId());
            add(new Paragraph(getTranslation("conference.day.intro")));
            List<CategoryView> categories = service.dayData(taskId);
            List<IntegerField> counts = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                CategoryView c = categories.get(i);
                IntegerField f = marks.put("attended[" + i + "]", new IntegerField(c.name() + " ("
                        + getTranslation("conference.col.expected") + ": " + c.expected() + ")"));
                f.setMin(0);
                f.setValue(c.attended() != null ? c.attended() : c.expected());
                f.setWidthFull();
                counts.add(f);
                add(f);
            }
            Checkbox handed = new Checkbox(getTranslation("conference.day.awardsHanded"));
            TextArea notes = new TextArea(getTranslation("conference.day.notes"));
            notes.setWidthFull();
            add(handed, notes, primary(getTranslation("conference.day.record"), getTranslation("conference.day.recorded"),
                    () -> service.recordDay(taskId, counts.stream().map(IntegerField::getValue).toList(),
                            handed.getValue(), notes.getValue()), onDone));
        }
    }

    static final class Summary extends Step {
        Summary(ConferenceService service, StepInfo d, String taskId, Runnable onDone) {
            super(d.taskName(), d.conferenceId());
            add(new Paragraph(getTranslation("conference.summary.intro")));
            TextArea text = marks.put("summary", new TextArea(getTranslation("conference.summary.text")));
            text.setWidthFull();
            text.setMinHeight("8em");
            add(text, primary(getTranslation("conference.summary.close"), getTranslation("conference.summary.closed"),
                    () -> service.close(taskId, text.getValue()), onDone));
        }
    }
}
