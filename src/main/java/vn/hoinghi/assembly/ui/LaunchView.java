package vn.hoinghi.assembly.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.AssemblyRules;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.LaunchService.LaunchContext;
import vn.hoinghi.assembly.LaunchService.Warning;
import vn.hoinghi.assembly.RequestedBy;
import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;

/** The principal launches the yearly assembly: year, kind, form, the planned date of every stage. */
@Route(value = "launch", layout = MainLayout.class)
@RolesAllowed("PRINCIPAL")
public class LaunchView extends VerticalLayout implements HasDynamicTitle {

    private final LaunchService service;
    private final BeanValidationBinder<LaunchForm> binder = new BeanValidationBinder<>(LaunchForm.class);
    private final VerticalLayout warnings = new VerticalLayout();

    final TextField schoolYear = new TextField();
    final RadioButtonGroup<AssemblyKind> kind = new RadioButtonGroup<>();
    final Select<RequestedBy> requestedBy = new Select<>();
    final RadioButtonGroup<AssemblyMode> mode = new RadioButtonGroup<>();
    final DatePicker preparatoryOn = DatePickers.create("");
    final DatePicker keyStaffOn = DatePickers.create("");
    final DatePicker groupMeetingsOn = DatePickers.create("");
    final DatePicker plenaryOn = DatePickers.create("");
    final DatePicker filingDeadline = DatePickers.create("");
    final Checkbox electBoard = new Checkbox();
    final IntegerField boardSeats = new IntegerField();
    final IntegerField petitionSignatures = new IntegerField();
    final DatePicker petitionOn = DatePickers.create("");
    /** Shown only when the previous year's assembly is still before its plenary: launching anyway is explicit. */
    final Checkbox previousOpenConfirmed = new Checkbox();
    final Button launch = new Button();

