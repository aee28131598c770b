package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.calendar.HolidayKind;
import vn.hoinghi.calendar.WorkingDayCalendar;
import vn.hoinghi.school.ProvinceRecords.AccountRow;
import vn.hoinghi.school.ProvinceRecords.BodyForm;
import vn.hoinghi.school.ProvinceRecords.OneTimePassword;
import vn.hoinghi.school.ProvinceRecords.SchoolForm;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.VietnamTime;

/**
 * The province's set-up through the services, as the system administrator works it: bodies, the schools
 * file with its bad rows, re-import, moves, officers and first administrators; and who is refused.
 */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class ProvinceIT {

    private static final String ADMIN = "quantrihethong";

    @Autowired ApplicationContext ctx;
    @Autowired AccountDetailsService accounts;
    @Autowired ProvinceService province;
    @Autowired ProvinceAccounts provinceAccounts;
    @Autowired SchoolsImportService schoolsImport;
    @Autowired WorkingDayCalendar calendar;
    @Autowired AccountService account;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    private long body(String name, String code) {
        return province.createBody(new BodyForm(code, name, BodyKind.COMMUNE_PEOPLES_COMMITTEE, null));
    }

    private byte[] schoolsFile(List<String[]> rows) {
        return RosterFiles.fillTemplate(schoolsImport.xlsxTemplate(), rows);
    }

    private static String[] school(String code, String name, String level, String body, String principal,
                                   String email) {
        String[] row = new String[SchoolColumn.values().length];
        row[SchoolColumn.CODE.ordinal()] = code;
        row[SchoolColumn.NAME.ordinal()] = name;
        row[SchoolColumn.LEVEL.ordinal()] = level;
        row[SchoolColumn.BODY.ordinal()] = body;
        row[SchoolColumn.ADDRESS.ordinal()] = "Thôn 1, xã Tân Lập, tỉnh Phú Thọ";
        row[SchoolColumn.PRINCIPAL.ordinal()] = principal;
        row[SchoolColumn.PRINCIPAL_EMAIL.ordinal()] = email;
        return row;
    }

    @Test
    void the_demo_has_a_system_administrator_who_reaches_the_province_and_no_school() {
        AppUser admin = TestUsers.signIn(accounts, ADMIN);
        assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(admin.schoolId()).isNull();
        assertThat(admin.taskGroups()).isEmpty();
        assertThat(province.bodies()).extracting(ProvinceRecords.BodyRow::name).contains("Ủy ban nhân dân xã Hồng Hà");
    }

    @Test
    void a_schools_file_with_bad_rows_is_refused_by_row_and_only_the_valid_rows_are_imported_when_asked() {
        TestUsers.signIn(accounts, ADMIN);
        String bodyA = unique("Ủy ban nhân dân xã Tân Lập");
        String codeB = "XB" + System.nanoTime();
        body(bodyA, null);
        body(unique("Ủy ban nhân dân xã Minh Hòa"), codeB);
        String p = "T" + System.nanoTime();
        List<String[]> rows = new ArrayList<>();
        rows.add(school(p + "1", "Trường Tiểu học Tân Lập", "Tiểu học", bodyA, "Nguyễn Văn Hiệu",
                "hieu@tanlap.edu.vn"));
        // the body by its code, the level without diacritics
        rows.add(school(p + "2", "Trường THCS Minh Hòa", "thcs", codeB, null, null));
        rows.add(school(p + "3", "Trường Mầm non Hoa Mai", "Mầm non", "Ủy ban nhân dân xã Không Có", null, null));
        rows.add(school(p + "1", "Trường THPT Tân Lập", "THPT", bodyA, null, null));
        rows.add(school(p + "5", "", "Liên cấp", bodyA, null, null));
        rows.add(school(p + "6", "Trường Tiểu học Đồi Cọ", "Đại học", bodyA, null, null));

        SchoolsPreview preview = schoolsImport.preview(new ByteArrayInputStream(schoolsFile(rows)), "truong.xlsx");

        assertThat(preview.rows()).hasSize(6);
        assertThat(preview.validCount()).isEqualTo(2);
        assertThat(preview.problems()).extracting(SchoolsPreview.Problem::line, SchoolsPreview.Problem::column,
                SchoolsPreview.Problem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, SchoolColumn.BODY, "schools.problem.bodyUnknown"),
                org.assertj.core.groups.Tuple.tuple(5, SchoolColumn.CODE, "schools.problem.codeDuplicate"),
                org.assertj.core.groups.Tuple.tuple(6, SchoolColumn.NAME, "schools.problem.nameMissing"),
                org.assertj.core.groups.Tuple.tuple(7, SchoolColumn.LEVEL, "schools.problem.levelUnknown"));
        assertThat(preview.problems().stream().filter(pr -> pr.line() == 4).findFirst().orElseThrow().cell())
                .isEqualTo("D4");
        long before = province.countSchools(null, "");

        assertThatThrownBy(() -> schoolsImport.importRows(preview, false)).hasMessage("schools.import.hasErrors");
        assertThat(province.countSchools(null, "")).isEqualTo(before);

        SchoolsImportSummary done = schoolsImport.importRows(preview, true);
        assertThat(done.created()).isEqualTo(2);
        assertThat(done.skipped()).isEqualTo(4);
        assertThat(province.countSchools(null, "")).isEqualTo(before + 2);
        // The named principal got the school's first administrator account, to be changed at first sign-in.
        assertThat(done.administrators()).singleElement().satisfies(a -> {
            assertThat(a.fullName()).isEqualTo("Nguyễn Văn Hiệu");
            AppUser principal = accounts.findUser(a.username()).orElseThrow();
            assertThat(principal.roles()).contains(Role.ADMIN, Role.PRINCIPAL);
            assertThat(principal.mustChangePassword()).isTrue();
        });
        ProvinceRecords.SchoolRow tanLap = province.schools(null, p + "1", 0, 10).getFirst();
        assertThat(tanLap.shortCode()).isEqualTo("THTL");
        assertThat(tanLap.placeName()).isEqualTo("Tân Lập");
        assertThat(tanLap.level()).isEqualTo(SchoolLevel.TIEU_HOC);
    }

    @Test
    void a_re_import_updates_schools_by_code_and_moves_a_school_whose_body_changed() {
        TestUsers.signIn(accounts, ADMIN);
        String bodyA = unique("Ủy ban nhân dân phường Bắc Sơn");
        String bodyB = unique("Ủy ban nhân dân phường Nam Sơn");
        body(bodyA, null);
        long b = body(bodyB, null);
        String code = "R" + System.nanoTime();
        schoolsImport.importRows(schoolsImport.preview(new ByteArrayInputStream(schoolsFile(List.<String[]>of(
                school(code, "Trường Tiểu học Bắc Sơn", "Tiểu học", bodyA, null, null)))), "a.xlsx"), false);

        SchoolsPreview again = schoolsImport.preview(new ByteArrayInputStream(schoolsFile(List.<String[]>of(
                school(code, "Trường Tiểu học Bắc Sơn 2", "Tiểu học", bodyB, null, null)))), "b.xlsx");
        assertThat(again.toUpdate()).isEqualTo(1);
        SchoolsImportSummary done = schoolsImport.importRows(again, false);

        assertThat(done.created()).isZero();
        assertThat(done.updated()).isEqualTo(1);
        assertThat(done.moved()).isEqualTo(1);
        ProvinceRecords.SchoolRow row = province.schools(null, code, 0, 10).getFirst();
        assertThat(row.name()).isEqualTo("Trường Tiểu học Bắc Sơn 2");
        assertThat(row.bodyId()).isEqualTo(b);
        assertThat(province.memberships(row.id())).hasSize(2);
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_whatever_its_name() {
        TestUsers.signIn(accounts, ADMIN);
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> schoolsImport.preview(new ByteArrayInputStream(pdf), "truong.xlsx"))
                .hasMessage("roster.file.notSpreadsheet");
        byte[] noHeader = "một,hai,ba\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> schoolsImport.preview(new ByteArrayInputStream(noHeader), "truong.csv"))
                .hasMessage("schools.file.noHeader");
        byte[] missing = "Mã trường,Tên trường\nA1,Trường A\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> schoolsImport.preview(new ByteArrayInputStream(missing), "truong.csv"))
                .hasMessage("schools.file.missingColumns");
    }

    @Test
    void a_school_is_created_with_its_first_administrator_and_a_bad_value_names_its_field() {
        TestUsers.signIn(accounts, ADMIN);
        long b = body(unique("Sở Giáo dục và Đào tạo Thử"), null);
        assertThatThrownBy(() -> province.createSchool(new SchoolForm("", "Trường THPT A", SchoolLevel.THPT, b, null,
                null, null, null, null, false))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.field()).isEqualTo("code"));
        String code = "C" + System.nanoTime();
        var created = province.createSchool(new SchoolForm(code, "Trường THPT Chuyên Hùng Vương", SchoolLevel.THPT, b,
                "Phường Việt Trì, tỉnh Phú Thọ", "Trần Thị Lan", "lan@hv.edu.vn", null, null, true));
        assertThat(created.administrator().initialPassword()).hasSize(12);
        assertThat(provinceAccounts.hasAdministrator(created.schoolId())).isTrue();
        assertThatThrownBy(() -> province.createSchool(new SchoolForm(code, "Trường khác", SchoolLevel.THPT, b, null,
                null, null, null, null, false))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> province.moveSchool(created.schoolId(), body(unique("UBND xã Mới"), null),
                VietnamTime.today().plusDays(1))).hasMessage("province.move.future");
    }

    @Test
    void officers_and_school_administrators_cannot_reach_the_province_services_or_change_the_holidays() {
        for (String username : List.of("chuyenvien", "quantri", "hieutruong")) {
            TestUsers.signIn(accounts, username);
            assertThatThrownBy(() -> province.bodies()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> province.createBody(new BodyForm(null, "X", BodyKind.OTHER, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schoolsImport.xlsxTemplate()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calendar.addHoliday(LocalDate.of(2027, 12, 1), HolidayKind.HOLIDAY,
                    "Ngày thử", null)).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn(accounts, "chuyenvien");
        assertThatThrownBy(() -> provinceAccounts.officers(1L)).hasMessage("error.accessDenied");
    }

    @Test
    void an_officer_resets_and_unlocks_their_own_schools_administrators_and_nobody_elses() {
        TestUsers.signIn(accounts, ADMIN);
        long other = body(unique("Ủy ban nhân dân xã Xa Lạ"), null);
        var otherSchool = province.createSchool(new SchoolForm("O" + System.nanoTime(), "Trường Tiểu học Xa Lạ",
                SchoolLevel.TIEU_HOC, other, null, "Lê Văn Xa", null, null, null, true));
        OneTimePassword officer = provinceAccounts.createOfficer(other, "Phan Văn Quản", "quan@xala.gov.vn");
        long honghaBody = province.bodies().stream().filter(b -> b.name().equals("Ủy ban nhân dân xã Hồng Hà"))
                .findFirst().orElseThrow().id();
        TestUsers.signOut();

        AppUser chuyenvien = TestUsers.signIn(accounts, "chuyenvien");
        assertThat(chuyenvien.supervisingBodyId()).isEqualTo(honghaBody);
        List<AccountRow> mine = provinceAccounts.schoolAdministrators(honghaBody);
        assertThat(mine).extracting(AccountRow::username).contains("quantri");
        assertThatThrownBy(() -> provinceAccounts.schoolAdministrators(other)).hasMessage("error.accessDenied");
        assertThatThrownBy(() -> provinceAccounts.resetSchoolAdministrator(otherSchool.administrator().staffId()))
                .hasMessage("error.accessDenied");
        assertThatThrownBy(() -> provinceAccounts.createOfficer(honghaBody, "Ai Đó", null))
                .hasMessage("error.accessDenied");
        AccountRow quantri = mine.stream().filter(a -> a.username().equals("quantri")).findFirst().orElseThrow();
        provinceAccounts.unlockSchoolAdministrator(quantri.id());
        // A member of staff who is not an administrator is not the officer's to reset.
        long teacher = ctx.getBean(StaffRepository.class).findByUsername("giaovien").orElseThrow().getId();
        assertThatThrownBy(() -> provinceAccounts.resetSchoolAdministrator(teacher)).hasMessage("error.accessDenied");

        // The new officer signs in with the one-time password and must change it.
        AppUser newOfficer = accounts.findUser(officer.username()).orElseThrow();
        assertThat(newOfficer.mustChangePassword()).isTrue();
        assertThat(ctx.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                .matches(officer.password(), newOfficer.getPassword())).isTrue();
    }
}
