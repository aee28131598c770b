package vn.hoinghi.documents.ui;

import static vn.hoinghi.documents.DocumentKind.BALLOT_COUNT;
import static vn.hoinghi.documents.DocumentKind.BOARD_DECISION;
import static vn.hoinghi.documents.DocumentKind.COVER_LETTER;
import static vn.hoinghi.documents.DocumentKind.DEPARTMENT_MINUTES;
import static vn.hoinghi.documents.DocumentKind.EMULATION_SUMMARY;
import static vn.hoinghi.documents.DocumentKind.INVITATION;
import static vn.hoinghi.documents.DocumentKind.PLAN;
import static vn.hoinghi.documents.DocumentKind.PLENARY_MINUTES;
import static vn.hoinghi.documents.DocumentKind.RESOLUTION;
import static vn.hoinghi.documents.DocumentKind.WORKING_RULES;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.details.Details;

import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.AssemblyTaskExtras;

/** Under a task's form, the documents its stage produces or works from, with their download buttons. */
@Component
class TaskDocuments implements AssemblyTaskExtras {

    /** The documents shown with a task of this step; no default, so a new step must say. */
    static Set<DocumentKind> shownWith(AssemblyStep step) {
        return switch (step) {
            case PREPARATORY_MEETING, KEY_STAFF_MEETING, PLENARY_CHECK_IN, RECONVENE_PLENARY -> Set.of(PLAN, INVITATION);
            case DRAFTING, DRAFT_REVISION -> Set.of(PLAN);
            case DEPARTMENT_MEETING -> Set.of(PLAN, DEPARTMENT_MINUTES);
            case CONSOLIDATE_FEEDBACK, ANSWER_FEEDBACK -> Set.of(DEPARTMENT_MINUTES, EMULATION_SUMMARY);
            case PLENARY_SESSION -> Set.of(PLAN, EMULATION_SUMMARY, PLENARY_MINUTES);
            case BOARD_ELECTION -> Set.of(PLENARY_MINUTES, BALLOT_COUNT);
            case WRITTEN_BALLOT, SCHEDULE_CONTINUATION -> Set.of(PLENARY_MINUTES);
            case RECOGNIZE_BOARD, ELECT_BOARD_OFFICERS -> Set.of(BALLOT_COUNT, BOARD_DECISION);
            case FINALISE_RESOLUTION -> Set.of(PLENARY_MINUTES, RESOLUTION);
            case FILE_DOSSIER, REVIEW_DOSSIER -> Set.of(COVER_LETTER, RESOLUTION, WORKING_RULES, EMULATION_SUMMARY);
            case SIX_MONTH_REVIEW, NEWS_POST -> Set.of(RESOLUTION);
        };
    }

    private final DocumentService service;

    TaskDocuments(DocumentService service) {
        this.service = service;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(AssemblyStep step, long assemblyId) {
        boolean dossier = step == AssemblyStep.FILE_DOSSIER || step == AssemblyStep.REVIEW_DOSSIER;
        DocumentsPanel panel = new DocumentsPanel(service, assemblyId, shownWith(step), dossier);
        Details details = new Details(panel.getTranslation("documents.taskPanel"), panel);
        details.setOpened(true);
        details.setWidthFull();
        details.addClassName("task-documents");
        return Optional.of(details);
    }
}
