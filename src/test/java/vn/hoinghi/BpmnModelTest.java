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
import java.util.TreeSet;
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
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

import vn.hoinghi.tasks.ProcessStep;
import vn.hoinghi.tasks.TaskFormProvider;

/**
 * Every BPMN file parses and validates; its user tasks are exactly the constants of its process's step enum
 * (same ids, same form keys), whose forms a task-form bean provides; each bean expression has a bean method.
 */
class BpmnModelTest {

    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*(\\w+)\\.(\\w+)\\(([^)]*)\\)\\s*}");

    @Test
    void every_process_validates_its_user_tasks_are_its_step_enum_and_every_bean_expression_resolves() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
        assertThat(files).isNotEmpty();
        Map<String, Class<?>> beans = componentBeans();
        Map<String, Map<String, ProcessStep>> steps = stepsByProcess();
        Set<String> processes = new HashSet<>();
        for (Resource file : files) {
            BpmnModel model;
            try (InputStream in = file.getInputStream()) {
                model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
            }
            assertThat(new ProcessValidatorFactory().createDefaultProcessValidator().validate(model))
                    .as(file.getFilename()).isEmpty();
            assertThat(model.getLocationMap()).as("diagram of " + file.getFilename()).isNotEmpty();
            for (Process process : model.getProcesses()) {
                processes.add(process.getId());
                Map<String, ProcessStep> declared = steps.getOrDefault(process.getId(), Map.of());
                List<UserTask> userTasks = process.findFlowElementsOfType(UserTask.class);
                Set<String> inBpmn = new TreeSet<>();
                userTasks.forEach(t -> inBpmn.add(t.getId()));
                Set<String> withoutStep = new TreeSet<>(inBpmn);
                withoutStep.removeAll(declared.keySet());
                Set<String> withoutTask = new TreeSet<>(declared.keySet());
                withoutTask.removeAll(inBpmn);
                assertThat(withoutStep.isEmpty() && withoutTask.isEmpty()).as("%s (%s): user tasks without a constant"
                        + " in the process's step enum %s; step constants without a user task (renamed or removed?)"
                        + " %s", process.getId(), file.getFilename(), withoutStep, withoutTask).isTrue();
                for (UserTask task : userTasks) {
                    assertThat(task.getFormKey()).as("form key of user task '%s' in %s", task.getId(),
                            file.getFilename()).isEqualTo(declared.get(task.getId()).formKey());
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
        assertThat(processes).as("processes in bpmn/ for every step enum").containsAll(steps.keySet());
    }

    @Test
    void element_ids_are_readable_not_generated_by_a_modeller() throws Exception {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml")) {
            String xml = new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).doesNotContainPattern("id=\"(sid-|Activity_|Task_|Gateway_|Event_|Flow_)");
        }
    }

    /** Process id → BPMN task id → step, from the step enums of every TaskFormProvider bean. */
    private static Map<String, Map<String, ProcessStep>> stepsByProcess() throws Exception {
        Map<String, Map<String, ProcessStep>> steps = new HashMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskFormProvider.class));
        for (BeanDefinition def : scanner.findCandidateComponents("vn.hoinghi")) {
            Class<?> provider = Class.forName(def.getBeanClassName());
            assertThat(provider.isAnnotationPresent(Component.class)).as(provider + " is a bean").isTrue();
            Class<?> enumType = ResolvableType.forClass(provider).as(TaskFormProvider.class).getGeneric(0).resolve();
            assertThat(enumType).as("step enum of " + provider.getSimpleName()).isNotNull();
            for (Object constant : enumType.getEnumConstants()) {
                ProcessStep step = (ProcessStep) constant;
                ProcessStep before = steps.computeIfAbsent(step.processKey(), k -> new HashMap<>())
                        .put(step.taskId(), step);
                assertThat(before).as("step " + step.taskId() + " of " + step.processKey() + " declared once")
                        .isNull();
            }
        }
        return steps;
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
