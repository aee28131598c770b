package vn.hoinghi.assembly.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.FollowUpService.ResolutionData;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.tasks.ui.TaskForm;

/** Every six months the principal and the union check the resolution and tell all staff (Art. 52(3)). */
class SixMonthReviewForm extends TaskForm<SixMonthReviewForm.Values> {

    static final class Values {
        @NotNull(message = "sixMonth.findingsRequired")
        LocalDate reviewedOn;
        @NotBlank(message = "sixMonth.findingsRequired")
        String findings;
        @AssertTrue(message = "sixMonth.announceRequired")
        boolean announcedToStaff;
    }

    private final FollowUpService service;
    private final String taskId;
    private final DatePicker reviewedOn;
    private final TextArea findings;
    private final Checkbox announcedToStaff = new Checkbox();

    SixMonthReviewForm(FollowUpService service, String taskId, Runnable onDone) {
        super(Values::new, onDone);
        this.service = service;
        this.taskId = taskId;
        ResolutionData data = service.sixMonth(taskId);
        add(FormSupport.header(this, data.task(), data.assembly()));
        Pre text = new Pre(data.record().getResolutionText());
        text.getStyle().set("white-space", "pre-wrap");
        add(new Details(getTranslation("review.resolution"), text));
        reviewedOn = FormSupport.date(getTranslation("sixMonth.on"), vn.hoinghi.shared.VietnamTime.today());
        findings = FormSupport.area(getTranslation("sixMonth.findings"), "");
        announcedToStaff.setLabel(getTranslation("sixMonth.announced"));
        add(reviewedOn, findings, announcedToStaff);
        bind(reviewedOn, v -> v.reviewedOn, (v, x) -> v.reviewedOn = x);
        bind(findings, v -> v.findings, (v, x) -> v.findings = x);
        bind(announcedToStaff, v -> v.announcedToStaff, (v, x) -> v.announcedToStaff = x);
        addSubmit(getTranslation("sixMonth.submit"));
    }

    @Override
    protected void submit(Values v) {
        service.recordSixMonth(taskId, new Inputs.SixMonth(v.reviewedOn, v.findings, v.announcedToStaff));
    }
}
