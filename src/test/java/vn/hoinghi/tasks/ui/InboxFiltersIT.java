package vn.hoinghi.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.assembly.FeedbackService;
import vn.hoinghi.assembly.FollowUpService;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PlenaryService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.documents.AssemblyWalk;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.tasks.SavedFilters;
import vn.hoinghi.tasks.SavedFilters.SavedFilter;
import vn.hoinghi.tasks.TaskFilter;
import vn.hoinghi.tasks.TaskFilter.Due;
import vn.hoinghi.tasks.TaskFilter.Scope;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.tasks.TaskInbox.TaskRow;

/** The inbox's views, filters, counters and saved filters, as the people of the demo school use them. */
class InboxFiltersIT extends KaribuSupport {

    @Autowired SchoolDirectory directory;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired FeedbackService feedback;
    @Autowired PlenaryService plenary;
    @Autowired FollowUpService followUp;
    @Autowired TaskInbox inbox;
    @Autowired SavedFilters saved;
    @Autowired TaskService tasks;

    /** An assembly of the year, past its preparatory meeting: seven drafts out to their authors, all overdue. */
    private String draftsOut(int year) {
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, LocalDate.of(year, 9, 21),
                LocalDate.of(year, 9, 22), LocalDate.of(year, 9, 23), LocalDate.of(year, 9, 28),
                LocalDate.of(year, 10, 2), false);
        walk.preparatoryMeeting(LocalDate.of(year, 9, 21));
        return year + "-" + (year + 1);
    }

    /** A fresh inbox for whoever is signed in (navigating to the page already shown would keep the old one). */
    private static void openInbox() {
        UI.getCurrent().navigate("account/password");
        UI.getCurrent().navigate("");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskRow> grid() {
        return _get(Grid.class);
    }

    private static List<TaskRow> rows() {
        Grid<TaskRow> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static void view(Scope scope) {
        Tabs tabs = _get(Tabs.class);
        Tab tab = _get(Tab.class, spec -> spec.withId("inbox-view-" + scope.name().toLowerCase(java.util.Locale.ROOT)));
        tabs.setSelectedTab(tab);
    }

    @Test
    void an_author_of_two_drafts_sees_which_draft_each_row_is_and_finds_one_by_its_kind() {
        String year = draftsOut(2005);
        login("ketoan");
        openInbox();
        _get(TextField.class, spec -> spec.withClasses("inbox-search")).setValue(year);
        List<TaskRow> drafts = rows().stream().filter(r -> r.name().equals("Soạn dự thảo")).toList();
        assertThat(drafts).hasSize(2);
        // each row's cell names its draft, so the two rows no longer look the same
        Grid<TaskRow> grid = grid();
        List<String> details = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getCellComponent(grid, i, "task"))
                .map(c -> c.getChildren().filter(ch -> ch instanceof Span).map(ch -> ((Span) ch).getText())
                        .findFirst().orElse(""))
                .toList();
        assertThat(details).containsExactlyInAnyOrder("Báo cáo thu chi tài chính", "Dự thảo quy chế chi tiêu nội bộ");

        // the search runs in the database over the task, its draft and its assembly, without diacritics
        _get(TextField.class, spec -> spec.withClasses("inbox-search")).setValue(year + " bao cao thu chi tai chinh");
        assertThat(rows()).hasSize(1);
        assertThat(inbox.count(TaskFilter.search(year + " quy che chi tieu"))).isEqualTo(1);
        assertThat(inbox.count(TaskFilter.search(year + " khong co viec nay"))).isZero();

        // both are assigned by name: "assigned to me" has them, "offered to my roles" does not
        assertThat(inbox.count(TaskFilter.search(year).withScope(Scope.MINE))).isEqualTo(2);
        assertThat(inbox.count(TaskFilter.search(year).withScope(Scope.OFFERED))).isZero();
    }

    @Test
    void the_principal_takes_several_offered_tasks_at_once_and_gives_them_back_and_hears_of_one_gone_meanwhile() {
        AssemblyWalk walk = new AssemblyWalk(accounts, directory, launch, preparation, feedback, plenary, followUp,
                inbox, tasks);
        for (int year : new int[] {1948, 1949, 1950}) {
            walk.launch(year + "-" + (year + 1), AssemblyKind.REGULAR, LocalDate.of(year, 9, 21),
                    LocalDate.of(year, 9, 22), LocalDate.of(year, 9, 23), LocalDate.of(year, 9, 28),
                    LocalDate.of(year, 10, 2), false);
        }
        login("hieutruong");
        openInbox();
        Grid<TaskRow> grid = grid();
        List<TaskRow> offered = rows().stream().filter(r -> r.assemblyLabel().matches("19(48|49|50)-.*"))
                .filter(TaskRow::claimable).toList();
        assertThat(offered).hasSize(3);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withClasses("bulk-claim"));

        offered.forEach(grid::select);
        Button claim = _get(Button.class, spec -> spec.withClasses("bulk-claim"));
        assertThat(claim.getText()).isEqualTo("Nhận 3 việc");
        // meanwhile a colleague with the same role takes the 1950 assembly's task
        TaskRow gone = offered.stream().filter(r -> r.assemblyLabel().startsWith("1950")).findFirst().orElseThrow();
        tasks.claim(gone.id(), "phohieutruong");
        _click(claim);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Bạn đã nhận 2 việc.",
                "“" + gone.name() + "”: Một đồng nghiệp cùng vai trò đã nhận việc này trước bạn.");
        List<TaskRow> taken = rows().stream().filter(r -> r.assemblyLabel().matches("19(48|49)-.*")).toList();
        assertThat(taken).hasSize(2).allMatch(TaskRow::releasable);
        assertThat(grid.getSelectedItems()).isEmpty();

        taken.forEach(grid::select);
        Button release = _get(Button.class, spec -> spec.withClasses("bulk-release"));
        assertThat(release.getText()).isEqualTo("Trả lại 2 việc");
        assertThat(claim.isEnabled()).isFalse();
        _click(release);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Đã trả lại 2 việc cho những người cùng vai trò.");
        assertThat(rows().stream().filter(r -> r.assemblyLabel().matches("19(48|49)-.*")))
                .hasSize(2).allMatch(TaskRow::claimable);
    }

    @Test
    void the_overdue_counter_is_a_filter_showing_exactly_the_overdue_tasks() {
        draftsOut(2006);
        login("hieutruong");
        openInbox();
        Button overdue = _get(Button.class, spec -> spec.withClasses("counter overdue"));
        int shown = inbox.countOverdue();
        assertThat(shown).isPositive();
        assertThat(overdue.getText()).isEqualTo(shown + " quá hạn");

        _click(overdue);
        assertThat(rows()).hasSize(shown).allMatch(TaskRow::overdue);
        assertThat(overdue.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        // a second click shows every task again
        _click(overdue);
        assertThat(rows()).hasSize(inbox.count(""));
    }

    @Test
    void the_principal_follows_every_open_task_of_the_school_by_stage_and_a_teacher_may_not() {
        String year = draftsOut(2007);
        login("hieutruong");
        openInbox();
        view(Scope.SCHOOL);
        _get(TextField.class, spec -> spec.withClasses("inbox-search")).setValue(year);
        List<TaskRow> all = rows();
        assertThat(all).filteredOn(r -> r.name().equals("Soạn dự thảo")).hasSize(7);
        // the accountant's drafts are there, said to be in her hands, and only to be looked at
        TaskRow accountants = all.stream().filter(r -> "ketoan".equals(r.assignee())).findFirst().orElseThrow();
        assertThat(accountants.actionable()).isFalse();
        InboxView page = _get(InboxView.class);
        assertThat(page.statusText(accountants)).isEqualTo("Đang do Hoàng Thị Lan thực hiện");

        // by process and stage, in the database
        TaskFilter drafting = TaskFilter.search(year).withScope(Scope.SCHOOL)
                .withProcess(AssemblyStep.PROCESS_KEY, "DRAFTING");
        assertThat(inbox.page(drafting, 0, 50)).hasSize(7).allMatch(r -> r.name().equals("Soạn dự thảo"));
        assertThat(inbox.count(drafting.withProcess(AssemblyStep.PROCESS_KEY, "PLENARY"))).isZero();

        // paging in the database: two pages of three, no row twice
        TaskFilter school = TaskFilter.search(year).withScope(Scope.SCHOOL);
        List<String> first = inbox.page(school, 0, 3).stream().map(TaskRow::id).toList();
        List<String> second = inbox.page(school, 3, 3).stream().map(TaskRow::id).toList();
        assertThat(first).hasSize(3).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(3);

        login("giaovien");
        openInbox();
        assertThat(_get(Tabs.class).getChildren().map(t -> ((Tab) t).getLabel()))
                .doesNotContain("Mọi việc của trường");
        assertThatThrownBy(() -> inbox.page(school, 0, 10)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void the_officer_sees_the_open_tasks_of_the_bodys_schools() {
        String year = draftsOut(2008);
        login("chuyenvien");
        assertThat(inbox.scopes()).contains(Scope.BODY).doesNotContain(Scope.SCHOOL);
        TaskFilter body = TaskFilter.search(year).withScope(Scope.BODY);
        assertThat(inbox.page(body, 0, 50)).filteredOn(r -> r.name().equals("Soạn dự thảo")).hasSize(7);
        assertThat(inbox.page(body, 0, 50)).noneMatch(TaskRow::actionable);
    }

    @Test
    void what_i_completed_is_listed_with_when() {
        String year = draftsOut(2009);
        login("hieutruong");
        List<TaskRow> done = inbox.page(TaskFilter.search(year).withScope(Scope.COMPLETED), 0, 10);
        assertThat(done).extracting(TaskRow::name).containsExactly("Hội nghị trù bị");
        assertThat(done.get(0).completed()).isNotNull();
        assertThat(done.get(0).actionable()).isFalse();
    }

    @Test
    void a_filter_shared_by_the_principal_is_seen_in_the_school_only_and_deleted_only_by_her() {
        login("hieutruong");
        openInbox();
        view(Scope.SCHOOL);
        _click(_get(Button.class, spec -> spec.withClasses("counter total")));
        SavedFilter shared = saved.save("Việc quá hạn của trường",
                TaskFilter.DEFAULT.withScope(Scope.SCHOOL).withDue(Due.OVERDUE), true);
        saved.save("Của riêng tôi", TaskFilter.DEFAULT.withSearch("dự thảo"), false);
        assertThatThrownBy(() -> saved.save(" ", TaskFilter.DEFAULT, false))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));

        // the union chair sees the shared one, not the private one; applied, it falls back to her own tasks
        login("ctcongdoan");
        openInbox();
        assertThat(saved.visible()).extracting(SavedFilter::name).contains("Việc quá hạn của trường")
                .doesNotContain("Của riêng tôi");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<SavedFilter> select = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withLabel("Bộ lọc đã lưu"));
        select.setValue(saved.visible().stream().filter(f -> f.id() == shared.id()).findFirst().orElseThrow());
        InboxView page = _get(InboxView.class);
        assertThat(page.filter().scope()).isEqualTo(Scope.ALL);
        assertThat(page.filter().due()).isEqualTo(Due.OVERDUE);
        assertThat(rows()).allMatch(TaskRow::overdue);
        assertThatThrownBy(() -> saved.delete(shared.id())).isInstanceOf(BusinessRuleException.class);

        // outside the school (the supervising body's officer) it is not seen
        login("chuyenvien");
        assertThat(saved.visible()).extracting(SavedFilter::name).doesNotContain("Việc quá hạn của trường");

        login("hieutruong");
        saved.delete(shared.id());
        assertThat(saved.visible()).extracting(SavedFilter::name).doesNotContain("Việc quá hạn của trường");
    }
}
