package vn.hoinghi.conference.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceService.FileContent;
import vn.hoinghi.conference.ConferenceStep;
import vn.hoinghi.conference.Nominations;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.tasks.OpenTask;
import vn.hoinghi.tasks.TaskFormProvider;

/** The task page's forms for the body's year-end conference (bpmn/year-end-conference.bpmn20.xml). */
@Component
class ConferenceTaskForms implements TaskFormProvider<ConferenceStep> {

    private final ConferenceService service;
    private final Nominations nominations;

    ConferenceTaskForms(ConferenceService service, Nominations nominations) {
        this.service = service;
        this.nominations = nominations;
    }

    @Override
    public Class<ConferenceStep> steps() {
        return ConferenceStep.class;
    }

    /** No default: a step without a form does not compile. */
    @Override
    public com.vaadin.flow.component.Component create(ConferenceStep step, OpenTask task, Runnable onDone) {
        String id = task.id();
        return switch (step) {
            case DRAFT_PLAN -> new PlanEditor(service, id, onDone);
            case APPROVE_PLAN -> new StepForms.ApprovePlan(service, id, service.conferenceOf(id), onDone);
            case UNIT_ASSIGNMENT -> new StepForms.UnitAssignment(service, id, onDone);
            case ISSUE_INVITATIONS -> new StepForms.IssueInvitations(service, service.stepInfo(id), id, onDone);
            case BRIDGE_POINT_READINESS -> new StepForms.BridgeReadiness(service, id,
                    CurrentUser.require().hasRole(Role.SUPERVISOR), onDone);
            case NOMINATE_CANDIDATES -> new NominationForm(nominations, id, onDone);
            case LATE_NOMINATION -> new StepForms.LateNomination(service, id, onDone);
            case CONSOLIDATE_AWARDS -> new StepForms.ConsolidateAwards(service, service.stepInfo(id), id, onDone);
            case SIGN_AWARD_DECISION -> new StepForms.SignDecision(service, id, onDone);
            case CONFERENCE_DAY -> new StepForms.ConferenceDay(service, service.stepInfo(id), id, onDone);
            case CONFERENCE_SUMMARY -> new StepForms.Summary(service, service.stepInfo(id), id, onDone);
        };
    }

    static Anchor conferenceLink(long conferenceId) {
        Anchor a = new Anchor("conferences/" + conferenceId, "");
        a.setText(a.getTranslation("conference.task.openConference") + " →");
        a.addClassName("conference-link");
        return a;
    }

    /** The plan, the programme and (once there is someone to award) the decision, to read before signing. */
    static FlexLayout downloads(ConferenceService service, long conferenceId) {
        FlexLayout line = new FlexLayout();
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.addClassName("conf-downloads");
        for (ConferenceService.DocumentRow d : service.overview(conferenceId).documents()) {
            if (!d.available()) {
                continue;
            }
            line.add(download(d.label() + " (PDF)", () -> service.file(conferenceId, d.kind(), d.part(), true)));
        }
        return line;
    }

    static Anchor download(String text, Supplier<FileContent> file) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> respond(file)), AttachmentType.DOWNLOAD, text);
        a.addClassName("conf-download");
        return a;
    }

    private static DownloadResponse respond(Supplier<FileContent> file) {
        try {
            FileContent f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.mediaType(),
                    f.bytes().length);
        } catch (BusinessRuleException e) {
            return DownloadResponse.error(409, e.messageKey());
        }
    }
}
