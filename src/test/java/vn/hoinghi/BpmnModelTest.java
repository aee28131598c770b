package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.validation.ProcessValidatorFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.ui.TaskView;
import vn.hoinghi.shared.TaskFormProvider;

/** Every BPMN file parses and validates; each formKey has a form and each bean expression a bean method. */
class BpmnModelTest {

    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*(\\w+)\\.(\\w+)\\(([^)]*)\\)\\s*}");

    @Test
    void every_process_validates_and_every_form_key_and_bean_expression_resolves() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
        assertThat(files).isNotEmpty();
        Map<String, Class<?>> beans = componentBeans();
        Set<String> forms = formKeys();
        for (Resource file : files) {
            BpmnModel model;
            try (InputStream in = file.getInputStream()) {
                model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
            }
            assertThat(new ProcessValidatorFactory().createDefaultProcessValidator().validate(model))
                    .as(file.getFilename()).isEmpty();
            assertThat(model.getLocationMap()).as("diagram of " + file.getFilename()).isNotEmpty();
            for (Process process : model.getProcesses()) {
                for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
                    assertThat(forms).as("form for " + task.getId()).contains(task.getFormKey());
                    assertThat(task.getName()).as("Vietnamese name of " + task.getId()).isNotBlank();
                }
            }
            String xml = new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            List<String> calls = new ArrayList<>();
            Matcher m = BEAN_CALL.matcher(xml);
            while (m.find()) {
                calls.add(m.group());
                Class<?> bean = beans.get(m.group(1));
                assertThat(bean).as("bean " + m.group(1)).isNotNull();
                int arity = m.group(3).isBlank() ? 0 : m.group(3).split(",(?=(?:[^']*'[^']*')*[^']*$)").length;
                assertThat(Arrays.stream(bean.getMethods())
                        .anyMatch(x -> x.getName().equals(m.group(2)) && x.getParameterCount() == arity))
                        .as(m.group()).isTrue();
            }
            assertThat(calls).isNotEmpty();
        }
    }

    @Test
    void element_ids_are_readable_not_generated_by_a_modeller() throws Exception {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml")) {
            String xml = new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).doesNotContainPattern("id=\"(sid-|Activity_|Task_|Gateway_|Event_|Flow_)");
        }
    }

    /** The task page's own forms, and those other modules provide through TaskFormProvider beans. */
    private static Set<String> formKeys() throws Exception {
        Set<String> keys = new HashSet<>(TaskView.FORM_KEYS);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskFormProvider.class));
        for (BeanDefinition def : scanner.findCandidateComponents("vn.hoinghi")) {
            Class<?> provider = Class.forName(def.getBeanClassName());
            assertThat(provider.isAnnotationPresent(Component.class)).as(provider + " is a bean").isTrue();
            java.lang.reflect.Field field = provider.getDeclaredField("FORM_KEYS");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Set<String> provided = (Set<String>) field.get(null);
            assertThat(provided).as(provider.getSimpleName()).isNotEmpty().doesNotContainAnyElementsOf(keys);
            keys.addAll(provided);
        }
        return keys;
    }

    private static Map<String, Class<?>> componentBeans() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, Class<?>> beans = new HashMap<>();
        for (BeanDefinition def : scanner.findCandidateComponents("vn.hoinghi")) {
            Class<?> type = Class.forName(def.getBeanClassName());
            Component c = type.getAnnotation(Component.class);
            String name = c != null && !c.value().isEmpty() ? c.value()
                    : Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            beans.put(name, type);
        }
        return beans;
    }

}
