package vn.hoinghi.assembly.ui;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyQueries.AssemblyRow;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;

/** The assemblies of my school, or of every school under my supervising body. */
@Route(value = "assemblies", layout = MainLayout.class)
@PermitAll
public class AssembliesView extends VerticalLayout implements HasDynamicTitle {

    public AssembliesView(AssemblyQueries queries) {
        addClassName("page");
        add(new H2(getTranslation("assemblies.title")));
        Grid<AssemblyRow> grid = new Grid<>();
        grid.addColumn(AssemblyRow::schoolName).setHeader(getTranslation("assemblies.school")).setFlexGrow(2);
        grid.addColumn(AssemblyRow::schoolYear).setHeader(getTranslation("assemblies.year")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("assemblyKind." + r.kind().name())).setHeader(getTranslation("launch.kind"));
        grid.addColumn(r -> getTranslation(r.stage().messageKey())).setHeader(getTranslation("assemblies.stage"));
        grid.addColumn(r -> Texts.date(r.plenaryOn())).setHeader(getTranslation("launch.plenaryOn"));
        grid.addColumn(r -> Texts.date(r.filingDeadline())).setHeader(getTranslation("launch.filingDeadline"));
        grid.addColumn(r -> getTranslation(r.dossierStatus().messageKey())).setHeader(getTranslation("assemblies.dossier"));
        grid.setItems(q -> queries.visible(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) queries.countVisible());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("assembly/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("assemblies.empty"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assemblies.title") + " · " + getTranslation("app.name");
    }
}
