package vn.hoinghi.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoinghi.conference.PlanForm.AssignmentRow;
import vn.hoinghi.conference.PlanForm.BridgePointRow;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.shared.BusinessRuleException;

/** The plan's rules at their edges, without Spring. */
class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 1);
    private static final Set<String> OWNERS = Set.of("chuyenvien", "vanphong");

    private static PlanForm plan() {
        PlanForm f = new PlanForm();
        f.setTitle("Hội nghị tổng kết năm học 2025-2026");
        ModelPlan.fill(f, TODAY.plusDays(21), Map.of(CategorySource.PRINCIPALS, 23), "chuyenvien");
        f.getBridgePoints().add(new BridgePointRow("Điểm cầu chính", null, "Văn phòng", "Đỗ Minh Tuấn", "0987 654 321",
                null));
        return f;
    }

    private static BusinessRuleException refusal(PlanForm f) {
        try {
            PlanRules.check(f, TODAY, OWNERS, Set.of(7L));
        } catch (BusinessRuleException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_model_plan_of_seed_003_passes_and_its_counts_add_up() {
        PlanForm f = plan();
        assertThat(f.getInPersonTotal()).isEqualTo(3 + 1 + 6 + 2 + 5 + 23 + 4 + 5 + 20);
        assertThatCode(() -> PlanRules.check(f, TODAY, OWNERS, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void a_total_one_more_than_the_categories_is_refused_at_the_total_with_both_numbers() {
        PlanForm f = plan();
        f.setInPersonTotal(f.getInPersonTotal() + 1);
        BusinessRuleException e = refusal(f);
        assertThat(e.field()).isEqualTo("inPersonTotal");
        assertThat(e.messageKey()).isEqualTo("conference.plan.countsDontAddUp");
        assertThat(e.args()).containsExactly(69, 70);
    }

    @Test
    void a_category_of_nobody_is_refused_at_its_count() {
        PlanForm f = plan();
        f.getCategories().get(3).setExpected(0);
        assertThat(refusal(f).field()).isEqualTo("categories[3].expected");
    }

    @Test
    void a_programme_item_without_a_time_is_refused_at_its_time_and_one_ending_as_it_starts_at_its_end() {
        PlanForm f = plan();
        f.getProgramme().add(new ProgrammeRow(null, null, "Chụp ảnh lưu niệm", null));
        assertThat(refusal(f).field()).isEqualTo("programme[9].startsAt");
        f.getProgramme().set(9, new ProgrammeRow(LocalTime.of(11, 0), LocalTime.of(11, 0), "Chụp ảnh", null));
        assertThat(refusal(f).field()).isEqualTo("programme[9].endsAt");
    }

    @Test
    void a_duty_due_after_the_day_or_given_to_someone_outside_the_body_is_refused() {
        PlanForm f = plan();
        f.getAssignments().add(new AssignmentRow("Văn phòng", "Chuẩn bị hội trường", "vanphong", TODAY.plusDays(22)));
        assertThat(refusal(f).messageKey()).isEqualTo("conference.plan.dueAfterDay");
        f.getAssignments().get(6).setDueOn(TODAY.plusDays(21));
        f.getAssignments().get(6).setOwner("hieutruong.mnhoabinh");
        assertThat(refusal(f).field()).isEqualTo("assignments[6].owner");
    }

    @Test
    void the_nomination_deadline_must_be_from_today_and_before_the_day() {
        PlanForm f = plan();
        f.setNominationDeadline(TODAY.plusDays(21));
        assertThat(refusal(f).field()).isEqualTo("nominationDeadline");
        f.setNominationDeadline(TODAY.minusDays(1));
        assertThat(refusal(f).field()).isEqualTo("nominationDeadline");
        f.setNominationDeadline(TODAY);
        assertThatCode(() -> PlanRules.check(f, TODAY, OWNERS, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void a_bridge_point_without_a_contact_or_phone_is_refused_and_an_in_person_plan_has_none() {
        PlanForm f = plan();
        f.getBridgePoints().get(0).setContactName("");
        BusinessRuleException e = refusal(f);
        assertThat(e.field()).isEqualTo("bridgePoints[0].contactName");
        assertThat(e.args()).containsExactly("Điểm cầu chính");
        f.getBridgePoints().get(0).setContactName("Đỗ Minh Tuấn");
        f.getBridgePoints().get(0).setContactPhone(" ");
        assertThat(refusal(f).field()).isEqualTo("bridgePoints[0].contactPhone");
        f.setFormat(ConferenceFormat.IN_PERSON);
        assertThat(refusal(f).messageKey()).isEqualTo("conference.plan.bridgeNeedsOnline");
        f.getBridgePoints().clear();
        assertThatCode(() -> PlanRules.check(f, TODAY, OWNERS, Set.of())).doesNotThrowAnyException();
    }

    @Test
    void a_nomination_counts_until_the_end_of_the_deadline_day_and_is_refused_the_day_after_with_the_deadline() {
        assertThatCode(() -> PlanRules.checkInTime(TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlanRules.checkInTime(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("conference.nomination.late");
                    assertThat(e.args()).containsExactly("01/08/2026");
                });
    }

    @Test
    void a_commune_committee_dates_its_documents_at_the_commune_name() {
        assertThat(ConferenceService.placeOf("Ủy ban nhân dân xã Hồng Hà")).isEqualTo("Hồng Hà");
        assertThat(ConferenceService.placeOf("Sở Giáo dục và Đào tạo Hà Nội")).isEqualTo("Hà Nội");
        assertThat(ConferenceService.closingYear(LocalDate.of(2026, 8, 22))).isEqualTo("2025-2026");
        assertThat(ConferenceService.closingYear(LocalDate.of(2026, 9, 5))).isEqualTo("2026-2027");
        assertThat(ConferenceDocuments.hour(LocalTime.of(8, 0))).isEqualTo("8h00");
        assertThat(List.of(ConferenceDocuments.span(LocalTime.of(8, 0), LocalTime.of(8, 30)))).containsExactly("8h00 – 8h30");
    }
}
