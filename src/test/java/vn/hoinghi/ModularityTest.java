package vn.hoinghi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** A wrong import between features fails the build; the module documentation in docs/modules follows the code. */
class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");
    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_their_declared_dependencies_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_module_documentation_is_written_into_docs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        // the Documenter lists a diagram's relations in no fixed order: sorted, the files change only with the code
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                Iterator<String> next = sorted.iterator();
                Files.write(file, lines.stream().map(l -> l.startsWith("Rel(") ? next.next() : l).toList());
            }
        }
    }
}