    public LaunchView(LaunchService service) {
        this.service = service;
        addClassName("page");
        LaunchContext ctx = service.context(vn.hoinghi.shared.VietnamTime.today());
        add(new H2(getTranslation("launch.title")));
        add(new Paragraph(getTranslation("launch.intro", ctx.school().name(), ctx.staffCount(), ctx.departmentCount())));

        schoolYear.setLabel(getTranslation("launch.schoolYear"));
        schoolYear.setPlaceholder("2023-2024");
        kind.setLabel(getTranslation("launch.kind"));
        kind.setItems(AssemblyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assemblyKind." + k.name()));
        requestedBy.setLabel(getTranslation("launch.requestedBy"));
        requestedBy.setItems(RequestedBy.values());
        requestedBy.setItemLabelGenerator(r -> getTranslation("requestedBy." + r.name()));
        mode.setLabel(getTranslation("launch.mode"));
        mode.setItems(AssemblyMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assemblyMode." + m.name()));
        mode.setEnabled(ctx.staffCount() >= AssemblyRules.DELEGATES_FROM_STAFF);
        mode.setHelperText(ctx.staffCount() < AssemblyRules.DELEGATES_FROM_STAFF
                ? getTranslation("launch.modeFullOnly") : null);
        preparatoryOn.setLabel(getTranslation("launch.preparatoryOn"));
        keyStaffOn.setLabel(getTranslation("launch.keyStaffOn"));
        groupMeetingsOn.setLabel(getTranslation("launch.groupMeetingsOn"));
        plenaryOn.setLabel(getTranslation("launch.plenaryOn"));
        filingDeadline.setLabel(getTranslation("launch.filingDeadline"));
        electBoard.setLabel(getTranslation("launch.electBoard"));
        boardSeats.setLabel(getTranslation("launch.boardSeats"));
        boardSeats.setMin(AssemblyRules.BOARD_MIN);
        boardSeats.setMax(AssemblyRules.BOARD_MAX);
        boardSeats.setStepButtonsVisible(true);
        boolean smallUnit = ctx.staffCount() <= AssemblyRules.SMALL_UNIT_MAX_STAFF;
        if (smallUnit) {
            // Art. 60(1): no inspection board in a unit of 7 or fewer, whatever the term says
            electBoard.setEnabled(false);
            electBoard.setHelperText(getTranslation("launch.smallUnitNoBoard", ctx.staffCount()));
        } else if (ctx.boardTermEnds()) {
            electBoard.setHelperText(getTranslation("launch.boardTermEnds"));
        }
        petitionSignatures.setLabel(getTranslation("launch.petitionSignatures"));
        petitionSignatures.setMin(0);
        petitionSignatures.setHelperText(getTranslation("launch.petitionHint",
                AssemblyRules.petitionNeeded(ctx.staffCount()), ctx.staffCount()));
        petitionOn.setLabel(getTranslation("launch.petitionOn"));

        binder.forField(schoolYear).asRequired(getTranslation("launch.required"))
                .withValidator(v -> v.matches("\\d{4}-\\d{4}"), getTranslation("launch.badSchoolYear"))
                .bind(LaunchForm::getSchoolYear, LaunchForm::setSchoolYear);
        binder.forField(kind).asRequired(getTranslation("launch.required")).bind(LaunchForm::getKind, LaunchForm::setKind);
        binder.forField(requestedBy).bind(LaunchForm::getRequestedBy, LaunchForm::setRequestedBy);
        binder.forField(mode).asRequired(getTranslation("launch.required")).bind(LaunchForm::getMode, LaunchForm::setMode);
        binder.forField(preparatoryOn).asRequired(getTranslation("launch.required"))
                .bind(LaunchForm::getPreparatoryOn, LaunchForm::setPreparatoryOn);
        binder.forField(keyStaffOn).asRequired(getTranslation("launch.required"))
                .bind(LaunchForm::getKeyStaffOn, LaunchForm::setKeyStaffOn);
        binder.forField(groupMeetingsOn).asRequired(getTranslation("launch.required"))
                .bind(LaunchForm::getGroupMeetingsOn, LaunchForm::setGroupMeetingsOn);
        binder.forField(plenaryOn).asRequired(getTranslation("launch.required"))
                .bind(LaunchForm::getPlenaryOn, LaunchForm::setPlenaryOn);
        binder.forField(filingDeadline).asRequired(getTranslation("launch.required"))
                .bind(LaunchForm::getFilingDeadline, LaunchForm::setFilingDeadline);
        binder.forField(electBoard).bind(LaunchForm::isElectBoard, LaunchForm::setElectBoard);
        binder.forField(boardSeats).bind(LaunchForm::getBoardSeats, LaunchForm::setBoardSeats);
        binder.forField(petitionSignatures).bind(LaunchForm::getPetitionSignatures, LaunchForm::setPetitionSignatures);
        binder.forField(petitionOn).bind(LaunchForm::getPetitionOn, LaunchForm::setPetitionOn);
        binder.forField(previousOpenConfirmed).bind(LaunchForm::isPreviousOpenConfirmed,
                LaunchForm::setPreviousOpenConfirmed);
        binder.readBean(ctx.defaults());
        previousOpenConfirmed.setVisible(false);

        requestedBy.setVisible(kind.getValue() == AssemblyKind.EXTRAORDINARY);
        kind.addValueChangeListener(e -> {
            requestedBy.setVisible(e.getValue() == AssemblyKind.EXTRAORDINARY);
            showPetition();
        });
        requestedBy.addValueChangeListener(e -> showPetition());
        showPetition();
        boardSeats.setEnabled(electBoard.getValue() && !smallUnit);
        electBoard.addValueChangeListener(e -> boardSeats.setEnabled(e.getValue()));
        plenaryOn.addValueChangeListener(e -> showWarnings());
        schoolYear.addValueChangeListener(e -> showWarnings());

        FormLayout form = new FormLayout(schoolYear, kind, requestedBy, mode, preparatoryOn, keyStaffOn,
                groupMeetingsOn, plenaryOn, filingDeadline, electBoard, boardSeats);
        form.addComponentAtIndex(3, petitionSignatures);
        form.addComponentAtIndex(4, petitionOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        warnings.setPadding(false);
        launch.setText(getTranslation("launch.submit"));
        launch.addThemeVariants(ButtonVariant.PRIMARY);
        launch.addClickListener(e -> submit());
        add(form, warnings, previousOpenConfirmed, launch);
        showWarnings();
    }

    private void showPetition() {
        boolean petition = kind.getValue() == AssemblyKind.EXTRAORDINARY
                && requestedBy.getValue() == RequestedBy.STAFF_PETITION;
        petitionSignatures.setVisible(petition);
        petitionOn.setVisible(petition);
    }

    private void showWarnings() {
        warnings.removeAll();
        LaunchForm probe = new LaunchForm();
        binder.writeBeanAsDraft(probe, true);
        List<Warning> list = service.warnings(probe);
        for (Warning w : list) {
            Span s = new Span(getTranslation(w.key(), w.args()));
            s.addClassName("rule-bad");
            warnings.add(s);
        }
    }

    private void submit() {
        LaunchForm form = new LaunchForm();
        if (!binder.writeBeanIfValid(form)) {
            Errors.showError(getTranslation("launch.fixErrors"));
            return;
        }
        try {
            service.launch(form);
        } catch (RuntimeException e) {
            vn.hoinghi.shared.BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            String text = getTranslation(rule.messageKey(), rule.args());
            java.util.Map<String, com.vaadin.flow.component.HasValidation> fields = java.util.Map.of(
                    "petitionSignatures", petitionSignatures, "petitionOn", petitionOn,
                    "previousOpenConfirmed", previousOpenConfirmed);
            if ("previousOpenConfirmed".equals(rule.field())) {
                previousOpenConfirmed.setLabel(getTranslation("launch.previousOpenConfirm", rule.args()));
                previousOpenConfirmed.setVisible(true);
            }
            com.vaadin.flow.component.HasValidation field = rule.field() == null ? null : fields.get(rule.field());
            if (field == null) {
                Errors.showError(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            return;
        }
        Errors.showSuccess(getTranslation("launch.done", form.getSchoolYear()));
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("launch.title") + " · " + getTranslation("app.name");
    }
}
