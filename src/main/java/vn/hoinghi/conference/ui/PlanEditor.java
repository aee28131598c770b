package vn.hoinghi.conference.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;

import vn.hoinghi.conference.CategoryGroup;
import vn.hoinghi.conference.CategorySource;
import vn.hoinghi.conference.ConferenceFormat;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceService.PlanData;
import vn.hoinghi.conference.ConferenceService.SchoolChoice;
import vn.hoinghi.conference.ModelPlan;
import vn.hoinghi.conference.PlanForm;
import vn.hoinghi.conference.PlanForm.AssignmentRow;
import vn.hoinghi.conference.PlanForm.BatchRow;
import vn.hoinghi.conference.PlanForm.BridgePointRow;
import vn.hoinghi.conference.PlanForm.CategoryRow;
import vn.hoinghi.conference.PlanForm.LevelDateRow;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.conference.RecipientKind;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.VietnamTime;

/**
 * The planner's form for the whole plan: the facts, participants by category with counts (those the app counts
 * itself are read-only), the programme, the assignments, the award batches and the bridge points. Saved whole;
 * what the service refuses is shown at its input.
 */
class PlanEditor extends VerticalLayout {

    final FieldMarks marks = new FieldMarks();
    final PlanForm form;
    final TextField title = new TextField();
    final IntegerField inPersonTotal = new IntegerField();
    final Span sum = new Span();
    final Button submit;
    private final PlanData data;
    private final Map<CategorySource, Integer> fromData;
    private RowsEditor<CategoryRow> categories;
    private RowsEditor<ProgrammeRow> programme;
    private RowsEditor<AssignmentRow> assignments;
    private RowsEditor<BatchRow> batches;
    private RowsEditor<BridgePointRow> bridgePoints;
    private RowsEditor<LevelDateRow> levelDates;
    /** Where "a level is missing" is shown: an empty read-only field above the level rows. */
    final ListMark levelDatesMark = new ListMark();

