package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoinghi.assembly.AssemblyRules.Tally;
import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

class AssemblyRulesTest {

    @Test
    void quorum_is_two_thirds_of_those_convened_exactly() {
        assertThat(AssemblyRules.quorumReached(20, 30)).isTrue();
        assertThat(AssemblyRules.quorumReached(19, 30)).isFalse();
        // 2/3 of 31 is 20.67: 21 is needed
        assertThat(AssemblyRules.quorumReached(21, 31)).isTrue();
        assertThat(AssemblyRules.quorumReached(20, 31)).isFalse();
        assertThat(AssemblyRules.quorumNeeded(30)).isEqualTo(20);
        assertThat(AssemblyRules.quorumNeeded(31)).isEqualTo(21);
        assertThat(AssemblyRules.quorumNeeded(3)).isEqualTo(2);
    }

    @Test
    void more_present_than_convened_or_nobody_convened_is_refused() {
        assertThatThrownBy(() -> AssemblyRules.quorumReached(31, 30)).hasMessage("rule.presentExceedsConvened");
        assertThatThrownBy(() -> AssemblyRules.quorumReached(0, 0)).hasMessage("rule.convenedPositive");
        assertThatThrownBy(() -> AssemblyRules.quorumReached(-1, 30)).hasMessage("rule.negativeCount");
    }

    @Test
    void a_decision_needs_more_than_half_of_those_attending() {
        assertThat(AssemblyRules.passes(14, 27)).isTrue();
        assertThat(AssemblyRules.passes(13, 27)).isFalse();
        // exactly 50% is not enough
        assertThat(AssemblyRules.passes(15, 30)).isFalse();
        assertThat(AssemblyRules.passes(16, 30)).isTrue();
        assertThat(AssemblyRules.majorityNeeded(30)).isEqualTo(16);
        assertThat(AssemblyRules.majorityNeeded(27)).isEqualTo(14);
    }

    @Test
    void for_against_and_abstain_never_exceed_attendance() {
        assertThatCode(() -> AssemblyRules.checkCounts(20, 5, 2, 27)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkCounts(20, 5, 3, 27))
                .isInstanceOf(BusinessRuleException.class).hasMessage("rule.votesExceedAttending");
        assertThatThrownBy(() -> AssemblyRules.checkCounts(-1, 0, 0, 27)).hasMessage("rule.negativeCount");
        assertThatThrownBy(() -> AssemblyRules.checkCounts(0, 0, 0, 0)).hasMessage("rule.attendingPositive");
    }

    @Test
    void the_board_has_three_to_nine_members_and_none_in_a_unit_of_seven() {
        assertThatCode(() -> AssemblyRules.checkBoardSeats(true, 3, 30, false)).doesNotThrowAnyException();
        assertThatCode(() -> AssemblyRules.checkBoardSeats(true, 9, 30, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkBoardSeats(true, 2, 30, false)).hasMessage("rule.boardSize");
        assertThatThrownBy(() -> AssemblyRules.checkBoardSeats(true, 10, 30, false)).hasMessage("rule.boardSize");
        assertThatCode(() -> AssemblyRules.checkBoardSeats(true, 11, 300, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkBoardSeats(true, 3, 7, false)).hasMessage("rule.smallUnitNoBoard");
        assertThatCode(() -> AssemblyRules.checkBoardSeats(true, 3, 8, false)).doesNotThrowAnyException();
    }

    @Test
    void delegates_are_a_choice_only_from_one_hundred_staff() {
        assertThatThrownBy(() -> AssemblyRules.checkMode(AssemblyMode.DELEGATES, 99)).hasMessage("rule.delegatesNeed100");
        assertThatCode(() -> AssemblyRules.checkMode(AssemblyMode.DELEGATES, 100)).doesNotThrowAnyException();
        assertThatCode(() -> AssemblyRules.checkMode(AssemblyMode.FULL, 30)).doesNotThrowAnyException();
    }

    @Test
    void the_principal_a_vice_principal_and_the_accountant_cannot_stand_for_the_board() {
        for (Role barred : List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.ACCOUNTANT)) {
            assertThatThrownBy(() -> AssemblyRules.checkCandidate("X", EnumSet.of(Role.STAFF, barred), true))
                    .hasMessage("rule.candidateIneligible");
        }
        assertThatCode(() -> AssemblyRules.checkCandidate("X", EnumSet.of(Role.STAFF, Role.UNION_EXECUTIVE), true))
                .doesNotThrowAnyException();
    }

    @Test
    void every_candidate_must_consent() {
        assertThatThrownBy(() -> AssemblyRules.checkCandidate("Nguyễn Thị Ánh", Set.of(Role.STAFF), false))
                .hasMessage("rule.candidateConsent");
    }

    @Test
    void candidates_with_more_than_half_are_elected_by_rank_up_to_the_seats() {
        List<Tally> tallies = List.of(new Tally(1, "A", 20), new Tally(2, "B", 14), new Tally(3, "C", 25),
                new Tally(4, "D", 13), new Tally(5, "E", 16));
        assertThat(AssemblyRules.elected(tallies, 27, 3)).extracting(Tally::staffId).containsExactly(3L, 1L, 5L);
    }

    @Test
    void a_tie_for_the_last_seat_or_too_few_elected_means_voting_again() {
        List<Tally> tie = List.of(new Tally(1, "A", 20), new Tally(2, "B", 18), new Tally(3, "C", 16),
                new Tally(4, "D", 16));
        assertThatThrownBy(() -> AssemblyRules.elected(tie, 27, 3)).hasMessage("rule.electionTie");
        List<Tally> few = List.of(new Tally(1, "A", 20), new Tally(2, "B", 14), new Tally(3, "C", 13));
        assertThatThrownBy(() -> AssemblyRules.elected(few, 27, 3)).hasMessage("rule.tooFewElected");
    }

    @Test
    void the_board_has_one_head_and_a_deputy_and_two_deputies_only_from_nine_members() {
        assertThatCode(() -> AssemblyRules.checkOfficers(3, 1, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkOfficers(3, 1, 0)).hasMessage("rule.deputyRequired");
        assertThatThrownBy(() -> AssemblyRules.checkOfficers(8, 1, 2)).hasMessage("rule.tooManyDeputies");
        assertThatCode(() -> AssemblyRules.checkOfficers(9, 1, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssemblyRules.checkOfficers(9, 1, 3)).hasMessage("rule.tooManyDeputies");
        assertThatThrownBy(() -> AssemblyRules.checkOfficers(5, 0, 1)).hasMessage("rule.oneHead");
    }

    @Test
    void the_written_ballot_needs_more_than_half_of_all_staff() {
        assertThat(AssemblyRules.ballotPasses(16, 30)).isTrue();
        assertThat(AssemblyRules.ballotPasses(15, 30)).isFalse();
    }
}
