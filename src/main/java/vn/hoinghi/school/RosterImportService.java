package vn.hoinghi.school;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import vn.hoinghi.school.RosterProblem.Severity;
import vn.hoinghi.school.RosterValidator.RawRow;
import vn.hoinghi.school.RosterValidator.SchoolState;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The staff roster from a spreadsheet: a preview that reports every problem by row and column before
 * anything is saved, then the import in one transaction. Re-importing updates people by staff code and
 * never duplicates them; new people get an account with an initial password shown once (and mailed when
 * mail is configured). When the file has a roles column, each imported person's roles become the ones
 * listed, from today; a role no longer listed ends yesterday. Usable without the UI (the benchmark calls it).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class RosterImportService {

    /** More people than any school has, by far; a bigger file is refused before it is checked. */
    public static final int MAX_ROWS = 20_000;
    /** The header row is looked for among the first rows, under any title lines. */
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final int JDBC_BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(RosterImportService.class);

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final RoleAssignmentRepository roles;
    private final SupervisorAccountRepository supervisors;
    private final InitialPasswords passwords;
    private final AccountMailer mailer;
    private final EntityManager entityManager;
    private final RoleNames roleNames;
    private final RosterTemplates templates;

    RosterImportService(StaffRepository staff, DepartmentRepository departments, RoleAssignmentRepository roles,
                        SupervisorAccountRepository supervisors, InitialPasswords passwords, AccountMailer mailer,
                        EntityManager entityManager, AppI18NProvider i18n) {
        this.staff = staff;
        this.departments = departments;
        this.roles = roles;
        this.supervisors = supervisors;
        this.passwords = passwords;
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.roleNames = new RoleNames(i18n);
        this.templates = new RosterTemplates(i18n);
    }

    /**
     * Reads a roster file and checks every row; saves nothing. A file that cannot be a roster at all (empty,
     * not a spreadsheet, wrong headers, too big) is refused with a BusinessRuleException saying why.
     */
    @Transactional(readOnly = true)
    public RosterPreview preview(InputStream in, String fileName) {
        AppUser me = admin();
        List<RosterFileReader.Line> lines = new RosterFileReader(fileName, MAX_ROWS + HEADER_SEARCH_ROWS).read(in);
        if (lines.isEmpty()) {
            throw new BusinessRuleException("roster.file.empty", fileName);
        }
        int headerAt = headerRow(lines);
        RosterFileReader.Line header = lines.get(headerAt);
        List<RosterProblem> problems = new ArrayList<>();
        Map<RosterColumn, Integer> columns = columns(header, problems);

        List<RawRow> raw = new ArrayList<>(lines.size() - headerAt);
        for (RosterFileReader.Line line : lines.subList(headerAt + 1, lines.size())) {
            Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
            columns.forEach((column, index) -> cells.put(column, line.cell(index)));
            // A row with something only in columns we do not read (a running number, say) is not a person.
            if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                raw.add(new RawRow(line.number(), cells));
            }
        }
        if (raw.isEmpty()) {
            throw new BusinessRuleException("roster.file.noRows", fileName);
        }
        if (raw.size() > MAX_ROWS) {
            throw new BusinessRuleException("roster.file.tooManyRows", fileName, MAX_ROWS);
        }
        RosterValidator.Result result = validator(columns, me).validate(raw);
        problems.addAll(result.problems());
        return new RosterPreview(me.schoolId(), fileName, Map.copyOf(columns), result.rows(), List.copyOf(problems));
    }

    /**
     * Imports a previewed roster, checking it again against the school as it is now. With errors left, it
     * refuses unless onlyValid is set, and then leaves the rows with errors out. All or nothing.
     */
    public RosterImportSummary importRows(RosterPreview preview, boolean onlyValid) {
        long started = System.nanoTime();
        AppUser me = admin();
        if (preview.schoolId() != me.schoolId()) {
            throw new BusinessRuleException("error.accessDenied");
        }
        Map<RosterColumn, Integer> columns = preview.columns();
        SchoolState state = state(me);
        List<RawRow> raw = preview.rows().stream().map(r -> new RawRow(r.line(), r.cells())).toList();
        List<RosterRow> rows = new RosterValidator(columns, roleNames, state, today()).validate(raw).rows();
        long invalid = rows.stream().filter(r -> !r.valid()).count();
        if (invalid > 0 && !onlyValid) {
            throw new BusinessRuleException("roster.hasErrors", invalid);
        }
        List<RosterRow> valid = rows.stream().filter(RosterRow::valid).toList();
        if (valid.isEmpty()) {
            throw new BusinessRuleException("roster.nothingValid");
        }
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);

        Map<Long, Staff> existing = state.staffByCode().values().stream()
                .collect(Collectors.toMap(Staff::getId, p -> p, (a, b) -> a));
        int updated = 0;
        int unchanged = 0;
        Map<RosterRow, Long> staffIds = new java.util.IdentityHashMap<>();
        List<RosterRow> creates = new ArrayList<>();
        for (RosterRow row : valid) {
            if (row.action() == RosterRow.Action.UPDATE) {
                Staff p = existing.get(row.existingStaffId());
                if (applyUpdate(p, row, columns)) {
                    updated++;
                } else {
                    unchanged++;
                }
                staffIds.put(row, p.getId());
            } else {
                creates.add(row);
            }
        }

        List<IssuedAccount> issued = create(me.schoolId(), creates, staffIds);
        int[] roleChanges = columns.containsKey(RosterColumn.ROLES)
                ? applyRoles(me, valid, staffIds) : new int[]{0, 0};
        entityManager.flush();

        int mailed = mailer.send(issued.stream()
                .map(a -> new AccountMailer.Credential(a.fullName(), a.email(), a.username(), a.initialPassword()))
                .toList());
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Roster import into school {} ({}): {} rows, {} created, {} updated, {} unchanged, {} skipped, "
                        + "roles {} started / {} ended, in {} ms", me.schoolId(), preview.fileName(), rows.size(),
                issued.size(), updated, unchanged, invalid, roleChanges[0], roleChanges[1], millis);
        return new RosterImportSummary(issued.size(), updated, unchanged, (int) invalid, roleChanges[0],
                roleChanges[1], issued, mailed, millis);
    }

    /** The XLSX template: the headers, drop-down lists of the school's departments and roles, and a help sheet. */
    @Transactional(readOnly = true)
    public byte[] xlsxTemplate() {
        AppUser me = admin();
        List<String> names = departments.findBySchoolIdOrderByName(me.schoolId()).stream()
                .filter(Department::isActive).map(Department::getName).toList();
        return templates.xlsx(names);
    }

    /** The CSV template: the header line in UTF-8 with a byte-order mark. */
    public byte[] csvTemplate() {
        admin();
        return templates.csv();
    }

    /** The new accounts and their initial passwords as a spreadsheet, to print and hand out. */
    public byte[] accountsSheet(List<IssuedAccount> accounts) {
        admin();
        return templates.accounts(accounts);
    }

    /** Role names as the roles column accepts them (Vietnamese). */
    public List<String> roleNames() {
        return templates.assignableRoleNames();
    }

    // --- reading the header

    private static int headerRow(List<RosterFileReader.Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_ROWS); i++) {
            long known = lines.get(i).cells().stream().map(RosterColumn::ofHeader).filter(Objects::nonNull)
                    .distinct().count();
            if (known >= 2) {
                return i;
            }
        }
        throw new BusinessRuleException("roster.file.noHeader", templateHeaders());
    }

    private static Map<RosterColumn, Integer> columns(RosterFileReader.Line header, List<RosterProblem> problems) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i);
            if (text.isBlank()) {
                continue;
            }
            RosterColumn column = RosterColumn.ofHeader(text);
            if (column == null) {
                problems.add(new RosterProblem(header.number(), null,
                        org.apache.poi.ss.util.CellReference.convertNumToColString(i) + header.number(),
                        Severity.WARNING, "roster.warn.unknownColumn", text));
            } else if (columns.putIfAbsent(column, i) != null) {
                throw new BusinessRuleException("roster.file.duplicateColumn", text);
            }
        }
        List<String> missing = java.util.Arrays.stream(RosterColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c)).map(RosterColumn::templateHeader).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("roster.file.missingColumns", String.join(", ", missing),
                    templateHeaders());
        }
        return columns;
    }

    private static String templateHeaders() {
        return java.util.Arrays.stream(RosterColumn.values()).map(RosterColumn::templateHeader)
                .collect(Collectors.joining(", "));
    }

    // --- checking against the school

    private RosterValidator validator(Map<RosterColumn, Integer> columns, AppUser me) {
        return new RosterValidator(columns, roleNames, state(me), today());
    }

    private SchoolState state(AppUser me) {
        Map<String, Department> depts = new HashMap<>();
        departments.findBySchoolIdOrderByName(me.schoolId()).stream()
                // An active department wins over a stopped one of the same name.
                .sorted(java.util.Comparator.comparing(d -> !d.isActive()))
                .forEach(d -> depts.putIfAbsent(RosterValidator.departmentKey(d.getName()), d));
        Map<String, Staff> people = new HashMap<>();
        staff.findBySchoolId(me.schoolId()).forEach(p -> people.putIfAbsent(RosterValidator.codeKey(p.getCode()), p));
        return new SchoolState(depts, people, me.staffId());
    }

    // --- writing

    /** Updates a person from a row; columns the file does not have keep their value. True if anything changed. */
    private static boolean applyUpdate(Staff p, RosterRow row, Map<RosterColumn, Integer> columns) {
        Long dept = columns.containsKey(RosterColumn.DEPARTMENT) ? row.departmentId() : p.getDepartmentId();
        String email = columns.containsKey(RosterColumn.EMAIL) ? row.email() : p.getEmail();
        boolean union = row.unionMember() != null ? row.unionMember() : p.isUnionMember();
        LocalDate born = columns.containsKey(RosterColumn.DATE_OF_BIRTH) ? row.dateOfBirth() : p.getDateOfBirth();
        Gender gender = columns.containsKey(RosterColumn.GENDER) ? row.gender() : p.getGender();
        String phone = columns.containsKey(RosterColumn.PHONE) ? row.phone() : p.getPhone();
        boolean changed = !Objects.equals(p.getFullName(), row.fullName()) || p.getPosition() != row.position()
                || !Objects.equals(p.getDepartmentId(), dept) || !Objects.equals(p.getEmail(), email)
                || p.isUnionMember() != union || !Objects.equals(p.getDateOfBirth(), born)
                || p.getGender() != gender || !Objects.equals(p.getPhone(), phone) || !p.isActive();
        if (changed) {
            p.update(row.fullName(), row.position(), dept, email, union);
            p.updatePersonal(born, gender, phone);
            p.setActive(true);
        }
        return changed;
    }

    private List<IssuedAccount> create(long schoolId, List<RosterRow> creates, Map<RosterRow, Long> staffIds) {
        if (creates.isEmpty()) {
            return List.of();
        }
        // Every username in one query, not one query per person.
        Set<String> taken = new HashSet<>(staff.allUsernames());
        taken.addAll(supervisors.allUsernames());
        int n = creates.size();
        String[] usernames = new String[n];
        String[] clear = new String[n];
        for (int i = 0; i < n; i++) {
            usernames[i] = unique(Usernames.fromName(creates.get(i).fullName()), taken);
            clear[i] = passwords.generate();
        }
        // Hashing is the slow part of a big import; it needs no database, so it runs on every core.
        String[] hashes = IntStream.range(0, n).parallel().mapToObj(i -> passwords.hash(clear[i]))
                .toArray(String[]::new);
        List<Staff> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RosterRow row = creates.get(i);
            Staff p = new Staff(schoolId, row.code(), row.fullName(), row.position(), row.departmentId(),
                    usernames[i], hashes[i]);
            p.update(row.fullName(), row.position(), row.departmentId(), row.email(),
                    row.unionMember() == null || row.unionMember());
            p.updatePersonal(row.dateOfBirth(), row.gender(), row.phone());
            p.setMustChangePassword(true);
            people.add(p);
        }
        staff.saveAll(people);
        List<IssuedAccount> issued = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RosterRow row = creates.get(i);
            Staff p = people.get(i);
            staffIds.put(row, p.getId());
            issued.add(new IssuedAccount(p.getId(), p.getCode(), p.getFullName(), row.departmentName(),
                    p.getUsername(), clear[i], p.getEmail()));
        }
        return issued;
    }

    private static String unique(String base, Set<String> taken) {
        String candidate = base;
        int n = 2;
        while (!taken.add(candidate)) {
            candidate = base + n++;
        }
        return candidate;
    }

    /** A role held school-wide, or for one department. */
    private record Held(Role role, Long departmentId) {
    }

    /**
     * Makes each imported person's roles in force from today the ones their row lists (department roles for
     * their department). The administrator's own ADMIN role is never ended by an import.
     * @return {started, ended}
     */
    private int[] applyRoles(AppUser me, List<RosterRow> rows, Map<RosterRow, Long> staffIds) {
        LocalDate today = today();
        Map<Long, List<RoleAssignment>> current = roles.findBySchool(me.schoolId()).stream()
                .filter(r -> r.inForceOn(today))
                .collect(Collectors.groupingBy(RoleAssignment::getStaffId));
        List<RoleAssignment> added = new ArrayList<>();
        List<RoleAssignment> removed = new ArrayList<>();
        int ended = 0;
        for (RosterRow row : rows) {
            long staffId = staffIds.get(row);
            Set<Held> wanted = row.roles().stream()
                    .map(r -> new Held(r, r.departmentScoped() ? row.departmentId() : null))
                    .collect(Collectors.toSet());
            Set<Held> have = new HashSet<>();
            for (RoleAssignment a : current.getOrDefault(staffId, List.of())) {
                Held h = new Held(a.getRole(), a.getRole().departmentScoped() ? a.getDepartmentId() : null);
                if (wanted.contains(h) || (a.getRole() == Role.ADMIN && Objects.equals(me.staffId(), staffId))) {
                    have.add(h);
                    continue;
                }
                // A role given today and withdrawn today was never really held: it goes.
                if (a.getValidFrom().isBefore(today)) {
                    a.endOn(today.minusDays(1));
                } else {
                    removed.add(a);
                }
                ended++;
            }
            for (Held h : wanted) {
                if (!have.contains(h)) {
                    added.add(new RoleAssignment(staffId, h.role(), h.departmentId(), today));
                }
            }
        }
        roles.deleteAll(removed);
        roles.saveAll(added);
        return new int[]{added.size(), ended};
    }

    private static LocalDate today() {
        return vn.hoinghi.shared.VietnamTime.today();
    }

    private static AppUser admin() {
        AppUser user = CurrentUser.require();
        if (user.schoolId() == null || !user.hasRole(Role.ADMIN)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return user;
    }
}
