package vn.hoinghi.assembly.ui;

import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.LaunchCorrections;
import vn.hoinghi.assembly.PeopleChanges;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.shared.AssemblyTabProvider;

/** The "Điều chỉnh" tab of the assembly page: who holds what, the departments counted, the launch corrected. */
@Component
class ChangesTab implements AssemblyTabProvider {

    private final PeopleChanges people;
    private final LaunchCorrections corrections;
    private final PreparationService preparation;
    private final SchoolDirectory directory;

    ChangesTab(PeopleChanges people, LaunchCorrections corrections, PreparationService preparation,
               SchoolDirectory directory) {
        this.people = people;
        this.corrections = corrections;
        this.preparation = preparation;
        this.directory = directory;
    }

    @Override
    public String tabLabelKey() {
        return "changes.tab";
    }

    @Override
    public com.vaadin.flow.component.Component create(long assemblyId) {
        return new ChangesPanel(people, corrections, preparation, directory, assemblyId);
    }
}
