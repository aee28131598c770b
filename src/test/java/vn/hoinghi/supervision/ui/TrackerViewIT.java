package vn.hoinghi.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import vn.hoinghi.KaribuSupport;
import vn.hoinghi.tasks.TaskInbox;
import vn.hoinghi.tasks.ui.TaskView;
import vn.hoinghi.school.BodyKind;
import vn.hoinghi.shared.VietnamTime;
import vn.hoinghi.supervision.FilingState;
import vn.hoinghi.supervision.SeasonService;
import vn.hoinghi.supervision.SupervisionTestData;
import vn.hoinghi.supervision.TrackerRow;

/** The officer's pages and the principal's planned-date form, without a browser. */
class TrackerViewIT extends KaribuSupport {

    @Autowired TaskInbox inbox;

    private final LocalDate today = VietnamTime.today();
    private final String year = SeasonService.schoolYearOf(today);

    @Test
    void the_demo_officer_lists_the_late_schools_with_one_click_and_exports_exactly_those() {
        login("chuyenvien");
        UI.getCurrent().navigate("supervision");
        TrackerView view = _get(TrackerView.class);
        int all = GridKt._size(view.grid);
        assertThat(all).isGreaterThanOrEqualTo(21);
        assertThat(view.stateChips.get(FilingState.OVERDUE).getText()).startsWith("Quá hạn (");

        _click(view.stateChips.get(FilingState.OVERDUE));
        List<TrackerRow> late = rows(view);
        assertThat(late).isNotEmpty().hasSizeLessThan(all).allMatch(r -> r.state() == FilingState.OVERDUE);
        String csv = new String(view.exported("csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(late.size() + 1);
        late.forEach(r -> assertThat(csv).contains(r.schoolName()));
        assertThat(view.xlsx.getHref()).isNotBlank();
        assertThat(view.csv.getHref()).isNotBlank();

        view.search.setValue("hoa binh");
        assertThat(rows(view)).extracting(TrackerRow::schoolName).containsExactly("Trường Mầm non Hòa Bình");
        _click(view.stateChips.get(FilingState.OVERDUE));
        assertThat(rows(view)).extracting(TrackerRow::schoolName)
                .containsExactlyInAnyOrder("Trường Mầm non Hòa Bình", "Trường Tiểu học Hòa Bình");
    }

    @Test
    void the_officer_returns_a_dossier_with_a_reason_that_the_union_chair_finds_in_the_filing_task() {
        SupervisionTestData.Body body = SupervisionTestData.body(ctx, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 1);
        SupervisionTestData.School school = body.schools().get(0);
        SupervisionTestData.submitted(ctx, body, school, year, today.minusDays(5), today.plusDays(2), today);
        login(body.officer());
        UI.getCurrent().navigate("supervision");
        TrackerView view = _get(TrackerView.class);
        _click(view.stateChips.get(FilingState.SUBMITTED));
        TrackerRow row = rows(view).get(0);
        assertThat(row.awaitingReview()).isTrue();

        view.openReturnDialog(row);
        _click(_get(Button.class, spec -> spec.withClasses("confirm-return")));
        NotificationsKt.expectNotifications("Khi trả lại hồ sơ phải ghi rõ lý do để trường bổ sung.");
        _get(TextArea.class, spec -> spec.withClasses("return-reason"))
                .setValue("Thiếu bản scan nghị quyết có dấu đỏ");
        _click(_get(Button.class, spec -> spec.withClasses("confirm-return")));
        NotificationsKt.expectNotifications("Đã trả lại hồ sơ của " + body.schools().get(0).name()
                + "; trường sẽ thấy lý do trong việc nộp hồ sơ.");
        _click(view.allChip);
        assertThat(rows(view).get(0).state()).isEqualTo(FilingState.RETURNED);

        login(school.unionChair());
        TaskInbox.TaskRow task = inbox.page("", 0, 20).stream()
                .filter(t -> t.name().equals("Nộp hồ sơ về cơ quan quản lý")).findFirst().orElseThrow();
        UI.getCurrent().navigate("task/" + task.id());
        _get(TaskView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("return-reason")).getText())
                .contains("Thiếu bản scan nghị quyết có dấu đỏ");
    }

    @Test
    void the_principal_reports_the_planned_date_from_the_inbox_an_empty_date_refused_at_the_field_and_the_officer_sees_it() {
        SupervisionTestData.Body body = SupervisionTestData.body(ctx, BodyKind.OTHER, 1);
        login(body.officer());
        UI.getCurrent().navigate("supervision/season");
        SeasonView season = _get(SeasonView.class);
        season.reportPlannedBy.setValue(today.plusDays(5));
        season.holdBy.setValue(today.plusDays(20));
        season.fileBy.setValue(today.plusDays(30));
        _click(season.save);
        NotificationsKt.expectNotifications("Đã lưu hạn chót năm học " + year
                + ". Đã dời hạn nộp hồ sơ của 0 hội nghị; đã gửi yêu cầu báo cáo ngày dự kiến đến 1 trường.");

        login(body.schools().get(0).principal());
        TaskInbox.TaskRow task = inbox.page("bao cao ngay du kien", 0, 10).get(0);
        assertThat(task.assemblyLabel()).isEqualTo(year + " · " + body.schools().get(0).name());
        UI.getCurrent().navigate("task/" + task.id());
        _get(TaskView.class);
        DatePicker date = _get(DatePicker.class);
        _click(_get(Button.class, spec -> spec.withText("Gửi báo cáo")));
        assertThat(date.isInvalid()).as("no date: refused under the field, the task stays open").isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Hãy chọn ngày dự kiến họp toàn thể.");
        NotificationsKt.expectNoNotifications();
        date.setValue(today.plusDays(25));
        assertThat(_get(Span.class, spec -> spec.withClasses("rule-bad")).getText())
                .startsWith("Ngày này muộn hơn hạn tổ chức hội nghị");
        _click(_get(Button.class, spec -> spec.withText("Gửi báo cáo")));
        NotificationsKt.expectNotifications("Đã báo cáo ngày dự kiến cho cơ quan quản lý.");

        login(body.officer());
        UI.getCurrent().navigate("supervision");
        TrackerRow row = rows(_get(TrackerView.class)).get(0);
        assertThat(row.plannedOn()).isEqualTo(today.plusDays(25));
        assertThat(row.plannedAfterHoldBy()).isTrue();
    }

    @Test
    void the_officer_accepts_several_dossiers_at_once_and_is_told_which_a_colleague_returned_meanwhile() {
        SupervisionTestData.Body body = SupervisionTestData.body(ctx, BodyKind.COMMUNE_PEOPLES_COMMITTEE, 3);
        body.schools().forEach(school -> SupervisionTestData.submitted(ctx, body, school, year, today.minusDays(5),
                today.plusDays(2), today));
        login(body.officer());
        UI.getCurrent().navigate("supervision");
        TrackerView view = _get(TrackerView.class);
        List<TrackerRow> awaiting = rows(view);
        assertThat(awaiting).hasSize(3).allMatch(TrackerRow::awaitingReview);
        assertThat(view.acceptSelected.getParent().orElseThrow().isVisible()).isFalse();

        awaiting.forEach(view.grid::select);
        assertThat(view.acceptSelected.getText()).isEqualTo("Tiếp nhận 3 hồ sơ");
        // a colleague returns one of them before the officer confirms
        TrackerRow returned = awaiting.get(1);
        ctx.getBean(vn.hoinghi.supervision.Tracker.class).returnDossier(returned.assemblyId(), "Thiếu biên bản");
        _click(view.acceptSelected);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Đã tiếp nhận 2 hồ sơ.",
                returned.schoolName() + ": Hồ sơ này không còn chờ xem xét (có thể đã được xử lý). Hãy tải lại trang.");
        assertThat(rows(view)).extracting(TrackerRow::schoolName, TrackerRow::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(awaiting.get(0).schoolName(), FilingState.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple(returned.schoolName(), FilingState.RETURNED),
                org.assertj.core.groups.Tuple.tuple(awaiting.get(2).schoolName(), FilingState.ACCEPTED));
        assertThat(view.grid.getSelectedItems()).isEmpty();
    }

    @Test
    void school_staff_cannot_open_the_tracker_or_the_season() {
        login("hieutruong");
        assertNoAccess("supervision");
        assertNoAccess("supervision/season");
        assertNoAccess("outbox");
    }

    @SuppressWarnings("unchecked")
    private static List<TrackerRow> rows(TrackerView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
