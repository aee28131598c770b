package vn.hoinghi.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoinghi.assembly.AssemblyRules.RoundCount;
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
        RoundCount count = AssemblyRules.countRound(tallies, 27, 3, 0);
        assertThat(count.outcome()).isEqualTo(ElectionRound.Outcome.COMPLETE);
        assertThat(count.elected()).extracting(Tally::staffId).containsExactly(3L, 1L, 5L);
    }

    @Test
    void a_tie_for_the_last_seat_elects_those_above_and_sends_only_the_tied_to_a_second_round_for_the_seats_left() {
        List<Tally> tie = List.of(new Tally(1, "A", 20), new Tally(2, "B", 18), new Tally(3, "C", 16),
                new Tally(4, "D", 16), new Tally(5, "E", 15));
        RoundCount count = AssemblyRules.countRound(tie, 27, 3, 0);
        assertThat(count.outcome()).isEqualTo(ElectionRound.Outcome.TIE);
        assertThat(count.elected()).extracting(Tally::staffId).containsExactly(1L, 2L);
        assertThat(count.tied()).extracting(Tally::staffId).containsExactly(3L, 4L);
        assertThat(count.seatsStillOpen()).isEqualTo(1);
        // the second round among the tied, for the one seat: C wins, nobody is picked
        RoundCount second = AssemblyRules.countRound(List.of(new Tally(3, "C", 17), new Tally(4, "D", 10)), 27, 1, 2);
        assertThat(second.outcome()).isEqualTo(ElectionRound.Outcome.COMPLETE);
        assertThat(second.elected()).extracting(Tally::staffId).containsExactly(3L);
    }

    @Test
    void a_tie_below_the_last_seat_or_among_losers_changes_nothing() {
        // C and D tie at 16 but A, B, E take the three seats above them
        List<Tally> list = List.of(new Tally(1, "A", 20), new Tally(2, "B", 18), new Tally(5, "E", 17),
                new Tally(3, "C", 16), new Tally(4, "D", 16));
        assertThat(AssemblyRules.countRound(list, 27, 3, 0).outcome()).isEqualTo(ElectionRound.Outcome.COMPLETE);
        // a tie of two who both fall short of more than half elects neither and is no tie for a seat
        List<Tally> short2 = List.of(new Tally(1, "A", 20), new Tally(2, "B", 18), new Tally(3, "C", 19),
                new Tally(4, "D", 13), new Tally(5, "E", 13));
        assertThat(AssemblyRules.countRound(short2, 27, 3, 0).outcome()).isEqualTo(ElectionRound.Outcome.COMPLETE);
        // every winner tied for two seats: all tied, none elected yet
        RoundCount allTied = AssemblyRules.countRound(List.of(new Tally(1, "A", 20), new Tally(2, "B", 20),
                new Tally(3, "C", 20)), 27, 2, 1);
        assertThat(allTied.outcome()).isEqualTo(ElectionRound.Outcome.TIE);
        assertThat(allTied.elected()).isEmpty();
        assertThat(allTied.seatsStillOpen()).isEqualTo(2);
    }

    @Test
    void fewer_than_three_elected_means_a_further_round_for_the_missing_seats() {
        List<Tally> few = List.of(new Tally(1, "A", 20), new Tally(2, "B", 14), new Tally(3, "C", 13));
        RoundCount count = AssemblyRules.countRound(few, 27, 3, 0);
        assertThat(count.outcome()).isEqualTo(ElectionRound.Outcome.TOO_FEW);
        // 14 of 27 is more than half, 13 is not
        assertThat(count.elected()).extracting(Tally::staffId).containsExactly(1L, 2L);
        assertThat(count.seatsStillOpen()).isEqualTo(1);
        // exactly half is not more than half: 14 of 28 elects nobody
        assertThat(AssemblyRules.countRound(List.of(new Tally(1, "A", 14)), 28, 1, 2).outcome())
                .isEqualTo(ElectionRound.Outcome.TOO_FEW);
        // with the two already elected, one more makes the minimum of three
        assertThat(AssemblyRules.countRound(List.of(new Tally(2, "B", 15)), 28, 2, 2).outcome())
                .isEqualTo(ElectionRound.Outcome.COMPLETE);
    }

    @Test
    void a_round_with_more_votes_than_attending_or_no_seat_left_is_refused() {
        assertThatThrownBy(() -> AssemblyRules.countRound(List.of(new Tally(1, "A", 28)), 27, 1, 2))
                .hasMessage("rule.candidateVotesExceed");
        assertThatThrownBy(() -> AssemblyRules.countRound(List.of(new Tally(1, "A", 20)), 27, 0, 3))
                .hasMessage("rule.noSeatsOpen");
    }

    @Test
    void the_names_of_a_list_are_counted_and_read_without_their_titles() {
        assertThat(AssemblyRules.names("Nguyễn Văn Hùng; Lê Thị Hồng,\nBùi Thị Hạnh ;")).hasSize(3);
        assertThat(AssemblyRules.names("  ")).isEmpty();
        assertThat(AssemblyRules.bareName("Lê Thị Hồng – Chủ tịch Công đoàn")).isEqualTo("Lê Thị Hồng");
        assertThat(AssemblyRules.bareName("Bùi Thị Hạnh (tổ trưởng)")).isEqualTo("Bùi Thị Hạnh");
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
