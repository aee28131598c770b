package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hoinghi.shared.BusinessRuleException;

/** The rules of issue 11's second half, at their edges. */
class PeopleRulesTest {

    @Test
    void a_staff_petition_needs_a_third_of_the_staff_rounded_up() {
        assertThat(AssemblyRules.petitionNeeded(30)).isEqualTo(10);
        assertThat(AssemblyRules.petitionNeeded(31)).isEqualTo(11);
        assertThat(AssemblyRules.petitionNeeded(8)).isEqualTo(3);
        assertThatCode(() -> AssemblyRules.checkPetition(10, 30)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkPetition(9, 30)).hasMessage("rule.petitionTooFew");
        assertThatThrownBy(() -> AssemblyRules.checkPetition(10, 31)).hasMessage("rule.petitionTooFew");
        assertThatCode(() -> AssemblyRules.checkPetition(11, 31)).doesNotThrowAnyException();
    }

    @Test
    void a_petition_with_more_signatures_than_staff_or_a_negative_count_is_refused() {
        assertThatCode(() -> AssemblyRules.checkPetition(30, 30)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkPetition(31, 30)).hasMessage("rule.petitionExceedsStaff");
        assertThatThrownBy(() -> AssemblyRules.checkPetition(-1, 30)).hasMessage("rule.negativeCount");
    }

    @Test
    void an_extraordinary_assembly_asked_for_by_staff_is_refused_at_the_signatures_without_enough_of_them() {
        LaunchForm f = new LaunchForm();
        f.setSchoolYear("2024-2025");
        f.setKind(AssemblyKind.EXTRAORDINARY);
        f.setRequestedBy(RequestedBy.STAFF_PETITION);
        f.setPreparatoryOn(LocalDate.of(2024, 12, 2));
        f.setKeyStaffOn(LocalDate.of(2024, 12, 3));
        f.setGroupMeetingsOn(LocalDate.of(2024, 12, 4));
        f.setPlenaryOn(LocalDate.of(2024, 12, 10));
        f.setFilingDeadline(LocalDate.of(2024, 12, 15));
        assertThatThrownBy(() -> LaunchService.validate(f, 30))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("launch.petitionRequired");
                    assertThat(e.field()).isEqualTo("petitionSignatures");
                });
        f.setPetitionSignatures(9);
        f.setPetitionOn(LocalDate.of(2024, 11, 28));
        assertThatThrownBy(() -> LaunchService.validate(f, 30))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rule.petitionTooFew");
                    assertThat(e.field()).isEqualTo("petitionSignatures");
                    assertThat(e.args()).containsExactly(9, 10, 30);
                });
        f.setPetitionSignatures(10);
        assertThatCode(() -> LaunchService.validate(f, 30)).doesNotThrowAnyException();
    }

    @Test
    void a_left_out_department_is_the_only_status_not_counted() {
        assertThat(DepartmentStatus.CONVENED.counted()).isTrue();
        assertThat(DepartmentStatus.ADDED.counted()).isTrue();
        assertThat(DepartmentStatus.LEFT_OUT.counted()).isFalse();
    }
}
