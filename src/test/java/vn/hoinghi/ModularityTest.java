package vn.hoinghi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong import between features fails the build; the module documentation in docs/modules follows the code. */
class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");
    private static final String ROOT = Application.class.getPackageName() + ".";
    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_only_use_each_others_public_api_and_their_declared_dependencies_and_have_no_cycles() {
        MODULES.verify();
    }

    /**
     * Modulith checks which packages a module may import, not what travels through them: a service of the API could
     * still hand out its JPA entity. Other modules get records; an entity stays in the module that maps it.
     */
    @Test
    void no_module_uses_another_modules_entities_nor_calls_what_hands_one_out() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Application.class.getPackageName());
        // one line per class and entity it gets hold of: "documents.Composer gets assembly.Vote (Composer.java:783)"
        Map<String, String> crossings = new TreeMap<>();
        for (JavaClass user : classes) {
            Optional<String> module = module(user);
            if (module.isEmpty()) {
                continue;
            }
            for (Dependency d : user.getDirectDependenciesFromSelf()) {
                if (isForeignEntity(d.getTargetClass(), module.get())) {
                    crossings.putIfAbsent(name(user) + " uses " + name(d.getTargetClass()), d.getSourceCodeLocation().toString());
                }
            }
            for (JavaAccess<?> access : user.getAccessesFromSelf()) {
                access.getTarget().resolveMember()
                        .filter(member -> module(member.getOwner()).filter(m -> !m.equals(module.get())).isPresent())
                        .ifPresent(member -> signature(member).stream().filter(t -> isForeignEntity(t, module.get()))
                                .forEach(t -> crossings.putIfAbsent(name(user) + " gets " + name(t) + " from "
                                        + name(member.getOwner()) + "." + member.getName(),
                                        access.getSourceCodeLocation().toString())));
            }
        }
        assertThat(crossings).as("entities crossing a module's boundary (other modules get records)").isEmpty();
    }

    private static String name(JavaClass type) {
        return type.getName().substring(ROOT.length());
    }

    /** The top-level package under the application's: the module a class belongs to. */
    private static Optional<String> module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length());
        return Optional.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
    }

    /** An entity of another module, or a record of another module holding one. */
    private static boolean isForeignEntity(JavaClass type, String module) {
        JavaClass raw = type.isArray() ? type.getBaseComponentType() : type;
        if (module(raw).filter(m -> !m.equals(module)).isEmpty()) {
            return false;
        }
        return raw.isAnnotatedWith(Entity.class) || raw.getRawSuperclass().filter(s -> s.isEquivalentTo(Record.class))
                .isPresent() && raw.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream())
                .anyMatch(t -> !t.equals(raw) && isForeignEntity(t, module));
    }

    /** Every type a member takes or gives, type arguments included ({@code List<Vote>}, {@code Optional<Assembly>}). */
    private static List<JavaClass> signature(JavaMember member) {
        Stream<JavaType> types = switch (member) {
            case JavaCodeUnit unit -> Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream());
            case JavaField field -> Stream.of(field.getType());
            default -> Stream.empty();
        };
        return types.flatMap(t -> t.getAllInvolvedRawTypes().stream()).toList();
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
