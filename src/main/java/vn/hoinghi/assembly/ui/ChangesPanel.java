package vn.hoinghi.assembly.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.assembly.Assembly;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.DraftStatus;
import vn.hoinghi.assembly.LaunchCorrections;
import vn.hoinghi.assembly.LaunchCorrections.Correction;
import vn.hoinghi.assembly.LaunchCorrections.CorrectionContext;
import vn.hoinghi.assembly.PeopleChanges;
import vn.hoinghi.assembly.PeopleChanges.DepartmentTakingPart;
import vn.hoinghi.assembly.PeopleChanges.TaskHolding;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.PreparationService.DraftView;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.Texts;

/**
 * What changes while an assembly runs: who holds each open task and each draft, which departments are counted,
 * and, for the principal until the plenary, the launch's dates, mode and board seats, or its cancellation.
 */
class ChangesPanel extends VerticalLayout {

    private final PeopleChanges people;
    private final LaunchCorrections corrections;
    private final PreparationService preparation;
    private final SchoolDirectory directory;
    private final long assemblyId;

    ChangesPanel(PeopleChanges people, LaunchCorrections corrections, PreparationService preparation,
                 SchoolDirectory directory, long assemblyId) {
        this.people = people;
        this.corrections = corrections;
        this.preparation = preparation;
        this.directory = directory;
        this.assemblyId = assemblyId;
        setPadding(false);
        addClassName("changes-panel");
        render();
    }

    private void render() {
        removeAll();
        CorrectionContext ctx = corrections.context(assemblyId);
        Assembly a = ctx.assembly();
        if (a.isCancelled()) {
            Span cancelled = new Span(getTranslation("cancel.status", Texts.date(a.getCancelledOn()),
                    a.getCancelReason()));
            cancelled.addClassName("rule-bad");
            add(cancelled);
            return;
        }
        if (!ctx.member()) {
            add(FormSupport.hint(getTranslation("changes.schoolOnly")));
            return;
        }
        boolean mayReassign = people.mayReassign(a.getSchoolId());
        add(new H3(getTranslation("changes.openTasks")));
        List<TaskHolding> open = people.openTasks(assemblyId);
        if (open.isEmpty()) {
            add(FormSupport.hint(getTranslation("assembly.nothingYet")));
        }
        for (TaskHolding t : open) {
            String holder = t.holderName() != null ? t.holderName() : getTranslation("changes.offeredTo",
                    String.join(", ", t.neededRoles().stream().map(r -> getTranslation(r.messageKey())).toList()));
            String due = t.due() == null ? "" : " " + getTranslation("form.due", Texts.date(t.due().toLocalDate()));
            String task = t.name() + (t.departmentName() == null ? "" : " (" + t.departmentName() + ")");
            add(line(task + " — " + holder + due, mayReassign
                    ? button(getTranslation("reassign.action"), () -> reassign(t)) : null));
        }
        List<DraftView> drafts = preparation.drafts(assemblyId);
        if (!drafts.isEmpty()) {
            add(new H3(getTranslation("changes.drafts")));
            for (DraftView d : drafts) {
                add(line(getTranslation(d.kind().messageKey()) + " — " + d.authorName() + " · "
                                + getTranslation(d.status().messageKey()),
                        mayReassign && d.status() != DraftStatus.ACCEPTED
                                ? button(getTranslation("draftAuthor.action"), () -> changeAuthor(d)) : null));
            }
        }
        List<DepartmentTakingPart> departments = people.departments(assemblyId);
        if (!departments.isEmpty()) {
            add(new H3(getTranslation("changes.departments")));
            boolean principal = ctx.mayChange();
            boolean meetingsOpen = people.groupMeetingsOpen(assemblyId);
            for (DepartmentTakingPart d : departments) {
                String status = d.status() == null ? getTranslation("departmentStatus.NEW")
                        : getTranslation(d.status().messageKey()) + (d.note() == null ? "" : ": " + d.note());
                if (!d.active()) {
                    status += " · " + getTranslation("changes.departmentClosed");
                }
                if (d.reported()) {
                    status += " · " + getTranslation("changes.departmentReported");
                }
                HorizontalLayout actions = new HorizontalLayout();
                boolean undecided = d.status() == null || d.status() == vn.hoinghi.assembly.DepartmentStatus.CONVENED
                        && !d.active() && !d.reported();
                if (principal && d.status() == null && d.active() && meetingsOpen) {
                    actions.add(button(getTranslation("departmentChange.giveTask"), () -> {
                        if (Errors.run(this, () -> people.giveMeetingTask(assemblyId, d.departmentId()))) {
                            Errors.showSuccess(getTranslation("departmentChange.taskGiven", d.name()));
                            render();
                        }
                    }));
                }
                if (principal && undecided) {
                    actions.add(button(getTranslation("departmentChange.leaveOut"), () -> leaveOut(d)));
                }
                add(line(d.name() + " — " + status, actions.getComponentCount() == 0 ? null : actions));
            }
        }
        if (ctx.mayChange()) {
            add(new H3(getTranslation("correction.title")));
            if (ctx.plenaryHeld()) {
                add(FormSupport.hint(getTranslation("correction.afterPlenary")));
            } else {
                add(correctionForm(ctx));
            }
        }
    }

