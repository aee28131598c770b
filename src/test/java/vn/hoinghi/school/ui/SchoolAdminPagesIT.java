package vn.hoinghi.school.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.school.IssuedAccount;
import vn.hoinghi.school.RosterFiles;
import vn.hoinghi.school.RosterImportService;
import vn.hoinghi.school.RosterImportSummary;
import vn.hoinghi.school.RosterProblem;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.school.SchoolSettingsForm;
import vn.hoinghi.school.SchoolSettingsService;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.school.StaffRow;
import vn.hoinghi.school.TestSchools;
import vn.hoinghi.security.Role;

/** The administrator's pages without a browser, in a school of their own: import, settings, staff list. */
class SchoolAdminPagesIT extends KaribuSupport {

    @Autowired RosterImportService roster;
    @Autowired SchoolDirectory directory;
    @Autowired SchoolSettingsService settings;
    @Autowired LaunchService launch;

    private TestSchools.Created school;

    /** A new school with its forty people imported; the administrator is signed in. */
    private RosterImportSummary schoolWithForty() {
        school = TestSchools.create(ctx, "Trường Tiểu học Trang Quản Trị " + System.nanoTime());
        login(school.adminUsername());
        return roster.importRows(roster.preview(new ByteArrayInputStream(
                RosterFiles.fillTemplate(roster.xlsxTemplate(), RosterFiles.fortyPeople())), "ds.xlsx"), false);
    }

    private String username(RosterImportSummary s, String code) {
        return s.accounts().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().username();
    }

    @Test
    void the_import_page_reports_problems_and_imports_only_the_valid_rows_when_asked() {
        school = TestSchools.create(ctx, "Trường Tiểu học Trang Nhập " + System.nanoTime());
        login(school.adminUsername());
        UI.getCurrent().navigate(RosterImportView.class);
        RosterImportView view = _get(RosterImportView.class);

        view.showPreview("khong-phai.xlsx", "%PDF-1.4 giả làm bảng tính".getBytes());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-refused")).getText())
                .contains("không phải bảng tính Excel");

        List<String[]> people = new java.util.ArrayList<>(RosterFiles.fortyPeople().subList(0, 5));
        String[] bad = people.get(2).clone();
        bad[4] = "Giám thị";
        people.set(2, bad);
        view.showPreview("ds.xlsx", RosterFiles.fillTemplate(roster.xlsxTemplate(), people));
        @SuppressWarnings("unchecked")
        Grid<RosterProblem> problems = _get(Grid.class, spec -> spec.withClasses("roster-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(1);
        assertThat(GridKt._get(problems, 0).cell()).isEqualTo("E4");
        assertThat(view.importAll.isEnabled()).isFalse();
        assertThat(view.importValid.isVisible()).isTrue();

        view.doImport(true);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("roster-done")).getText())
                .isEqualTo("Thêm mới 4 người, cập nhật 0 người, 0 người không thay đổi, bỏ qua 1 dòng có lỗi.");
        assertThat(directory.activeStaff(school.schoolId())).hasSize(5);
    }

    @Test
    void a_school_without_a_union_gives_the_union_roles_to_the_staff_representative() {
        RosterImportSummary imported = schoolWithForty();
        UI.getCurrent().navigate(SchoolSettingsView.class);
        SchoolSettingsView view = _get(SchoolSettingsView.class);
        assertThat(view.presidiumSize.getValue()).isEqualTo(3);
        assertThat(view.secretaryCount.getValue()).isEqualTo(2);

        StaffInfo representative = directory.activeStaff(school.schoolId()).stream()
                .filter(s -> s.code().equals("GV20")).findFirst().orElseThrow();
        view.hasUnion.setValue(false);
        view.substitute.setValue(representative);
        view.substituteTitle.setValue("Đại diện tập thể người lao động");
        view.presidiumSize.setValue(5);
        view.save();
        // the union's roles end only once the administrator says so
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = com.github.mvysny.kaributesting.v10.LocatorJ
                ._get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(ask,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(ask, false));

        assertThat(directory.school(school.schoolId()).hasUnion()).isFalse();
        assertThat(directory.localPractice(school.schoolId()).presidiumSize()).isEqualTo(5);
        assertThat(directory.holders(school.schoolId(), Role.UNION_CHAIR)).extracting(StaffInfo::code)
                .contains("GV20");
        assertThat(accounts.findUser(username(imported, "GV20")).orElseThrow().roles())
                .contains(Role.UNION_CHAIR, Role.UNION_EXECUTIVE);

        // A board of 10 is refused by the service, and nothing changes.
        view.boardUnionExecutives.setValue(5);
        view.boardWithoutPost.setValue(5);
        view.save();
        assertThat(directory.localPractice(school.schoolId()).boardSize()).isEqualTo(3);
    }

    @Test
    void the_inspection_boards_term_decides_whether_the_next_assembly_elects_a_board() {
        RosterImportSummary imported = schoolWithForty();
        UI.getCurrent().navigate(SchoolSettingsView.class);
        SchoolSettingsView view = _get(SchoolSettingsView.class);
        LocalDate today = vn.hoinghi.shared.VietnamTime.today();

        view.boardElectedOn.setValue(today.minusMonths(2));
        view.boardTermEndsOn.clear();
        view.save();
        assertThat(directory.school(school.schoolId()).boardTermEndsOn()).isEqualTo(today.minusMonths(2).plusYears(2));
        TestUsers.signIn(accounts, username(imported, "HT01"));
        assertThat(launch.context(today).boardTermEnds()).isFalse();

        login(school.adminUsername());
        UI.getCurrent().navigate(SchoolSettingsView.class);
        view = _get(SchoolSettingsView.class);
        view.boardElectedOn.setValue(today.minusYears(2).minusMonths(1));
        view.boardTermEndsOn.setValue(today.minusMonths(1));
        view.save();
        TestUsers.signIn(accounts, username(imported, "HT01"));
        assertThat(launch.context(today).boardTermEnds()).isTrue();
        assertThat(launch.context(today).defaults().isElectBoard()).isTrue();

        // Only the school's administrator changes its settings: the service checks, not just the page.
        SchoolSettingsForm form = new SchoolSettingsForm();
        assertThatThrownBy(() -> settings.save(form)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_staff_list_pages_from_the_database_and_finds_names_without_diacritics() {
        RosterImportSummary imported = schoolWithForty();
        UI.getCurrent().navigate(StaffView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(41);
        assertThat(_get(Span.class, spec -> spec.withText("41 người"))).isNotNull();

        _get(TextField.class).setValue("luong van thanh");
        assertThat(rows(grid)).extracting(StaffRow::fullName).containsExactly("Lương Văn Thành");
        StaffRow principal = rows(grid).get(0);
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.roles()).contains(Role.PRINCIPAL);
        assertThat(principal.dateOfBirth()).isEqualTo(LocalDate.of(1972, 5, 12));
        assertThat(principal.phone()).isEqualTo("0912000001");
        IssuedAccount gv02 = imported.accounts().stream().filter(a -> a.code().equals("GV02")).findFirst().orElseThrow();
        _get(TextField.class).setValue(gv02.username());
        assertThat(rows(grid)).extracting(StaffRow::code).containsExactly("GV02");
        _get(TextField.class).setValue("100%_");
        assertThat(GridKt._size(grid)).isZero();
    }

    private static List<StaffRow> rows(Grid<StaffRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
