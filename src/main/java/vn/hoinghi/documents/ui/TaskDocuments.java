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

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.details.Details;

import vn.hoinghi.documents.DocumentKind;
import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.shared.TaskExtrasProvider;

/** Under a task's form, the documents its stage produces or works from, with their download buttons. */
@Component
class TaskDocuments implements TaskExtrasProvider {

    /** Form key → the documents shown with it. */
    static final Map<String, Set<DocumentKind>> BY_FORM = Map.ofEntries(
            Map.entry("preparatory-meeting", Set.of(PLAN, INVITATION)),
            Map.entry("draft", Set.of(PLAN)),
            Map.entry("key-staff-meeting", Set.of(PLAN, INVITATION)),
            Map.entry("department-meeting", Set.of(PLAN, DEPARTMENT_MINUTES)),
            Map.entry("consolidate-feedback", Set.of(DEPARTMENT_MINUTES, EMULATION_SUMMARY)),
            Map.entry("answer-feedback", Set.of(DEPARTMENT_MINUTES, EMULATION_SUMMARY)),
            Map.entry("plenary-check-in", Set.of(PLAN, INVITATION)),
            Map.entry("reconvene", Set.of(PLAN, INVITATION)),
            Map.entry("plenary-session", Set.of(PLAN, EMULATION_SUMMARY, PLENARY_MINUTES)),
            Map.entry("board-election", Set.of(PLENARY_MINUTES, BALLOT_COUNT)),
            Map.entry("written-ballot", Set.of(PLENARY_MINUTES)),
            Map.entry("recognize-board", Set.of(BALLOT_COUNT, BOARD_DECISION)),
            Map.entry("board-officers", Set.of(BALLOT_COUNT, BOARD_DECISION)),
            Map.entry("finalise-resolution", Set.of(PLENARY_MINUTES, RESOLUTION)),
            Map.entry("file-dossier", Set.of(COVER_LETTER, RESOLUTION, WORKING_RULES, EMULATION_SUMMARY)),
            Map.entry("review-dossier", Set.of(COVER_LETTER, RESOLUTION, WORKING_RULES, EMULATION_SUMMARY)),
            Map.entry("six-month-review", Set.of(RESOLUTION)));

    private static final Set<String> DOSSIER_FORMS = Set.of("file-dossier", "review-dossier");

    private final DocumentService service;

    TaskDocuments(DocumentService service) {
        this.service = service;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(String formKey, long assemblyId) {
        Set<DocumentKind> kinds = BY_FORM.get(formKey);
        if (kinds == null) {
            return Optional.empty();
        }
        DocumentsPanel panel = new DocumentsPanel(service, assemblyId, kinds, DOSSIER_FORMS.contains(formKey));
        Details details = new Details(panel.getTranslation("documents.taskPanel"), panel);
        details.setOpened(true);
        details.setWidthFull();
        details.addClassName("task-documents");
        return Optional.of(details);
    }
}
