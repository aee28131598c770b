package vn.hoinghi.documents.ui;

import org.springframework.stereotype.Component;

import vn.hoinghi.documents.DocumentService;
import vn.hoinghi.shared.AssemblyTabProvider;

/** The "Văn bản" tab of the assembly page: every document of the assembly and the dossier. */
@Component
class DocumentsTab implements AssemblyTabProvider {

    private final DocumentService service;

    DocumentsTab(DocumentService service) {
        this.service = service;
    }

    @Override
    public String tabLabelKey() {
        return "documents.tab";
    }

    @Override
    public com.vaadin.flow.component.Component create(long assemblyId) {
        return new DocumentsPanel(service, assemblyId, null, true);
    }
}
