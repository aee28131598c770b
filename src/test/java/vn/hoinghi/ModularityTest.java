package vn.hoinghi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** A wrong import between features fails the build; the module documentation in docs/modules follows the code. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_their_declared_dependencies_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written_into_docs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
