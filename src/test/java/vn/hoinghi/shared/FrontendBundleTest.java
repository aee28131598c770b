package vn.hoinghi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;

/**
 * The production bundle holds only the web components its build finds by following the routes' code; panels and
 * forms that modules contribute as beans are off that path, and there a component left out is shown but dead (a
 * check-in list that never sends its ticks). The development mode, where the end-to-end tests run, loads them all.
 */
class FrontendBundleTest {

    private static final Pattern VAADIN_CLASS = Pattern.compile("com/vaadin/flow/component/[a-z]+/[A-Z][A-Za-z0-9]*");

    @Test
    void every_web_component_the_app_uses_is_named_by_the_app_shell() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String name : vaadinClassesReferenced()) {
            Class<?> type = Class.forName(name.replace('/', '.'));
            if (Component.class.isAssignableFrom(type) && type.getAnnotationsByType(JsModule.class).length > 0) {
                used.add(type.getName());
            }
        }
        Set<String> named = new TreeSet<>();
        Arrays.stream(AppShell.class.getAnnotationsByType(Uses.class)).forEach(u -> named.add(u.value().getName()));
        assertThat(used).isNotEmpty();
        assertThat(named).as("AppShell's @Uses").containsAll(used);
    }

    /** Vaadin classes named in the constant pools of the app's own compiled classes. */
    private static Set<String> vaadinClassesReferenced() throws IOException, URISyntaxException {
        Path root = Path.of(AppShell.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("vn"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                Matcher m = VAADIN_CLASS.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    names.add(m.group());
                }
            }
        }
        return names;
    }
}
