package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.supervision.AccessMatrixSchools;
import vn.hoinghi.supervision.AccessMatrixSchools.Side;

/**
 * Every public method of every application service, called as each kind of person, with the ids of their own
 * school and of another one, against the table in {@code src/test/resources/access-matrix.tsv}.
 *
 * <p>The rule for "application service": a Spring bean whose class is under {@code vn.hoinghi} and annotated
 * {@code @Service}. That is the modules' API: views reach the domain only through such beans (checked below), BPMN
 * delegates and internal helpers are {@code @Component}s. Every public instance method the class declares is a row;
 * a method without a row, or a row without a method, fails the test by name.
 *
 * <p>Who: two schools (A and B), each under a body of its own, each with a teacher, a department head, the union
 * chair, the principal and the school administrator, and each body's officer; the province's system administrator;
 * nobody signed in. With: the ids of A, then of B (a school's assembly waiting for a department meeting, that
 * meeting's task, a draft, a scan, the body's conference, ...). Each cell of the table says, for that kind of person:
 * {@code yes} allowed with either school's ids, {@code own} allowed with the ids of their own school (or, for an
 * officer, their body's school) and refused with the other's, {@code no} refused. Only an access error counts as
 * refused: {@code error.accessDenied}, {@code task.notYours}, {@code error.notSignedIn}, {@code error.notFound} (the
 * ids passed all exist, so "not found" is a refusal that does not tell what exists) and Spring Security's own
 * refusals; any other outcome, a business rule broken by the made-up arguments included, is "allowed".
 *
 * <p>Each call runs in a transaction that is rolled back, so nothing stays behind in the shared context's data
 * (mail and notices sent after commit are never sent). The observed table is written to
 * {@code target/access-matrix-observed.tsv}, to compare with the expected one when a method is added.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class AccessMatrixIT {

    static final List<String> KINDS = List.of("teacher", "department_head", "union_chair", "principal",
            "school_admin", "officer", "system_admin", "anonymous");
    private static final Set<String> ACCESS_ERRORS = Set.of("error.accessDenied", "task.notYours",
            "error.notSignedIn", "error.notFound", "inbox.filter.notYours", "inbox.scope.notAllowed",
            "conference.nomination.otherSchool");
    private static final String SYSTEM_ADMIN = "quantrihethong";

    @Autowired ApplicationContext ctx;
    @Autowired AccountDetailsService accounts;
    @Autowired PlatformTransactionManager transactions;

    /** A person of a kind; own is their school's side (null for the system administrator and nobody). */
    record Person(String kind, String username, Side own) {
    }

    /** method is the service's own (with its parameters' names), callable the proxy's (with the checks). */
    record ServiceMethod(String key, Object bean, Method method, Method callable) {
        boolean takesIds() {
            return Arrays.stream(method.getParameters()).anyMatch(p -> idLike(p.getName())
                    || p.getName().startsWith("username") || p.getName().equals("recipient") || !isPlain(p.getType()));
        }
    }

    record Outcome(boolean allowed, String detail) {
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_service_method_answers_each_kind_of_person_as_the_access_table_says() throws IOException {
        Side a = AccessMatrixSchools.create(ctx);
        Side b = AccessMatrixSchools.create(ctx);
        List<Person> people = new ArrayList<>();
        for (Side s : List.of(a, b)) {
            people.add(new Person("teacher", s.teacher(), s));
            people.add(new Person("department_head", s.departmentHead(), s));
            people.add(new Person("union_chair", s.unionChair(), s));
            people.add(new Person("principal", s.principal(), s));
            people.add(new Person("school_admin", s.administrator(), s));
            people.add(new Person("officer", s.officer(), s));
        }
        people.add(new Person("system_admin", SYSTEM_ADMIN, null));
        people.add(new Person("anonymous", null, null));

        List<ServiceMethod> methods = serviceMethods();
        Map<String, Map<String, String>> table = readTable();
        List<String> missing = methods.stream().map(ServiceMethod::key).filter(k -> !table.containsKey(k)).toList();
        Set<String> known = methods.stream().map(ServiceMethod::key).collect(Collectors.toSet());
        List<String> stale = table.keySet().stream().filter(k -> !known.contains(k)).toList();

        List<String> unbuildable = new ArrayList<>();
        for (ServiceMethod m : methods) {
            try {
                arguments(m, a);
            } catch (IllegalStateException e) {
                unbuildable.add(e.getMessage());
            }
        }
        assertThat(unbuildable).as("methods whose arguments the matrix cannot make up").isEmpty();

        int cases = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, String>> observed = new TreeMap<>();
        StringBuilder log = new StringBuilder();
        long started = System.nanoTime();
        for (ServiceMethod m : methods) {
            Map<String, String> expected = table.getOrDefault(m.key(), Map.of());
            Map<String, Map<Boolean, Set<Boolean>>> seen = new LinkedHashMap<>();
            for (Person p : people) {
                for (Side ids : m.takesIds() ? List.of(a, b) : List.of(a)) {
                    Outcome outcome = call(m, p, ids);
                    cases++;
                    log.append(m.key()).append('\t').append(p.username()).append('\t').append(ids == a ? "A" : "B")
                            .append('\t').append(outcome.detail()).append('\n');
                    boolean own = p.own() == null || p.own() == ids || !m.takesIds();
                    seen.computeIfAbsent(p.kind(), k -> new HashMap<>()).computeIfAbsent(own, k -> new HashSet<>())
                            .add(outcome.allowed());
                    String cell = expected.get(p.kind());
                    if (cell != null) {
                        boolean allowed = switch (cell) {
                            case "yes" -> true;
                            case "no" -> false;
                            case "own" -> p.own() != null && (p.own() == ids || !m.takesIds());
                            default -> throw new IllegalStateException(m.key() + ": unknown cell " + cell);
                        };
                        if (allowed != outcome.allowed()) {
                            wrong.add(m.key() + " as " + p.kind() + " " + p.username() + " with the ids of "
                                    + (ids == a ? "A" : "B") + ": expected " + (allowed ? "allowed" : "refused")
                                    + ", got " + outcome.detail());
                        }
                    }
                }
            }
            observed.put(m.key(), cells(seen));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Access matrix: %d cases run (%d service methods, %d people, %d s)%n", cases,
                methods.size(), people.size(), seconds);
        writeObserved(observed);
        Files.writeString(Path.of("target/access-matrix-cases.tsv"), log);

        assertThat(missing).as("service methods missing from access-matrix.tsv (see target/access-matrix-observed.tsv)")
                .isEmpty();
        assertThat(stale).as("rows of access-matrix.tsv for methods that no service has").isEmpty();
        assertThat(wrong).as("calls that did not give what access-matrix.tsv says").isEmpty();
        assertThat(cases).isGreaterThan(methods.size() * people.size());
    }

    @Test
    void views_reach_the_domain_only_through_application_services() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".ui."));
        List<String> outside = new ArrayList<>();
        for (BeanDefinition def : scanner.findCandidateComponents("vn.hoinghi")) {
            Class<?> view = Class.forName(def.getBeanClassName());
            for (Constructor<?> c : view.getDeclaredConstructors()) {
                for (Class<?> type : c.getParameterTypes()) {
                    boolean domainBean = type.getName().startsWith("vn.hoinghi.") && !type.getName().contains(".ui.")
                            && ctx.getBeanNamesForType(type).length > 0;
                    if (domainBean && !AnnotatedElementUtils.hasAnnotation(type, Service.class)) {
                        outside.add(view.getSimpleName() + " takes " + type.getName());
                    }
                }
            }
        }
        assertThat(outside).as("beans that views use but the access matrix does not cover (make them @Service)")
                .isEmpty();
    }

    private Outcome call(ServiceMethod m, Person p, Side ids) {
        if (p.username() == null) {
            TestUsers.signOut();
        } else {
            TestUsers.signIn(accounts, p.username());
        }
        Object[] args = arguments(m, ids);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try {
            return tx.execute(status -> {
                status.setRollbackOnly();
                try {
                    m.callable().invoke(m.bean(), args);
                    return new Outcome(true, "allowed");
                } catch (InvocationTargetException e) {
                    return classify(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(m.key(), e);
                }
            });
        } finally {
            TestUsers.signOut();
        }
    }

    static Outcome classify(Throwable t) {
        if (t instanceof BusinessRuleException e) {
            return new Outcome(!ACCESS_ERRORS.contains(e.messageKey()),
                    (ACCESS_ERRORS.contains(e.messageKey()) ? "refused: " : "allowed (business rule): ") + e.messageKey());
        }
        if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
            return new Outcome(false, "refused: " + t.getClass().getSimpleName());
        }
        return new Outcome(true, "allowed (failed with " + t.getClass().getSimpleName() + ": " + t.getMessage() + ")");
    }

    private List<ServiceMethod> serviceMethods() {
        List<ServiceMethod> found = new ArrayList<>();
        for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("vn.hoinghi.") || !AnnotatedElementUtils.hasAnnotation(type, Service.class)) {
                continue;
            }
            for (Method declared : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(declared.getModifiers()) || Modifier.isStatic(declared.getModifiers())
                        || declared.isSynthetic() || declared.isBridge()) {
                    continue;
                }
                Method callable;
                try {
                    callable = bean.getClass().getMethod(declared.getName(), declared.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
                found.add(new ServiceMethod(key(type, declared), bean, declared, callable));
            }
        }
        found.sort(Comparator.comparing(ServiceMethod::key));
        return found;
    }

    static String key(Class<?> type, Method m) {
        return type.getSimpleName() + "." + m.getName() + "(" + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    // ---- the table

    private static Map<String, Map<String, String>> readTable() throws IOException {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.tsv")) {
            if (in == null) {
                return table;
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> header = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split("\t")).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    assertThat(header.subList(1, header.size())).as("the table's columns").isEqualTo(KINDS);
                    continue;
                }
                assertThat(cells).as("the row of " + cells.get(0)).hasSize(header.size());
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                assertThat(table.put(cells.get(0), row)).as("a second row for " + cells.get(0)).isNull();
            }
        }
        return table;
    }

    /** yes, own, no as observed, or the outcomes themselves when A's and B's people were answered differently. */
    private static Map<String, String> cells(Map<String, Map<Boolean, Set<Boolean>>> seen) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Map<Boolean, Set<Boolean>> s = seen.getOrDefault(kind, Map.of());
            Set<Boolean> own = s.getOrDefault(true, Set.of());
            Set<Boolean> other = s.getOrDefault(false, Set.of());
            String cell;
            if (own.size() > 1 || other.size() > 1) {
                cell = "mixed";
            } else if (own.contains(true)) {
                cell = other.contains(false) ? "own" : "yes";
            } else {
                cell = other.contains(true) ? "other-only" : "no";
            }
            row.put(kind, cell);
        }
        return row;
    }

    private static void writeObserved(Map<String, Map<String, String>> observed) throws IOException {
        StringBuilder out = new StringBuilder("method\t" + String.join("\t", KINDS) + "\n");
        observed.forEach((key, row) -> out.append(key).append('\t')
                .append(KINDS.stream().map(row::get).collect(Collectors.joining("\t"))).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/access-matrix-observed.tsv"), out);
    }

    // ---- the arguments, made up per parameter type and name

    private Object[] arguments(ServiceMethod m, Side ids) {
        Parameter[] params = m.method().getParameters();
        Object[] args = new Object[params.length];
        String owner = m.key().substring(0, m.key().indexOf('.'));
        // a task of the service's own process: the conference's (its officers'), the season's planned-date question
        // (the principal's), else the assembly's department meeting (its head's)
        String pkg = m.method().getDeclaringClass().getPackageName();
        String taskId = pkg.endsWith(".conference") ? ids.conferenceTaskId()
                : pkg.endsWith(".supervision") ? ids.plannedDateTaskId() : ids.taskId();
        for (int i = 0; i < params.length; i++) {
            args[i] = value(params[i].getType(), params[i].getParameterizedType(), params[i].getName(), owner, ids,
                    taskId, true, m.key());
        }
        return args;
    }

    static boolean idLike(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
    }

    static boolean isPlain(Class<?> type) {
        return type.isPrimitive() || type == String.class || type == Long.class || type == Integer.class
                || type == Boolean.class || type == LocalDate.class || type == LocalTime.class
                || type == LocalDateTime.class || type.isEnum() || type == byte[].class || type == Pageable.class
                || InputStream.class.isAssignableFrom(type);
    }

    private Object value(Class<?> type, Type generic, String name, String owner, Side s, String taskId, boolean top,
                         String method) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            Long id = idLike(name) ? id(name, owner, s) : null;
            if (id == null && idLike(name) && top) {
                throw new IllegalStateException(method + ": no id for parameter " + name
                        + " (add it to AccessMatrixIT.id)");
            }
            long n = id != null ? id : name.equals("offset") || name.equals("part") ? 0 : name.equals("limit") ? 10 : 1;
            return type == int.class || type == Integer.class ? (Object) (int) n : (Object) n;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return switch (name) {
                case "taskId", "id" -> taskId;
                case "processInstanceId" -> s.processInstanceId();
                case "username", "recipient" -> s.teacher();
                case "schoolYear" -> vn.hoinghi.supervision.SeasonService.schoolYearOf(VietnamTime.today());
                case "fileName" -> "bien-ban.pdf";
                case "search" -> "";
                default -> "Kiểm tra quyền truy cập";
            };
        }
        if (type == LocalDate.class) {
            return VietnamTime.today();
        }
        if (type == LocalTime.class) {
            return LocalTime.of(8, 0);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == byte[].class) {
            return "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        }
        if (type.isArray()) {
            // a varargs of steps, roles...: all of them
            Object[] all = type.getComponentType().isEnum() ? type.getComponentType().getEnumConstants() : new Object[0];
            Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), all.length);
            System.arraycopy(all, 0, array, 0, all.length);
            return array;
        }
        if (InputStream.class.isAssignableFrom(type)) {
            return new ByteArrayInputStream(new byte[0]);
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (Map.class.isAssignableFrom(type)) {
            return new HashMap<>();
        }
        if (Set.class.isAssignableFrom(type)) {
            Object item = element(generic, name, owner, s);
            return item == null ? new HashSet<>() : new HashSet<>(Set.of(item));
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            Object item = element(generic, name, owner, s);
            return item == null ? new ArrayList<>() : new ArrayList<>(List.of(item));
        }
        if (type.isRecord()) {
            RecordComponent[] parts = type.getRecordComponents();
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = value(parts[i].getType(), parts[i].getGenericType(), parts[i].getName(),
                        type.getSimpleName(), s, taskId, false, method);
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                c.setAccessible(true);
                return c.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(method + ": cannot make a " + type.getName(), e);
            }
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(method + ": no way to make a " + type.getName() + " for " + name
                    + " (teach AccessMatrixIT.value)");
        }
    }

    /** A collection of ids holds the one id its name says (staffIds: the teacher); other collections are empty. */
    private Object element(Type generic, String name, String owner, Side s) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == Long.class && idLike(name)) {
            return id(name.replaceAll("s$", ""), owner, s);
        }
        return null;
    }

    /** The id the parameter's name asks for, of that side's school. */
    static Long id(String name, String owner, Side s) {
        return switch (name) {
            case "assemblyId" -> s.assemblyId();
            case "schoolId" -> s.schoolId();
            case "bodyId", "toBodyId" -> s.bodyId();
            // the province's accounts page resets school administrators; everywhere else a staff member is the teacher
            case "staffId" -> owner.equals("ProvinceAccounts") ? s.administratorStaffId() : s.teacherStaffId();
            case "departmentId" -> s.departmentId();
            case "draftId" -> s.draftId();
            case "scanId" -> s.scanId();
            case "conferenceId" -> s.conferenceId();
            case "officerId" -> s.officerId();
            case "unitId" -> s.unitId();
            case "assignmentId" -> s.roleAssignmentId();
            // no nomination and no draft file in the fixture: an id that exists nowhere
            case "nominationId", "delegateId", "fileId" -> Long.MAX_VALUE;
            case "id" -> switch (owner) {
                case "SavedFilters" -> s.savedFilterId();
                case "Notices" -> s.noticeId();
                case "TaskAttachments" -> s.attachmentId();
                default -> null;
            };
            default -> null;
        };
    }
}
