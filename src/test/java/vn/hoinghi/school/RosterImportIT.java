package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.DraftKind;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The roster import as a new school's administrator uses it, each in a school of its own (the demo school
 * that the other tests share is left alone): the template filled in a spreadsheet, the problems report,
 * the import, re-imports, and an assembly launched by the imported principal.
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class RosterImportIT {

    private static final Logger log = LoggerFactory.getLogger(RosterImportIT.class);

    @Autowired ApplicationContext ctx;
    @Autowired AccountDetailsService accounts;
    @Autowired RosterImportService roster;
    @Autowired SchoolAdminService admin;
    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired TaskInbox inbox;
    @Autowired TaskService tasks;
    @Autowired AccountService account;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private TestSchools.Created newSchool() {
        TestSchools.Created school = TestSchools.create(ctx, "Trường THCS Thử Nghiệm " + System.nanoTime());
        TestUsers.signIn(accounts, school.adminUsername());
        return school;
    }

    private RosterPreview preview(byte[] file, String name) {
        return roster.preview(new ByteArrayInputStream(file), name);
    }

    private static String[] set(String[] row, RosterColumn column, String value) {
        String[] copy = row.clone();
        copy[column.ordinal()] = value;
        return copy;
    }

    @Test
    void an_administrator_fills_the_template_fixes_the_two_rows_reported_and_the_next_assembly_follows_the_imported_roles() {
        TestSchools.Created school = newSchool();
        List<String[]> people = new ArrayList<>(RosterFiles.fortyPeople());
        List<String[]> withMistakes = new ArrayList<>(people);
        // Two slips of the kind people make: a department that does not exist, and 31 February.
        withMistakes.set(10, set(people.get(10), RosterColumn.DEPARTMENT, "Tổ Ngữ văn"));
        withMistakes.set(25, set(people.get(25), RosterColumn.DATE_OF_BIRTH, "31/02/1985"));
        byte[] template = roster.xlsxTemplate();

        RosterPreview first = preview(RosterFiles.fillTemplate(template, withMistakes), "danh-sach.xlsx");
        assertThat(first.rows()).hasSize(40);
        assertThat(first.problems()).filteredOn(RosterProblem::error)
                .extracting(RosterProblem::line, RosterProblem::column, RosterProblem::cell, RosterProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(12, RosterColumn.DEPARTMENT, "F12",
                                "roster.problem.unknownDepartment"),
                        org.assertj.core.groups.Tuple.tuple(27, RosterColumn.DATE_OF_BIRTH, "C27",
                                "roster.problem.badDate"));
        assertThatThrownBy(() -> roster.importRows(first, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("roster.hasErrors");
        assertThat(directory.allStaff(school.schoolId(), LocalDate.now())).hasSize(1);

        RosterPreview fixed = preview(RosterFiles.fillTemplate(template, people), "danh-sach.xlsx");
        assertThat(fixed.hasErrors()).isFalse();
        assertThat(fixed.toCreate()).isEqualTo(40);
        RosterImportSummary done = roster.importRows(fixed, false);
        assertThat(done.created()).isEqualTo(40);
        assertThat(done.accounts()).hasSize(40).allSatisfy(a -> assertThat(a.initialPassword()).hasSize(12));
        Map<String, IssuedAccount> byCode = done.accounts().stream()
                .collect(Collectors.toMap(IssuedAccount::code, Function.identity()));

        // The imported people sign in with their initial passwords, and must change them first.
        AppUser principal = accounts.findUser(byCode.get("HT01").username()).orElseThrow();
        assertThat(ctx.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                .matches(byCode.get("HT01").initialPassword(), principal.getPassword())).isTrue();
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.roles()).contains(Role.PRINCIPAL);
        // "to khoa hoc tu nhien" and "Văn phòng" were matched to the school's departments.
        assertThat(directory.staff(byCode.get("GV02").staffId()).departmentName()).isEqualTo("Tổ Khoa học tự nhiên");
        assertThat(directory.staff(byCode.get("NV01").staffId()).departmentName()).isEqualTo("Tổ Văn phòng");
        // Department heads lead the departments they work in.
        AppUser headTn = accounts.findUser(byCode.get("GV07").username()).orElseThrow();
        assertThat(headTn.taskGroups()).contains(TaskGroups.department(school.schoolId(),
                school.departments().get("Tổ Khoa học tự nhiên"), Role.DEPARTMENT_HEAD));
        AppUser unionHeadVp = accounts.findUser(byCode.get("NV03").username()).orElseThrow();
        assertThat(unionHeadVp.taskGroups()).contains(TaskGroups.department(school.schoolId(),
                school.departments().get("Tổ Văn phòng"), Role.UNION_GROUP_HEAD));

        // The imported principal launches the next assembly; its first task is theirs.
        TestUsers.signIn(accounts, principal.getUsername());
        long assemblyId = launch.launch(launchForm("2025-2026", LocalDate.of(2025, 9, 22)));
        List<TaskInbox.TaskRow> principalTasks = inbox.page("", 0, 50);
        assertThat(principalTasks).hasSize(1);
        String prep = principalTasks.get(0).id();
        assertThat(tasks.createTaskQuery().taskId(prep).singleResult().getTaskDefinitionKey())
                .isEqualTo(AssemblyStep.PREPARATORY_MEETING.taskId());
        TestUsers.signIn(accounts, byCode.get("GV20").username());
        assertThat(inbox.page("", 0, 50)).isEmpty();

        // The preparatory meeting suggests each draft's author by role: all of them imported people.
        TestUsers.signIn(accounts, principal.getUsername());
        PreparationService.PreparatoryData data = preparation.preparatory(prep);
        preparation.recordPreparatory(prep, new Inputs.Preparatory(LocalDate.of(2025, 9, 22),
                data.suggestedAttendees(), "Trưởng ban: Hiệu trưởng", "", data.suggestedAssignments()));
        Map<DraftKind, String> authorOf = Map.of(DraftKind.PRINCIPAL_REPORT, "HT01", DraftKind.UNION_REPORT, "GV01",
                DraftKind.FINANCE_REPORT, "NV01", DraftKind.SPENDING_RULES, "NV01", DraftKind.REGULATIONS, "PHT01",
                DraftKind.EMULATION_REPORT, "PHT01", DraftKind.INSPECTION_REPORT, "GV04",
                DraftKind.BOARD_CANDIDATES, "GV01");
        List<Task> drafting = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskDefinitionKey(AssemblyStep.DRAFTING.taskId()).list();
        assertThat(drafting).hasSize(8);
        assertThat(drafting).extracting(Task::getAssignee).containsOnly(authorOf.values().stream()
                .map(code -> byCode.get(code).username()).distinct().toArray(String[]::new));
        // Each author finds their draft in their inbox.
        for (Map.Entry<String, List<Task>> e : drafting.stream().collect(Collectors.groupingBy(Task::getAssignee))
                .entrySet()) {
            TestUsers.signIn(accounts, e.getKey());
            assertThat(inbox.page("", 0, 50)).extracting(TaskInbox.TaskRow::id)
                    .containsAll(e.getValue().stream().map(Task::getId).toList());
        }
    }

    @Test
    void a_person_who_leaves_gets_no_new_tasks_but_stays_in_old_records() {
        TestSchools.Created school = newSchool();
        RosterImportSummary done = roster.importRows(preview(RosterFiles.fillTemplate(roster.xlsxTemplate(),
                RosterFiles.fortyPeople()), "ds.xlsx"), false);
        Map<String, IssuedAccount> byCode = done.accounts().stream()
                .collect(Collectors.toMap(IssuedAccount::code, Function.identity()));
        IssuedAccount accountant = byCode.get("NV01");
        TestUsers.signIn(accounts, byCode.get("HT01").username());
        long assemblyId = launch.launch(launchForm("2025-2026", LocalDate.of(2025, 9, 22)));
        String prep = inbox.page("", 0, 50).get(0).id();
        PreparationService.PreparatoryData data = preparation.preparatory(prep);
        preparation.recordPreparatory(prep, new Inputs.Preparatory(LocalDate.of(2025, 9, 22),
                data.suggestedAttendees(), "", "", data.suggestedAssignments()));

        // Mid-year the accountant leaves: the drafts she was writing go to the principal first.
        List<String> hers = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskAssignee(accountant.username()).list().stream().map(Task::getId).toList();
        assertThat(hers).hasSize(2);
        TestUsers.signIn(accounts, school.adminUsername());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> admin.deactivate(accountant.staffId()))
                .hasMessage("staff.holdsTasks");
        long principal = accounts.findUser(byCode.get("HT01").username()).orElseThrow().staffId();
        admin.handOverAndDeactivate(accountant.staffId(),
                hers.stream().collect(Collectors.toMap(Function.identity(), t -> principal)), "Nghỉ việc");

        AppUser gone = accounts.findUser(accountant.username()).orElseThrow();
        assertThat(gone.isEnabled()).as("can sign in").isFalse();
        assertThat(gone.roles()).containsOnly(Role.STAFF);
        assertThat(gone.taskGroups()).containsOnly(TaskGroups.school(school.schoolId(), Role.STAFF));
        assertThat(directory.holders(school.schoolId(), Role.ACCOUNTANT)).isEmpty();
        // The records keep the name: the staff record, and the drafts already given to the accountant.
        StaffInfo record = directory.staff(accountant.staffId());
        assertThat(record.fullName()).isEqualTo("Khúc Thị Hằng");
        assertThat(record.active()).isFalse();
        assertThat(directory.allStaff(school.schoolId(), LocalDate.now())).extracting(StaffInfo::fullName)
                .contains("Khúc Thị Hằng");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskAssignee(accountant.username()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assemblyId))
                .taskAssignee(byCode.get("HT01").username()).list()).extracting(Task::getId).containsAll(hers);

        // A new assembly (the next year) gives the accountant nothing: no suggestion, and no assignment accepted.
        TestUsers.signIn(accounts, byCode.get("HT01").username());
        launch.launch(launchForm("2026-2027", LocalDate.of(2026, 9, 21)));
        String nextPrep = inbox.page("", 0, 50).stream().filter(t -> !t.id().equals(prep))
                .filter(t -> tasks.createTaskQuery().taskId(t.id()).singleResult().getTaskDefinitionKey()
                        .equals(AssemblyStep.PREPARATORY_MEETING.taskId())).findFirst().orElseThrow().id();
        PreparationService.PreparatoryData next = preparation.preparatory(nextPrep);
        assertThat(next.staff()).extracting(StaffInfo::id).doesNotContain(accountant.staffId());
        assertThat(next.suggestedAssignments()).filteredOn(a -> a.kind() == DraftKind.FINANCE_REPORT)
                .extracting(Inputs.DraftAssignment::authorId).containsOnlyNulls();
        List<Inputs.DraftAssignment> toAccountant = next.suggestedAssignments().stream()
                .map(a -> new Inputs.DraftAssignment(a.kind(), a.kind() == DraftKind.FINANCE_REPORT
                        ? Long.valueOf(accountant.staffId()) : a.authorId(), a.dueOn()))
                .toList();
        assertThatThrownBy(() -> preparation.recordPreparatory(nextPrep, new Inputs.Preparatory(
                LocalDate.of(2026, 9, 21), next.suggestedAttendees(), "", "", toAccountant)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void re_importing_updates_people_by_staff_code_and_never_duplicates_them() {
        TestSchools.Created school = newSchool();
        List<String[]> people = new ArrayList<>(RosterFiles.fortyPeople());
        roster.importRows(preview(RosterFiles.fillTemplate(roster.xlsxTemplate(), people), "ds.xlsx"), false);
        long headOfTnId = staffId(school, "GV07");

        // A year on: GV07 moves to the social sciences and leads it; GV08 steps down; one phone changes.
        List<String[]> year2 = new ArrayList<>(people);
        year2.set(9, set(set(people.get(9), RosterColumn.DEPARTMENT, "Tổ Khoa học xã hội"), RosterColumn.ROLES,
                "Tổ trưởng chuyên môn"));
        year2.set(10, set(people.get(10), RosterColumn.ROLES, ""));
        year2.set(20, set(people.get(20), RosterColumn.PHONE, "0987 654 321"));
        RosterPreview again = preview(RosterFiles.fillTemplate(roster.xlsxTemplate(), year2), "ds-2.xlsx");
        assertThat(again.toCreate()).isZero();
        assertThat(again.toUpdate()).isEqualTo(40);
        RosterImportSummary done = roster.importRows(again, false);

        assertThat(done.created()).isZero();
        assertThat(done.updated()).isEqualTo(2);
        assertThat(done.unchanged()).isEqualTo(38);
        assertThat(done.accounts()).isEmpty();
        assertThat(directory.allStaff(school.schoolId(), LocalDate.now())).hasSize(41);
        assertThat(staffId(school, "GV07")).isEqualTo(headOfTnId);
        long xh = school.departments().get("Tổ Khoa học xã hội");
        assertThat(directory.staff(headOfTnId).departmentId()).isEqualTo(xh);
        AppUser moved = accounts.findUser(directory.staff(headOfTnId).username()).orElseThrow();
        assertThat(moved.taskGroups()).contains(TaskGroups.department(school.schoolId(), xh, Role.DEPARTMENT_HEAD))
                .doesNotContain(TaskGroups.department(school.schoolId(),
                        school.departments().get("Tổ Khoa học tự nhiên"), Role.DEPARTMENT_HEAD));
        assertThat(directory.rolesInForce(staffId(school, "GV08"), LocalDate.now())).isEmpty();
        assertThat(directory.staff(staffId(school, "GV21")).username()).isNotNull();

        // The same file once more changes nothing.
        RosterImportSummary third = roster.importRows(preview(RosterFiles.fillTemplate(roster.xlsxTemplate(), year2),
                "ds-2.xlsx"), false);
        assertThat(third.updated()).isZero();
        assertThat(third.unchanged()).isEqualTo(40);
        assertThat(third.rolesStarted()).isZero();
        assertThat(third.rolesEnded()).isZero();
    }

    private long staffId(TestSchools.Created school, String code) {
        return directory.allStaff(school.schoolId(), LocalDate.now()).stream().filter(s -> s.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    @Test
    void each_kind_of_bad_row_is_reported_by_row_and_column_with_its_reason() {
        newSchool();
        String[] ok = RosterFiles.row("GV90", "Phan Văn Đúng", "02/09/1985", "Nam", "GV", "Tổ Tiểu học",
                "dung@thcs.edu.vn", "0912345678", "Có", "");
        List<String[]> rows = List.of(
                ok,
                set(set(ok, RosterColumn.CODE, "GV90"), RosterColumn.FULL_NAME, "Trùng Mã"),    // 3: duplicate code
                set(ok, RosterColumn.CODE, ""),                                                   // 4
                set(set(ok, RosterColumn.CODE, "GV91"), RosterColumn.FULL_NAME, ""),              // 5
                set(set(ok, RosterColumn.CODE, "GV92"), RosterColumn.DATE_OF_BIRTH, "1985/13/45"),// 6
                set(set(ok, RosterColumn.CODE, "GV93"), RosterColumn.GENDER, "Khác"),             // 7
                set(set(ok, RosterColumn.CODE, "GV94"), RosterColumn.POSITION, "Giám đốc"),       // 8
                set(set(ok, RosterColumn.CODE, "GV95"), RosterColumn.POSITION, ""),               // 9
                set(set(ok, RosterColumn.CODE, "GV96"), RosterColumn.DEPARTMENT, "Tổ Âm nhạc"),   // 10
                set(set(ok, RosterColumn.CODE, "GV97"), RosterColumn.EMAIL, "dung@"),             // 11
                set(set(ok, RosterColumn.CODE, "GV98"), RosterColumn.PHONE, "12-34"),             // 12
                set(set(ok, RosterColumn.CODE, "GV99"), RosterColumn.UNION_MEMBER, "Có lẽ"),      // 13
                set(set(ok, RosterColumn.CODE, "GV100"), RosterColumn.ROLES, "Hiệu trưởng; Phó chủ tịch nước"), // 14
                set(set(set(ok, RosterColumn.CODE, "GV101"), RosterColumn.DEPARTMENT, ""),
                        RosterColumn.ROLES, "Tổ trưởng chuyên môn"),                              // 15
                set(set(ok, RosterColumn.CODE, "GV102"), RosterColumn.ROLES, "Cơ quan quản lý cấp trên"), // 16
                set(set(ok, RosterColumn.CODE, "GV103"), RosterColumn.DATE_OF_BIRTH, "01/01/2020")); // 17
        RosterPreview p = preview(RosterFiles.xlsx(RosterFiles.headers(), rows), "loi.xlsx");

        assertThat(p.problems()).filteredOn(RosterProblem::error)
                .extracting(RosterProblem::line, RosterProblem::column, RosterProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, RosterColumn.CODE, "roster.problem.codeDuplicate"),
                        org.assertj.core.groups.Tuple.tuple(4, RosterColumn.CODE, "roster.problem.codeMissing"),
                        org.assertj.core.groups.Tuple.tuple(5, RosterColumn.FULL_NAME, "roster.problem.nameMissing"),
                        org.assertj.core.groups.Tuple.tuple(6, RosterColumn.DATE_OF_BIRTH, "roster.problem.badDate"),
                        org.assertj.core.groups.Tuple.tuple(7, RosterColumn.GENDER, "roster.problem.badGender"),
                        org.assertj.core.groups.Tuple.tuple(8, RosterColumn.POSITION, "roster.problem.badPosition"),
                        org.assertj.core.groups.Tuple.tuple(9, RosterColumn.POSITION, "roster.problem.positionMissing"),
                        org.assertj.core.groups.Tuple.tuple(10, RosterColumn.DEPARTMENT,
                                "roster.problem.unknownDepartment"),
                        org.assertj.core.groups.Tuple.tuple(11, RosterColumn.EMAIL, "roster.problem.badEmail"),
                        org.assertj.core.groups.Tuple.tuple(12, RosterColumn.PHONE, "roster.problem.badPhone"),
                        org.assertj.core.groups.Tuple.tuple(13, RosterColumn.UNION_MEMBER, "roster.problem.badYesNo"),
                        org.assertj.core.groups.Tuple.tuple(14, RosterColumn.ROLES, "roster.problem.unknownRole"),
                        org.assertj.core.groups.Tuple.tuple(15, RosterColumn.ROLES,
                                "roster.problem.roleNeedsDepartment"),
                        org.assertj.core.groups.Tuple.tuple(16, RosterColumn.ROLES,
                                "roster.problem.roleNotAssignable"),
                        org.assertj.core.groups.Tuple.tuple(17, RosterColumn.DATE_OF_BIRTH,
                                "roster.problem.implausibleDate"));
        RosterProblem duplicate = p.problems().stream().filter(pr -> pr.line() == 3).findFirst().orElseThrow();
        assertThat(duplicate.cell()).isEqualTo("A3");
        assertThat(duplicate.args()).containsExactly("GV90", 2);
        RosterProblem role = p.problems().stream().filter(pr -> pr.line() == 14 && pr.error()).findFirst()
                .orElseThrow();
        assertThat(role.args()).containsExactly("Phó chủ tịch nước");
        assertThat(p.validCount()).isEqualTo(1);

        // Only the valid rows, when the administrator asks for exactly that.
        RosterImportSummary done = roster.importRows(p, true);
        assertThat(done.created()).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(15);
    }

    @Test
    void wrong_headers_an_empty_file_and_a_renamed_non_spreadsheet_are_refused_with_a_reason() {
        newSchool();
        byte[] wrongHeaders = RosterFiles.xlsx(new String[]{"STT", "Tên", "Lớp"},
                List.<String[]>of(new String[]{"1", "Nguyễn Văn A", "6A"}));
        assertRefused(wrongHeaders, "ds.xlsx", "roster.file.noHeader");
        byte[] missingPosition = RosterFiles.xlsx(new String[]{"Mã cán bộ", "Họ và tên", "Tổ"},
                List.<String[]>of(new String[]{"GV1", "Nguyễn Văn A", "Tổ Tiểu học"}));
        assertRefused(missingPosition, "ds.xlsx", "roster.file.missingColumns");
        assertRefused(new byte[0], "ds.xlsx", "roster.file.empty");
        assertRefused("  \r\n".getBytes(StandardCharsets.UTF_8), "ds.csv", "roster.file.empty");
        assertRefused(RosterFiles.xlsx(RosterFiles.headers(), List.of()), "ds.xlsx", "roster.file.noRows");
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(pdf, "danh-sach.xlsx", "roster.file.notSpreadsheet");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused(png, "danh-sach.xlsx", "roster.file.notSpreadsheet");
        assertRefused(wordDocument(), "danh-sach.xlsx", "roster.file.notSpreadsheet");
        byte[] windows1258 = "Mã cán bộ,Họ và tên,Chức vụ\r\nGV1,Nguyễn Văn A,GV\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));
        assertRefused(windows1258, "ds.csv", "roster.file.notUtf8");
        byte[] twoNames = RosterFiles.xlsx(new String[]{"Mã cán bộ", "Họ và tên", "Họ tên", "Chức vụ"},
                List.<String[]>of(new String[]{"GV1", "A", "A", "GV"}));
        assertRefused(twoNames, "ds.xlsx", "roster.file.duplicateColumn");
    }

    private void assertRefused(byte[] file, String name, String key) {
        assertThatThrownBy(() -> preview(file, name)).as(key).isInstanceOf(BusinessRuleException.class)
                .hasMessage(key);
    }

    /** A .docx: a zip package like a workbook, but a Word document. */
    private static byte[] wordDocument() {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Danh sách cán bộ");
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_csv_saved_with_semicolons_and_a_byte_order_mark_reads_like_the_workbook() {
        TestSchools.Created school = newSchool();
        // Column order of the spreadsheet program's export, a title line above, a running-number column.
        String[] header = {"STT", "Họ và tên", "Mã CB", "Chức vụ", "Tổ", "Vai trò", "Ngày sinh", "Điện thoại"};
        List<String[]> rows = List.of(
                new String[]{"1", "Nguyễn Văn Hùng", "A1", "CBQL", "", "Hiệu trưởng", "2/9/1975", "912345678"},
                new String[]{"2", "Lê Thị Hồng", "A2", "giáo viên", "tổ tiểu học", "CTCĐ; Ủy viên BCH Công đoàn",
                        "1980-01-21", "+84 912 000 111"},
                new String[]{"3", "", "", "", "", "", "", ""});
        byte[] csv = RosterFiles.csv(header, rows, ';', true);
        byte[] titled = new byte[csv.length + "DANH SÁCH CÁN BỘ\r\n".getBytes(StandardCharsets.UTF_8).length];
        byte[] title = "DANH SÁCH CÁN BỘ\r\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(csv, 0, titled, 0, 3);
        System.arraycopy(title, 0, titled, 3, title.length);
        System.arraycopy(csv, 3, titled, 3 + title.length, csv.length - 3);

        RosterPreview p = preview(titled, "danh-sach.csv");
        assertThat(p.hasErrors()).as("%s", p.problems()).isFalse();
        assertThat(p.rows()).hasSize(2);
        assertThat(p.problems()).extracting(RosterProblem::messageKey).containsOnly("roster.warn.unknownColumn");
        RosterRow hung = p.rows().get(0);
        assertThat(hung.line()).isEqualTo(3);
        assertThat(hung.dateOfBirth()).isEqualTo(LocalDate.of(1975, 9, 2));
        assertThat(hung.phone()).isEqualTo("0912345678");
        assertThat(hung.position()).isEqualTo(Position.CBQL);
        RosterRow hong = p.rows().get(1);
        assertThat(hong.departmentId()).isEqualTo(school.departments().get("Tổ Tiểu học"));
        assertThat(hong.roles()).containsExactly(Role.UNION_CHAIR, Role.UNION_EXECUTIVE);
        assertThat(hong.phone()).isEqualTo("+84912000111");
        roster.importRows(p, false);
        assertThat(directory.holders(school.schoolId(), Role.UNION_CHAIR)).extracting(StaffInfo::fullName)
                .containsExactly("Lê Thị Hồng");
    }

    @Test
    void ten_thousand_rows_import_in_one_go() {
        TestSchools.Created school = newSchool();
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
        String[] middle = {"Văn", "Thị", "Hữu", "Minh", "Thu", "Ngọc", "Đức", "Thanh"};
        String[] given = {"An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Oanh", "Phúc",
                "Quân", "Sơn", "Tâm", "Uyên", "Vy", "Xuân", "Yến", "Đạt"};
        String[] depts = TestSchools.DEPARTMENTS.toArray(String[]::new);
        Random random = new Random(10_000);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            String role = i % 250 == 0 ? "Tổ trưởng chuyên môn" : i % 97 == 0 ? "Ủy viên BCH Công đoàn" : "";
            rows.add(new String[]{"CB" + i, family[random.nextInt(family.length)] + " "
                    + middle[random.nextInt(middle.length)] + " " + given[random.nextInt(given.length)],
                    String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                            1965 + random.nextInt(35)), random.nextBoolean() ? "Nam" : "Nữ", i % 9 == 0 ? "NV" : "GV",
                    depts[i % depts.length], "", "09" + (10_000_000 + i), random.nextInt(10) == 0 ? "Không" : "Có",
                    role});
        }
        byte[] file = RosterFiles.xlsx(RosterFiles.headers(), rows);

        long started = System.nanoTime();
        RosterPreview p = preview(file, "10000.xlsx");
        long previewed = System.nanoTime();
        assertThat(p.rows()).hasSize(10_000);
        assertThat(p.hasErrors()).isFalse();
        RosterImportSummary done = roster.importRows(p, false);
        long imported = System.nanoTime();
        log.info("Roster of 10,000 rows ({} KB): preview {} ms, import {} ms", file.length / 1024,
                (previewed - started) / 1_000_000, (imported - previewed) / 1_000_000);

        assertThat(done.created()).isEqualTo(10_000);
        assertThat(done.accounts()).extracting(IssuedAccount::username).doesNotHaveDuplicates();
        assertThat(admin.countStaff(new StaffFilter("", false))).isEqualTo(10_001);
        assertThat(admin.countStaff(new StaffFilter("cb9999", false))).isEqualTo(1);
        assertThat(admin.staffPage(new StaffFilter("", false), org.springframework.data.domain.PageRequest.of(3, 50)))
                .hasSize(50);
    }

    @Test
    void a_file_for_another_school_is_not_imported() {
        newSchool();
        RosterPreview p = preview(RosterFiles.fillTemplate(roster.xlsxTemplate(), RosterFiles.fortyPeople()),
                "ds.xlsx");
        newSchool();
        assertThatThrownBy(() -> roster.importRows(p, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("error.accessDenied");
    }

    @Test
    void a_person_chooses_their_own_password_and_a_reset_one_must_be_changed_again() {
        TestSchools.Created school = newSchool();
        IssuedAccount teacher = roster.importRows(preview(RosterFiles.fillTemplate(roster.xlsxTemplate(),
                RosterFiles.fortyPeople().subList(0, 3)), "ds.xlsx"), false).accounts().get(2);

        TestUsers.signIn(accounts, teacher.username());
        assertThatThrownBy(() -> account.changePassword("wrong", "mat-khau-moi", "mat-khau-moi"))
                .hasMessage("password.currentWrong");
        account.changePassword(teacher.initialPassword(), "mat-khau-moi", "mat-khau-moi");
        AppUser changed = accounts.findUser(teacher.username()).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(encoder.matches("mat-khau-moi", changed.getPassword())).isTrue();
        // The stored hash of a chosen password is bcrypt at full strength.
        assertThat(changed.getPassword()).startsWith("{bcrypt}$2a$10$");

        TestUsers.signIn(accounts, school.adminUsername());
        String reset = admin.resetPassword(teacher.staffId());
        AppUser afterReset = accounts.findUser(teacher.username()).orElseThrow();
        assertThat(afterReset.mustChangePassword()).isTrue();
        assertThat(encoder.matches(reset, afterReset.getPassword())).isTrue();
        assertThat(encoder.matches("mat-khau-moi", afterReset.getPassword())).isFalse();
    }

    private static LaunchForm launchForm(String year, LocalDate start) {
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear(year);
        f.setKind(AssemblyKind.REGULAR);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(start);
        f.setKeyStaffOn(start.plusDays(1));
        f.setGroupMeetingsOn(start.plusDays(2));
        f.setPlenaryOn(start.plusDays(7));
        f.setFilingDeadline(start.plusDays(9));
        f.setElectBoard(true);
        f.setBoardSeats(3);
        return f;
    }
}