    private Component correctionForm(CorrectionContext ctx) {
        Correction now = Correction.of(ctx.assembly());
        DatePicker preparatoryOn = picker("launch.preparatoryOn", now.preparatoryOn(), ctx.editable("preparatoryOn"));
        DatePicker keyStaffOn = picker("launch.keyStaffOn", now.keyStaffOn(), ctx.editable("keyStaffOn"));
        DatePicker groupMeetingsOn = picker("launch.groupMeetingsOn", now.groupMeetingsOn(),
                ctx.editable("groupMeetingsOn"));
        DatePicker plenaryOn = picker("launch.plenaryOn", now.plenaryOn(), true);
        DatePicker filingDeadline = picker("launch.filingDeadline", now.filingDeadline(), true);
        RadioButtonGroup<AssemblyMode> mode = new RadioButtonGroup<>(getTranslation("launch.mode"));
        mode.setItems(AssemblyMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assemblyMode." + m.name()));
        mode.setValue(now.mode());
        int staff = ctx.assembly().getStaffCount();
        mode.setEnabled(staff >= AssemblyRules.DELEGATES_FROM_STAFF);
        Checkbox electBoard = new Checkbox(getTranslation("launch.electBoard"), now.electBoard());
        electBoard.setEnabled(ctx.editable("electBoard") && staff > AssemblyRules.SMALL_UNIT_MAX_STAFF);
        if (staff <= AssemblyRules.SMALL_UNIT_MAX_STAFF) {
            electBoard.setHelperText(getTranslation("launch.smallUnitNoBoard", staff));
        }
        IntegerField boardSeats = new IntegerField(getTranslation("launch.boardSeats"));
        boardSeats.setMin(AssemblyRules.BOARD_MIN);
        boardSeats.setStepButtonsVisible(true);
        boardSeats.setValue(now.boardSeats());
        boardSeats.setEnabled(now.electBoard());
        electBoard.addValueChangeListener(e -> boardSeats.setEnabled(e.getValue()));
        FormLayout form = new FormLayout(preparatoryOn, keyStaffOn, groupMeetingsOn, plenaryOn, filingDeadline, mode,
                electBoard, boardSeats);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("preparatoryOn", preparatoryOn);
        fields.put("keyStaffOn", keyStaffOn);
        fields.put("groupMeetingsOn", groupMeetingsOn);
        fields.put("plenaryOn", plenaryOn);
        fields.put("filingDeadline", filingDeadline);
        fields.put("mode", mode);
        fields.put("electBoard", electBoard);
        fields.put("boardSeats", boardSeats);
        Button save = new Button(getTranslation("correction.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Correction c = new Correction(preparatoryOn.getValue(), keyStaffOn.getValue(), groupMeetingsOn.getValue(),
                    plenaryOn.getValue(), filingDeadline.getValue(), mode.getValue(), electBoard.getValue(),
                    boardSeats.getValue(), boardSeats.getValue() != null && boardSeats.getValue() > AssemblyRules.BOARD_MAX);
            if (attempt(fields, () -> corrections.correct(assemblyId, c))) {
                Errors.showSuccess(getTranslation("correction.saved"));
                render();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-correction");
        Button cancel = new Button(getTranslation("cancel.action"), e -> cancelAssembly());
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.addClassName("cancel-assembly");
        VerticalLayout box = new VerticalLayout(FormSupport.hint(getTranslation("correction.hint")), form,
                wrap(save, cancel));
        box.setPadding(false);
        return box;
    }

    private void reassign(TaskHolding t) {
        List<StaffInfo> eligible = people.eligible(t.taskId());
        ComboBox<StaffInfo> staffId = FormSupport.person(getTranslation("reassign.to"), eligible);
        staffId.setWidthFull();
        if (eligible.isEmpty()) {
            staffId.setHelperText(getTranslation("handOver.nobodyEligible"));
        }
        TextArea reason = FormSupport.area(getTranslation("reassign.reason"), "");
        Map<String, HasValidation> fields = Map.of("staffId", staffId, "reason", reason);
        dialog(getTranslation("reassign.title", t.name()), getTranslation("reassign.save"), fields,
                () -> people.reassign(t.taskId(), staffId.getValue() == null ? -1 : staffId.getValue().id(),
                        reason.getValue()), getTranslation("reassign.done"), staffId, reason);
    }

    private void changeAuthor(DraftView d) {
        List<StaffInfo> staff = directory.activeStaff(corrections.context(assemblyId).assembly().getSchoolId())
                .stream().filter(s -> s.id() != d.authorId()).toList();
        ComboBox<StaffInfo> staffId = FormSupport.person(getTranslation("draftAuthor.to"), staff);
        staffId.setWidthFull();
        TextArea reason = FormSupport.area(getTranslation("reassign.reason"), "");
        Map<String, HasValidation> fields = Map.of("staffId", staffId, "reason", reason);
        dialog(getTranslation("draftAuthor.title", getTranslation(d.kind().messageKey())),
                getTranslation("reassign.save"), fields,
                () -> people.changeDraftAuthor(d.id(), staffId.getValue() == null ? -1 : staffId.getValue().id(),
                        reason.getValue()), getTranslation("reassign.done"), staffId, reason);
    }

    private void leaveOut(DepartmentTakingPart d) {
        TextArea reason = FormSupport.area(getTranslation("departmentChange.reason"), "");
        dialog(getTranslation("departmentChange.leaveOutTitle", d.name()), getTranslation("departmentChange.leaveOut"),
                Map.of("reason", reason), () -> people.leaveOut(assemblyId, d.departmentId(), reason.getValue()),
                getTranslation("departmentChange.leftOut", d.name()), reason);
    }

    private void cancelAssembly() {
        TextArea reason = FormSupport.area(getTranslation("cancel.reason"), "");
        Paragraph warning = new Paragraph(getTranslation("cancel.text"));
        dialog(getTranslation("cancel.title"), getTranslation("cancel.confirm"), Map.of("reason", reason),
                () -> corrections.cancel(assemblyId, reason.getValue()), getTranslation("cancel.done"), warning,
                reason);
    }

    /** A dialog that runs the action and shows a refusal at the field it names; closes only when it succeeded. */
    private void dialog(String title, String confirmLabel, Map<String, HasValidation> fields, Runnable action,
                        String done, Component... content) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(36rem, 100vw)");
        VerticalLayout body = new VerticalLayout(content);
        body.setPadding(false);
        dialog.add(body);
        Button confirm = new Button(confirmLabel, e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (attempt(fields, action)) {
                dialog.close();
                Errors.showSuccess(done);
                render();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClassName("confirm-change");
        dialog.getFooter().add(new Button(getTranslation("changes.close"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean attempt(Map<String, HasValidation> fields, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            String text = getTranslation(rule.messageKey(), rule.args());
            HasValidation field = rule.field() == null ? null : fields.get(rule.field());
            if (field == null) {
                Errors.showError(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            return false;
        }
    }

    private DatePicker picker(String labelKey, java.time.LocalDate value, boolean enabled) {
        DatePicker d = DatePickers.create(getTranslation(labelKey));
        d.setValue(value);
        d.setEnabled(enabled);
        if (!enabled) {
            d.setHelperText(getTranslation("correction.alreadyHeld"));
        }
        return d;
    }

    private static Button button(String label, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.addThemeVariants(ButtonVariant.SMALL);
        return b;
    }

    private static Component line(String text, Component action) {
        Div row = new Div();
        row.addClassName("change-line");
        // wraps under the text on a phone; inline so no theme rebuild is needed
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25em 0.75em")
                .set("align-items", "center").set("padding", "0.25em 0");
        row.add(new Span(text));
        if (action != null) {
            row.add(action);
        }
        return row;
    }

    private static HorizontalLayout wrap(Component... items) {
        HorizontalLayout row = new HorizontalLayout(items);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
