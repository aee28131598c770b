package vn.hoinghi.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.shared.DatePickers;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.supervision.SeasonForm;
import vn.hoinghi.supervision.SeasonService;
import vn.hoinghi.supervision.SeasonService.SaveResult;
import vn.hoinghi.supervision.SeasonService.Warning;

/** The officer sets the season's deadlines and the dossier's contents for all the body's schools. */
@Route(value = "supervision/season", layout = MainLayout.class)
@RolesAllowed("SUPERVISOR")
public class SeasonView extends VerticalLayout implements HasDynamicTitle {

    private final SeasonService service;
    private final BeanValidationBinder<SeasonForm> binder = new BeanValidationBinder<>(SeasonForm.class);
    private final H2 heading = new H2();
    private final Paragraph law = new Paragraph();
    private final Span status = new Span();
    private final VerticalLayout warnings = new VerticalLayout();
    private String loadedYear;

    final Select<String> year = new Select<>();
    final DatePicker reportPlannedBy = DatePickers.create("");
    final DatePicker holdBy = DatePickers.create("");
    final DatePicker fileBy = DatePickers.create("");
    final TextArea contents = new TextArea();
    final Button save = new Button();

    public SeasonView(SeasonService service) {
        this.service = service;
        addClassName("page");
        year.setLabel(getTranslation("season.schoolYear"));
        year.setItems(service.schoolYears());
        year.setWidth("10rem");
        reportPlannedBy.setLabel(getTranslation("season.reportPlannedBy"));
        holdBy.setLabel(getTranslation("season.holdBy"));
        fileBy.setLabel(getTranslation("season.fileBy"));
        contents.setLabel(getTranslation("season.contents"));
        contents.setMinHeight("8em");
        contents.setMaxLength(2000);
        binder.forField(reportPlannedBy).asRequired(getTranslation("season.required"))
                .bind(SeasonForm::getReportPlannedBy, SeasonForm::setReportPlannedBy);
        binder.forField(holdBy).asRequired(getTranslation("season.required"))
                .bind(SeasonForm::getHoldBy, SeasonForm::setHoldBy);
        binder.forField(fileBy).asRequired(getTranslation("season.required"))
                .bind(SeasonForm::getFileBy, SeasonForm::setFileBy);
        binder.forField(contents).asRequired(getTranslation("season.required"))
                .bind(SeasonForm::getDossierContents, SeasonForm::setDossierContents);
        binder.forField(year).bind(SeasonForm::getSchoolYear, SeasonForm::setSchoolYear);

        law.addClassName("hint");
        status.addClassName("hint");
        warnings.setPadding(false);
        save.setText(getTranslation("season.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        FormLayout form = new FormLayout(reportPlannedBy, holdBy, fileBy, contents);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(contents, 3);
        Paragraph intro = new Paragraph(getTranslation("season.intro"));
        add(heading, intro, year, form, law, warnings, status, save,
                new Anchor("supervision", "← " + getTranslation("tracker.title")));

        year.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(loadedYear)) {
                load(e.getValue());
            }
        });
        for (DatePicker d : List.of(reportPlannedBy, holdBy, fileBy)) {
            d.addValueChangeListener(e -> showWarnings());
        }
        load(SeasonService.currentSchoolYear());
    }

    private void load(String schoolYear) {
        SeasonService.SeasonView view = service.season(schoolYear);
        loadedYear = view.form().getSchoolYear();
        heading.setText(getTranslation("season.heading", view.bodyName()));
        binder.readBean(view.form());
        law.setText(view.latestByLaw() == null ? ""
                : getTranslation("season.latestByLaw", Texts.date(view.latestByLaw())));
        status.setText(view.saved()
                ? getTranslation("season.updated", view.updatedBy(), Texts.dateTime(view.updatedAt()))
                : getTranslation("season.notSaved"));
        showWarnings();
    }

    private void showWarnings() {
        warnings.removeAll();
        SeasonForm probe = new SeasonForm();
        binder.writeBeanAsDraft(probe, true);
        for (Warning w : service.warnings(probe)) {
            Span s = new Span(getTranslation(w.key(), w.args()));
            s.addClassName("rule-bad");
            warnings.add(s);
        }
    }

    void save() {
        SeasonForm form = new SeasonForm();
        if (!binder.writeBeanIfValid(form)) {
            Errors.showError(getTranslation("season.fixErrors"));
            return;
        }
        SaveResult[] result = new SaveResult[1];
        if (Errors.run(this, () -> result[0] = service.save(form))) {
            Errors.showSuccess(getTranslation("season.saved", form.getSchoolYear(), result[0].deadlinesMoved(),
                    result[0].tasksStarted()));
            load(form.getSchoolYear());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("season.title") + " · " + getTranslation("app.name");
    }
}
