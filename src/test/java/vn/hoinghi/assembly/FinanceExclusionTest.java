package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoinghi.school.LocalPractice;
import vn.hoinghi.school.Position;
import vn.hoinghi.school.StaffInfo;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/** The school's own exclusion at nomination: whoever keeps its money, the accountant and the cashier. */
class FinanceExclusionTest {

    private static final LocalPractice SEED = LocalPractice.defaults();

    @Test
    void where_the_school_excludes_finance_the_cashier_and_the_accountant_cannot_stand_for_the_board() {
        LocalPractice excludes = withFinanceExcluded(true);
        assertThatThrownBy(() -> PreparationService.checkLocalPractice(person(Role.CASHIER), excludes))
                .isInstanceOf(BusinessRuleException.class).hasMessage("keyStaff.financeExcluded");
        assertThatThrownBy(() -> PreparationService.checkLocalPractice(person(Role.ACCOUNTANT), excludes))
                .hasMessage("keyStaff.financeExcluded");
        assertThatCode(() -> PreparationService.checkLocalPractice(person(Role.SECRETARY), excludes))
                .doesNotThrowAnyException();
    }

    @Test
    void where_the_school_does_not_exclude_finance_the_cashier_may_stand() {
        assertThatCode(() -> PreparationService.checkLocalPractice(person(Role.CASHIER), withFinanceExcluded(false)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_cashier_holds_a_post_so_does_not_count_as_someone_without_one_in_the_board_mix() {
        org.assertj.core.api.Assertions.assertThat(AssemblyRules.withoutPost(person(Role.CASHIER))).isFalse();
        org.assertj.core.api.Assertions.assertThat(AssemblyRules.withoutPost(person(Role.STAFF))).isTrue();
    }

    private static LocalPractice withFinanceExcluded(boolean excluded) {
        return new LocalPractice(SEED.separateMeetings(), SEED.presidiumSize(), SEED.secretaryCount(),
                SEED.presidiumByShowOfHands(), SEED.boardUnionExecutives(), SEED.boardWithoutPost(), excluded,
                SEED.boardOfficersWithinDays(), SEED.discussionSharePercent(), SEED.newsPostWithinDays(),
                SEED.dossierContents(), SEED.dossierFormat(), SEED.dossierDaysAfterPlenary());
    }

    private static StaffInfo person(Role role) {
        return new StaffInfo(1L, "NV09", "Phạm Thị Thu", Position.NV, null, null, "thuquy", null, true, true,
                Set.of(role));
    }
}
