package vn.hoinghi.conference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.KaribuSupport;
import vn.hoinghi.TestUsers;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.conference.ConferenceStep;

/** The plan form and the conference page of the demo body, without a browser. */
@AlsoOnPostgresql
class ConferencePagesIT extends KaribuSupport {

    @Autowired ConferenceService conferences;

    @Test
    void the_plan_form_shows_the_counts_that_do_not_add_up_at_the_total_and_then_goes_to_the_leader() {
        login("chuyenvien");
        long id = conferences.list().get(0).id();
        String draft = conferences.openTaskOf(id, ConferenceStep.DRAFT_PLAN);
        UI.getCurrent().navigate("task/" + draft);
        PlanEditor form = _get(PlanEditor.class);
        assertThat(form.title.getValue()).startsWith("Hội nghị tổng kết năm học");
        int sum = form.form.getInPersonTotal();
        assertThat(form.sum.getText()).isEqualTo("Tổng các thành phần: " + sum);

        form.inPersonTotal.setValue(sum + 5);
        assertThat(form.sum.getClassNames()).contains("rule-bad");
        _click(form.submit);
        assertThat(form.inPersonTotal.isInvalid()).isTrue();
        assertThat(form.inPersonTotal.getErrorMessage()).contains("khác tổng số dự trực tiếp (" + (sum + 5) + ")");

        IntegerField principals = (IntegerField) form.marks.field("categories[5].expected");
        assertThat(principals.isReadOnly()).as("the principals are counted from the schools").isTrue();
        form.inPersonTotal.setValue(sum);

        // The level conferences' dates: one outside the window is refused at its date.
        com.vaadin.flow.component.datepicker.DatePicker level =
                (com.vaadin.flow.component.datepicker.DatePicker) form.marks.field("levelDates[0].heldOn");
        java.time.LocalDate planned = level.getValue();
        level.setValue(form.form.getHeldOn().minusDays(1));
        _click(form.submit);
        assertThat(level.isInvalid()).isTrue();
        assertThat(level.getErrorMessage()).startsWith("Hội nghị của các cấp học diễn ra sau hội nghị của ngành");
        assertThat(conferences.overview(id).status()).as("nothing saved")
                .isEqualTo(vn.hoinghi.conference.ConferenceStatus.DRAFT);
        level.setValue(planned);
        _click(form.submit);
        assertThat(conferences.overview(id).status()).isEqualTo(vn.hoinghi.conference.ConferenceStatus.SUBMITTED);
    }

    @Test
    void the_conference_page_shows_participants_programme_and_documents_to_the_body_only() {
        login("chuyenvien");
        long id = conferences.list().get(0).id();
        UI.getCurrent().navigate("conferences");
        ConferencesView list = _get(ConferencesView.class);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        UI.getCurrent().navigate("conferences/" + id);
        ConferenceView page = _get(ConferenceView.class);
        java.util.List<Grid> grids = _find(page, Grid.class);
        assertThat(grids).as("participants, programme, assignments by unit, bridge points").hasSizeGreaterThanOrEqualTo(4);
        assertThat(GridKt._size(grids.get(0))).as("nine categories of participants").isEqualTo(9);
        assertThat(GridKt._getFormattedRow(grids.get(0), 5)).contains("Hiệu trưởng các trường");
        assertThat(GridKt._getFormattedRow(_get(page, Grid.class, spec -> spec.withClasses("conference-programme")), 0))
                .contains("Đón tiếp đại biểu");
        Grid<?> delegates = _get(page, Grid.class, spec -> spec.withClasses("conference-delegates"));
        assertThat(GridKt._size(delegates)).as("the four categories the schools name delegates for").isEqualTo(4);
        assertThat(GridKt._getFormattedRow(delegates, 3)).as("planned, per school, named, confirmed")
                .containsSubsequence("Học sinh giỏi tiêu biểu", "20", "5", "0");
        Grid<?> levels = _get(page, Grid.class, spec -> spec.withClasses("conference-levels"));
        assertThat(GridKt._size(levels)).as("a date for each level the demo schools teach").isPositive();
        assertThat(_find(page, vn.hoinghi.tasks.ui.ProcessPicture.class)).as("the process diagram").hasSize(1);
        assertThat(page.getElement().getTextRecursively()).contains("Kế hoạch tổ chức hội nghị",
                "Giấy mời các trường");
        TestUsers.signOut();
        login("hieutruong");
        assertNoAccess("conferences/" + id);
    }
}
