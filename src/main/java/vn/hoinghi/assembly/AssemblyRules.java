package vn.hoinghi.assembly;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import vn.hoinghi.security.Role;
import vn.hoinghi.shared.BusinessRuleException;

/**
 * The law's numbers, in one place and free of Spring so each can be tested at its edges.
 * Law 10/2022/QH15 Art. 50, 51, 60; Decree 59/2023/NĐ-CP Art. 21.
 */
public final class AssemblyRules {

    public static final int DELEGATES_FROM_STAFF = 100;
    public static final int SMALL_UNIT_MAX_STAFF = 7;
    public static final int BOARD_MIN = 3;
    public static final int BOARD_MAX = 9;
    public static final int RECOGNITION_WORKING_DAYS = 5;
    public static final int MAX_CONVOCATIONS = 2;

    private AssemblyRules() {
    }

    /** Quorum: at least two thirds of those convened are present (Art. 51(2)(c)). */
    public static boolean quorumReached(int present, int convened) {
        requireCount(present);
        if (convened <= 0) {
            throw new BusinessRuleException("rule.convenedPositive");
        }
        if (present > convened) {
            throw new BusinessRuleException("rule.presentExceedsConvened", present, convened);
        }
        return 3L * present >= 2L * convened;
    }

    /** Smallest number present that makes a quorum. */
    public static int quorumNeeded(int convened) {
        return (int) Math.ceil(convened * 2 / 3.0 - 1e-9);
    }

    /** For + against + abstain are whole numbers ≥ 0 and never more than the base (those attending). */
    public static void checkCounts(int votesFor, int against, int abstain, int base) {
        requireCount(votesFor);
        requireCount(against);
        requireCount(abstain);
        if (base <= 0) {
            throw new BusinessRuleException("rule.attendingPositive");
        }
        if ((long) votesFor + against + abstain > base) {
            throw new BusinessRuleException("rule.votesExceedAttending", votesFor + against + abstain, base);
        }
    }

    /** A decision, election or adoption passes with more than half of those attending (Art. 51(2)(c)). */
    public static boolean passes(int votesFor, int attending) {
        requireCount(votesFor);
        if (attending <= 0) {
            throw new BusinessRuleException("rule.attendingPositive");
        }
        return 2L * votesFor > attending;
    }

    public static int majorityNeeded(int attending) {
        return attending / 2 + 1;
    }

    /** Below 100 staff the assembly is always of the full staff (Art. 51(2)(a)). */
    public static void checkMode(AssemblyMode mode, int staffCount) {
        if (mode == AssemblyMode.DELEGATES && staffCount < DELEGATES_FROM_STAFF) {
            throw new BusinessRuleException("rule.delegatesNeed100", staffCount);
        }
    }

    /** Units of 7 staff or fewer form no inspection board (Art. 60(1)). */
    public static void checkBoardSeats(boolean electBoard, Integer seats, int staffCount, boolean largerBoardDecided) {
        if (!electBoard) {
            return;
        }
        if (staffCount <= SMALL_UNIT_MAX_STAFF) {
            throw new BusinessRuleException("rule.smallUnitNoBoard", staffCount);
        }
        if (seats == null || seats < BOARD_MIN || (seats > BOARD_MAX && !largerBoardDecided)) {
            throw new BusinessRuleException("rule.boardSize", seats == null ? 0 : seats);
        }
    }

    /** An extraordinary assembly asked for by staff needs at least a third of them to sign (Art. 50(1)). */
    public static void checkPetition(int signatures, int staffCount) {
        requireCount(signatures);
        if (signatures > staffCount) {
            throw new BusinessRuleException("rule.petitionExceedsStaff", signatures, staffCount);
        }
        if (3L * signatures < staffCount) {
            throw new BusinessRuleException("rule.petitionTooFew", signatures, petitionNeeded(staffCount), staffCount);
        }
    }

    /** Smallest number of signatures that makes a third of the staff. */
    public static int petitionNeeded(int staffCount) {
        return (staffCount + 2) / 3;
    }

    /** Never the principal, a vice-principal or the chief accountant; consent recorded (Art. 60(2)). */
    public static void checkCandidate(String name, Set<Role> roles, boolean consent) {
        if (roles.contains(Role.PRINCIPAL) || roles.contains(Role.VICE_PRINCIPAL) || roles.contains(Role.ACCOUNTANT)) {
            throw new BusinessRuleException("rule.candidateIneligible", name);
        }
        if (!consent) {
            throw new BusinessRuleException("rule.candidateConsent", name);
        }
    }