    PlanEditor(ConferenceService service, String taskId, Runnable onDone) {
        setPadding(false);
        addClassName("task-form");
        addClassName("conference-plan");
        data = service.planData(taskId);
        form = data.form();
        fromData = data.fromData();
        add(new H2(data.taskName()));
        add(ConferenceTaskForms.conferenceLink(data.conferenceId()));
        if (data.returnNote() != null) {
            Paragraph returned = new Paragraph(getTranslation("conference.form.returned", data.returnNote()));
            returned.addClassName("rule-bad");
            add(returned);
        }
        if (form.getCategories().isEmpty() && form.getProgramme().isEmpty()) {
            Button model = new Button(getTranslation("conference.form.seedShape"), VaadinIcon.MAGIC.create(), e -> {
                ModelPlan.fill(form, form.getHeldOn() != null ? form.getHeldOn()
                        : VietnamTime.today().plusDays(30), fromData,
                        data.units().isEmpty() ? CurrentUser.require().getUsername() : null, data.levels());
                renderAll();
                e.getSource().setVisible(false);
            });
            model.addClassName("fill-model");
            add(model);
        }
        add(general());
        add(new H3(getTranslation("conference.form.sectionCategories")));
        categories = new CategoriesEditor();
        HorizontalLayout totals = new HorizontalLayout(inPersonTotal, sum);
        totals.setAlignItems(Alignment.BASELINE);
        totals.addClassName("conf-totals");
        add(categories, totals);
        add(new H3(getTranslation("conference.form.sectionProgramme")));
        programme = new ProgrammeEditor();
        add(programme);
        add(new H3(getTranslation("conference.form.sectionAssignments")));
        assignments = new AssignmentsEditor();
        add(assignments);
        add(new H3(getTranslation("conference.form.sectionBatches")));
        DatePicker deadline = marks.put("nominationDeadline", DatePickers.create(getTranslation("conference.form.deadline")));
        bind(deadline, form.getNominationDeadline(), form::setNominationDeadline);
        batches = new BatchesEditor();
        add(batches, deadline);
        add(new H3(getTranslation("conference.form.sectionBridgePoints")));
        bridgePoints = new BridgePointsEditor();
        add(bridgePoints);
        add(new H3(getTranslation("conference.form.sectionLevels")));
        Paragraph levelsHint = new Paragraph(getTranslation("conference.form.levelsHint",
                data.levels().stream().map(vn.hoinghi.school.SchoolLevel::abbreviation)
                        .collect(java.util.stream.Collectors.joining(", "))));
        levelsHint.addClassName("hint");
        marks.put("levelDates", levelDatesMark);
        levelDates = new LevelDatesEditor();
        add(levelsHint, levelDatesMark, levelDates);

        Button save = new Button(getTranslation("conference.form.saveDraft"), VaadinIcon.DISC.create(), e -> {
            if (marks.run(this, () -> service.savePlan(taskId, form, false))) {
                Errors.showSuccess(getTranslation("conference.form.saved"));
            }
        });
        save.addClassName("save-draft");
        submit = new Button(getTranslation("conference.form.submit"), VaadinIcon.CHECK.create(), e -> {
            if (marks.run(this, () -> service.savePlan(taskId, form, true))) {
                Errors.showSuccess(getTranslation("conference.form.submitted"));
                onDone.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClassName("submit-task");
        HorizontalLayout buttons = new HorizontalLayout(save, submit);
        buttons.setWrap(true);
        add(buttons);
        renderAll();
    }

    private void renderAll() {
        inPersonTotal.setValue(form.getInPersonTotal());
        title.setValue(form.getTitle() == null ? "" : form.getTitle());
        categories.render();
        programme.render();
        assignments.render();
        batches.render();
        bridgePoints.render();
        levelDates.render();
        updateSum();
        general.forEach(Runnable::run);
    }

    private final List<Runnable> general = new java.util.ArrayList<>();

    private VerticalLayout general() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        title.setLabel(getTranslation("conference.form.title"));
        marks.put("title", title);
        title.addValueChangeListener(e -> form.setTitle(e.getValue()));
        layout.add(title, 2);
        TextArea purpose = new TextArea(getTranslation("conference.form.purpose"));
        text(purpose, form::getPurpose, form::setPurpose);
        layout.add(purpose, 2);
        DatePicker heldOn = marks.put("heldOn", DatePickers.create(getTranslation("conference.form.heldOn")));
        general.add(() -> heldOn.setValue(form.getHeldOn()));
        heldOn.addValueChangeListener(e -> form.setHeldOn(e.getValue()));
        TimePicker startsAt = marks.put("startsAt", new TimePicker(getTranslation("conference.form.startsAt")));
        startsAt.setStep(Duration.ofMinutes(15));
        general.add(() -> startsAt.setValue(form.getStartsAt()));
        startsAt.addValueChangeListener(e -> form.setStartsAt(e.getValue()));
        Select<ConferenceFormat> format = marks.put("format", new Select<>());
        format.setLabel(getTranslation("conference.form.format"));
        format.setItems(ConferenceFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        general.add(() -> format.setValue(form.getFormat()));
        format.addValueChangeListener(e -> form.setFormat(e.getValue()));
        TextField place = marks.put("place", new TextField(getTranslation("conference.form.place")));
        text(place, form::getPlace, form::setPlace);
        TextField chair = marks.put("chair", new TextField(getTranslation("conference.form.chair")));
        text(chair, form::getChair, form::setChair);
        TextField issuePlace = new TextField(getTranslation("conference.form.issuePlace"));
        text(issuePlace, form::getIssuePlace, form::setIssuePlace);
        TextArea budget = new TextArea(getTranslation("conference.form.budget"));
        text(budget, form::getBudgetSource, form::setBudgetSource);
        layout.add(heldOn, startsAt, format, place, chair, issuePlace);
        layout.add(budget, 2);
        inPersonTotal.setLabel(getTranslation("conference.form.total"));
        inPersonTotal.setMin(0);
        marks.put("inPersonTotal", inPersonTotal);
        inPersonTotal.addValueChangeListener(e -> {
            form.setInPersonTotal(e.getValue());
            updateSum();
        });
        inPersonTotal.setWidth("20em");
        sum.addClassName("conf-sum");
        VerticalLayout wrapper = new VerticalLayout(new H3(getTranslation("conference.form.sectionGeneral")), layout);
        wrapper.setPadding(false);
        return wrapper;
    }

    private void text(HasValue<?, String> field, java.util.function.Supplier<String> getter, Consumer<String> setter) {
        general.add(() -> field.setValue(getter.get() == null ? "" : getter.get()));
        field.addValueChangeListener(e -> setter.accept(e.getValue()));
    }

    private static <V> void bind(HasValue<?, V> field, V value, Consumer<V> setter) {
        field.setValue(value);
        field.addValueChangeListener(e -> setter.accept(e.getValue()));
    }

    void updateSum() {
        int total = form.getCategories().stream().mapToInt(c -> c.getExpected() == null ? 0 : c.getExpected()).sum();
        sum.setText(getTranslation("conference.form.sum", total));
        boolean matches = form.getInPersonTotal() != null && form.getInPersonTotal() == total;
        sum.setClassName("conf-sum " + (matches ? "rule-ok" : "rule-bad"));
    }

    private static TextField textField(String label, String value, Consumer<String> setter) {
        TextField f = new TextField(label);
        f.setValue(value == null ? "" : value);
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.addValueChangeListener(e -> setter.accept(e.getValue()));
        return f;
    }

    private final class CategoriesEditor extends RowsEditor<CategoryRow> {
        CategoriesEditor() {
            super("categories", form.getCategories(), CategoryRow::new, PlanEditor.this.marks, PlanEditor.this::updateSum);
        }

        @Override
        protected void fields(FlexLayout line, CategoryRow row, int i) {
            Select<CategoryGroup> group = new Select<>();
            group.setLabel(getTranslation("conference.form.group"));
            group.setItems(CategoryGroup.values());
            group.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
            bind(group, row.getGroup(), row::setGroup);
            TextField name = marks.put(path(i, "name"), textField(getTranslation("conference.form.categoryName"),
                    row.getName(), row::setName));
            name.addClassName("wide");
            IntegerField expected = marks.put(path(i, "expected"), new IntegerField(getTranslation("conference.form.expected")));
            expected.setMin(0);
            expected.setValue(row.getExpected());
            expected.addValueChangeListener(e -> {
                row.setExpected(e.getValue());
                updateSum();
            });
            IntegerField perSchool = marks.put(path(i, "perSchool"),
                    new IntegerField(getTranslation("conference.form.perSchool")));
            perSchool.setMin(1);
            perSchool.setValue(row.getPerSchool());
            perSchool.setHelperText(getTranslation("conference.form.perSchoolHelp"));
            perSchool.addValueChangeListener(e -> row.setPerSchool(e.getValue()));
            perSchool.setVisible(row.getGroup() == CategoryGroup.BASE);
            group.addValueChangeListener(e -> perSchool.setVisible(e.getValue() == CategoryGroup.BASE));
            Select<CategorySource> source = new Select<>();
            source.setLabel(getTranslation("conference.form.source"));
            source.setItems(CategorySource.values());
            source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            source.setValue(row.getSource());
            expected.setReadOnly(fromData.containsKey(row.getSource()));
            source.addValueChangeListener(e -> {
                row.setSource(e.getValue());
                boolean counted = fromData.containsKey(e.getValue());
                expected.setReadOnly(counted);
                if (counted) {
                    expected.setValue(fromData.get(e.getValue()));
                }
            });
            line.add(group, name, source, expected, perSchool);
        }
    }

    private final class ProgrammeEditor extends RowsEditor<ProgrammeRow> {
        ProgrammeEditor() {
            super("programme", form.getProgramme(), ProgrammeRow::new, PlanEditor.this.marks, () -> { });
        }

        @Override
        protected void fields(FlexLayout line, ProgrammeRow row, int i) {
            TimePicker from = marks.put(path(i, "startsAt"), new TimePicker(getTranslation("conference.form.startTime")));
            from.setStep(Duration.ofMinutes(5));
            bind(from, row.getStartsAt(), row::setStartsAt);
            TimePicker to = marks.put(path(i, "endsAt"), new TimePicker(getTranslation("conference.form.endTime")));
            to.setStep(Duration.ofMinutes(5));
            bind(to, row.getEndsAt(), row::setEndsAt);
            from.addClassName("time");
            to.addClassName("time");
            TextField title = marks.put(path(i, "title"), textField(getTranslation("conference.form.itemTitle"),
                    row.getTitle(), row::setTitle));
            title.addClassName("wide");
            TextField performer = textField(getTranslation("conference.form.performer"), row.getPerformer(),
                    row::setPerformer);
            line.add(from, to, title, performer);
        }
    }

    private final class AssignmentsEditor extends RowsEditor<AssignmentRow> {
        AssignmentsEditor() {
            super("assignments", form.getAssignments(), AssignmentRow::new, PlanEditor.this.marks, () -> { });
        }

        @Override
        protected void fields(FlexLayout line, AssignmentRow row, int i) {
            com.vaadin.flow.component.Component unit;
            if (data.units().isEmpty()) {
                unit = marks.put(path(i, "unit"), textField(getTranslation("conference.form.unit"), row.getUnit(),
                        row::setUnit));
            } else {
                // The body's own units: the duty goes to that unit's people.
                ComboBox<String> units = marks.put(path(i, "unit"),
                        new ComboBox<>(getTranslation("conference.form.unit")));
                units.setItems(data.units());
                bind(units, row.getUnit(), row::setUnit);
                unit = units;
            }
            TextField duty = marks.put(path(i, "duty"), textField(getTranslation("conference.form.duty"), row.getDuty(),
                    row::setDuty));
            duty.addClassName("wide");
            ComboBox<String> owner = marks.put(path(i, "owner"), new ComboBox<>(getTranslation("conference.form.owner")));
            Map<String, String> names = new java.util.LinkedHashMap<>();
            data.officers().forEach(o -> names.put(o.username(), o.fullName()));
            owner.setItems(names.keySet());
            owner.setItemLabelGenerator(u -> names.getOrDefault(u, u));
            bind(owner, row.getOwner(), row::setOwner);
            DatePicker due = marks.put(path(i, "dueOn"), DatePickers.create(getTranslation("conference.form.dueOn")));
            bind(due, row.getDueOn(), row::setDueOn);
            line.add(unit, duty, owner, due);
        }
    }

    private final class BatchesEditor extends RowsEditor<BatchRow> {
        BatchesEditor() {
            super("batches", form.getBatches(), BatchRow::new, PlanEditor.this.marks, () -> { });
        }

        @Override
        protected void fields(FlexLayout line, BatchRow row, int i) {
            TextField name = marks.put(path(i, "name"), textField(getTranslation("conference.form.batchName"),
                    row.getName(), row::setName));
            name.addClassName("wide");
            Select<RecipientKind> kind = marks.put(path(i, "recipientKind"), new Select<>());
            kind.setLabel(getTranslation("conference.form.recipientKind"));
            kind.setItems(RecipientKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            bind(kind, row.getRecipientKind(), row::setRecipientKind);
            line.add(name, kind);
        }
    }

    private final class LevelDatesEditor extends RowsEditor<LevelDateRow> {
        LevelDatesEditor() {
            super("levelDates", form.getLevelDates(), LevelDateRow::new, PlanEditor.this.marks, () -> { });
        }

        @Override
        protected void fields(FlexLayout line, LevelDateRow row, int i) {
            Select<vn.hoinghi.school.SchoolLevel> level = marks.put(path(i, "level"), new Select<>());
            level.setLabel(getTranslation("conference.form.level"));
            level.setItems(vn.hoinghi.school.SchoolLevel.MAM_NON, vn.hoinghi.school.SchoolLevel.TIEU_HOC,
                    vn.hoinghi.school.SchoolLevel.THCS, vn.hoinghi.school.SchoolLevel.THPT);
            level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
            bind(level, row.getLevel(), row::setLevel);
            DatePicker heldOn = marks.put(path(i, "heldOn"), DatePickers.create(getTranslation("conference.form.levelDate")));
            bind(heldOn, row.getHeldOn(), row::setHeldOn);
            TextField place = textField(getTranslation("conference.form.levelPlace"), row.getPlace(), row::setPlace);
            place.addClassName("wide");
            line.add(level, heldOn, place);
        }
    }

    private final class BridgePointsEditor extends RowsEditor<BridgePointRow> {
        BridgePointsEditor() {
            super("bridgePoints", form.getBridgePoints(), BridgePointRow::new, PlanEditor.this.marks, () -> { });
        }

        @Override
        protected void fields(FlexLayout line, BridgePointRow row, int i) {
            TextField name = marks.put(path(i, "name"), textField(getTranslation("conference.form.bridgeName"),
                    row.getName(), row::setName));
            ComboBox<Long> school = marks.put(path(i, "schoolId"),
                    new ComboBox<>(getTranslation("conference.form.bridgeSchool")));
            Map<Long, String> names = new java.util.LinkedHashMap<>();
            for (SchoolChoice s : data.schools()) {
                names.put(s.id(), s.name());
            }
            school.setItems(names.keySet());
            school.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
            school.setClearButtonVisible(true);
            bind(school, row.getSchoolId(), row::setSchoolId);
            TextField host = marks.put(path(i, "host"), textField(getTranslation("conference.form.host"), row.getHost(),
                    row::setHost));
            TextField contact = marks.put(path(i, "contactName"), textField(getTranslation("conference.form.contactName"),
                    row.getContactName(), row::setContactName));
            TextField phone = marks.put(path(i, "contactPhone"), textField(getTranslation("conference.form.contactPhone"),
                    row.getContactPhone(), row::setContactPhone));
            TextField participants = textField(getTranslation("conference.form.participants"), row.getParticipants(),
                    row::setParticipants);
            line.add(name, school, host, contact, phone, participants);
        }
    }
}