    /** A ballot's result for one candidate. */
    public record Tally(long staffId, String name, int votes) {
    }

    /**
     * What one round of the board election gives. {@code elected} win a seat now; {@code tied} share the last
     * open seat with the same votes and go to a second round among themselves for {@code seatsStillOpen};
     * with TOO_FEW the board is below its minimum and a further round is held for the seats still open.
     */
    public record RoundCount(ElectionRound.Outcome outcome, List<Tally> elected, List<Tally> tied, int seatsStillOpen) {
    }

    /**
     * One round: those with more than half of the attending, ranked, win up to the open seats. A tie at the
     * last open seat elects nobody of the tied (nobody is picked arbitrarily); fewer than the board's minimum
     * in all means a further round. {@code alreadyElected} counts those elected in earlier rounds.
     */
    public static RoundCount countRound(Collection<Tally> tallies, int attending, int seatsOpen, int alreadyElected) {
        for (Tally t : tallies) {
            requireCount(t.votes());
            if (t.votes() > attending) {
                throw new BusinessRuleException("rule.candidateVotesExceed", t.name(), t.votes(), attending);
            }
        }
        if (seatsOpen <= 0) {
            throw new BusinessRuleException("rule.noSeatsOpen");
        }
        List<Tally> winners = tallies.stream().filter(t -> passes(t.votes(), attending))
                .sorted(Comparator.comparingInt(Tally::votes).reversed()).toList();
        if (winners.size() > seatsOpen && winners.get(seatsOpen - 1).votes() == winners.get(seatsOpen).votes()) {
            int cutoff = winners.get(seatsOpen).votes();
            List<Tally> above = winners.stream().filter(t -> t.votes() > cutoff).toList();
            List<Tally> tied = winners.stream().filter(t -> t.votes() == cutoff).toList();
            return new RoundCount(ElectionRound.Outcome.TIE, above, tied, seatsOpen - above.size());
        }
        List<Tally> elected = winners.subList(0, Math.min(seatsOpen, winners.size()));
        int open = seatsOpen - elected.size();
        if (alreadyElected + elected.size() < BOARD_MIN) {
            return new RoundCount(ElectionRound.Outcome.TOO_FEW, elected, List.of(), open);
        }
        return new RoundCount(ElectionRound.Outcome.COMPLETE, elected, List.of(), open);
    }

    /** One head; at least one deputy; at most two deputies with 9 or more members, otherwise one (Art. 60(4)). */
    public static void checkOfficers(int members, int heads, int deputies) {
        if (heads != 1) {
            throw new BusinessRuleException("rule.oneHead");
        }
        if (deputies < 1) {
            throw new BusinessRuleException("rule.deputyRequired");
        }
        int maxDeputies = members >= BOARD_MAX ? 2 : 1;
        if (deputies > maxDeputies) {
            throw new BusinessRuleException("rule.tooManyDeputies", maxDeputies, members);
        }
    }

    /** The written ballot after two failed convocations: more than half of all staff (Art. 50(2), conservative). */
    public static boolean ballotPasses(int votesFor, int allStaff) {
        return passes(votesFor, allStaff);
    }

    /** The posts of "without a post" in the board mix: management, union, party and department posts. */
    private static final Set<Role> POSTS = java.util.EnumSet.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.UNION_CHAIR,
            Role.UNION_EXECUTIVE, Role.PARTY_SECRETARY, Role.ACCOUNTANT, Role.CASHIER, Role.INSPECTION_BOARD_HEAD,
            Role.EMULATION_COUNCIL, Role.DEPARTMENT_HEAD, Role.UNION_GROUP_HEAD);

    /** Someone who holds none of the school's posts (an account role such as ADMIN is no post). */
    public static boolean withoutPost(vn.hoinghi.school.StaffInfo person) {
        return person.roles().stream().noneMatch(POSTS::contains);
    }

    /** The people in a list as typed ("A; B, C" or one a line). */
    public static List<String> names(String list) {
        if (list == null) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split("[;,\\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** A listed person's name without what follows it: "Lê Thị Hồng – Chủ tịch CĐ" gives "Lê Thị Hồng". */
    public static String bareName(String listed) {
        String s = listed.strip();
        for (String sep : List.of(" – ", " - ", "(", ":")) {
            int i = s.indexOf(sep);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return s.strip();
    }

    private static void requireCount(int n) {
        if (n < 0) {
            throw new BusinessRuleException("rule.negativeCount");
        }
    }
}
