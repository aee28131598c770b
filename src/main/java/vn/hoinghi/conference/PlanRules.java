package vn.hoinghi.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.hoinghi.conference.PlanForm.AssignmentRow;
import vn.hoinghi.conference.PlanForm.BridgePointRow;
import vn.hoinghi.conference.PlanForm.CategoryRow;
import vn.hoinghi.conference.PlanForm.LevelDateRow;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;
import vn.hoinghi.school.SchoolLevel;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;

/**
 * The plan's rules, without Spring: a refusal names the input it concerns ("categories[2].expected"), so the
 * form shows it there; the first broken rule is refused and nothing is saved.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * @param owners  the usernames an assignment may be given to (the body's officers)
     * @param schools the ids of the body's schools, which alone may host a school's bridge point
     */
    public static void check(PlanForm f, LocalDate today, Set<String> owners, Set<Long> schools) {
        check(f, today, owners, schools, java.util.Map.of());
    }

    /**
     * @param units the body's units by name, each with the usernames of its people: when the body has units, a
     *              duty names one of them and its owner (optional then) is one of that unit's people
     */
    public static void check(PlanForm f, LocalDate today, Set<String> owners, Set<Long> schools,
                             java.util.Map<String, Set<String>> units) {
        check(f, today, owners, schools, units, Set.of());
    }

    /** @param levels the school levels the body's schools teach: each needs its level conference's date */
    public static void check(PlanForm f, LocalDate today, Set<String> owners, Set<Long> schools,
                             java.util.Map<String, Set<String>> units, Set<SchoolLevel> levels) {
        required("title", f.getTitle());
        if (f.getHeldOn() == null) {
            throw BusinessRuleException.onField("heldOn", "conference.plan.dateRequired");
        }
        if (f.getHeldOn().isBefore(today)) {
            throw BusinessRuleException.onField("heldOn", "conference.plan.dateInPast", Texts.date(today));
        }
        if (f.getStartsAt() == null) {
            throw BusinessRuleException.onField("startsAt", "conference.plan.timeRequired");
        }
        if (f.getFormat() == null) {
            throw BusinessRuleException.onField("format", "conference.plan.formatRequired");
        }
        if (f.getFormat() != ConferenceFormat.ONLINE) {
            required("place", f.getPlace());
        }
        required("chair", f.getChair());
        categories(f);
        programme(f.getProgramme());
        assignments(f.getAssignments(), f.getHeldOn(), owners, units);
        batches(f, today);
        bridgePoints(f, schools);
        levelDates(f, levels);
    }

    /** The school-level conferences follow the body's: within this many days of it (seed 003: one to five). */
    static final int LEVEL_WINDOW_DAYS = 30;

    /**
     * One date per school level, each in the window that launches the new school year: from the body's conference
     * day to {@link #LEVEL_WINDOW_DAYS} days later; a level the body's schools teach may not be left without one.
     */
    static void levelDates(PlanForm f, Set<SchoolLevel> levels) {
        List<LevelDateRow> rows = f.getLevelDates();
        Set<SchoolLevel> seen = java.util.EnumSet.noneOf(SchoolLevel.class);
        LocalDate from = f.getHeldOn();
        LocalDate to = from.plusDays(LEVEL_WINDOW_DAYS);
        for (int i = 0; i < rows.size(); i++) {
            LevelDateRow r = rows.get(i);
            if (r.getLevel() == null) {
                throw BusinessRuleException.onField("levelDates[" + i + "].level", "conference.plan.levelRequired");
            }
            if (!seen.add(r.getLevel())) {
                throw BusinessRuleException.onField("levelDates[" + i + "].level", "conference.plan.levelTwice");
            }
            if (r.getHeldOn() == null) {
                throw BusinessRuleException.onField("levelDates[" + i + "].heldOn", "conference.plan.levelDateRequired");
            }
            if (r.getHeldOn().isBefore(from) || r.getHeldOn().isAfter(to)) {
                throw BusinessRuleException.onField("levelDates[" + i + "].heldOn", "conference.plan.levelDateOutside",
                        Texts.date(from), Texts.date(to));
            }
        }
        for (SchoolLevel level : levels) {
            if (!seen.contains(level)) {
                throw BusinessRuleException.onField("levelDates", "conference.plan.levelMissing", level.abbreviation());
            }
        }
    }

    /** The in-person total must be the sum of the categories' counts (seed 003: 64 guests + 292 from the base). */
    static void categories(PlanForm f) {
        List<CategoryRow> rows = f.getCategories();
        if (rows.isEmpty()) {
            throw BusinessRuleException.onField("inPersonTotal", "conference.plan.categoriesRequired");
        }
        int sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            CategoryRow r = rows.get(i);
            required("categories[" + i + "].name", r.getName());
            if (r.getExpected() == null || r.getExpected() < 1) {
                throw BusinessRuleException.onField("categories[" + i + "].expected", "conference.plan.countPositive");
            }
            if (r.getPerSchool() != null) {
                if (r.getGroup() != CategoryGroup.BASE) {
                    throw BusinessRuleException.onField("categories[" + i + "].perSchool",
                            "conference.plan.perSchoolGuest");
                }
                if (r.getPerSchool() < 1 || r.getPerSchool() > r.getExpected()) {
                    throw BusinessRuleException.onField("categories[" + i + "].perSchool",
                            "conference.plan.perSchoolRange", r.getExpected());
                }
            }
            sum += r.getExpected();
        }
        if (f.getInPersonTotal() == null || f.getInPersonTotal() != sum) {
            throw BusinessRuleException.onField("inPersonTotal", "conference.plan.countsDontAddUp", sum,
                    f.getInPersonTotal() == null ? "—" : f.getInPersonTotal());
        }
    }

    static void programme(List<ProgrammeRow> rows) {
        if (rows.isEmpty()) {
            throw BusinessRuleException.onField("programme", "conference.plan.programmeRequired");
        }
        for (int i = 0; i < rows.size(); i++) {
            ProgrammeRow r = rows.get(i);
            if (r.getStartsAt() == null) {
                throw BusinessRuleException.onField("programme[" + i + "].startsAt", "conference.plan.itemWithoutTime");
            }
            required("programme[" + i + "].title", r.getTitle());
            if (r.getEndsAt() != null && !r.getEndsAt().isAfter(r.getStartsAt())) {
                throw BusinessRuleException.onField("programme[" + i + "].endsAt", "conference.plan.itemEndsBeforeStart");
            }
        }
    }

    static void assignments(List<AssignmentRow> rows, LocalDate heldOn, Set<String> owners,
                            java.util.Map<String, Set<String>> units) {
        for (int i = 0; i < rows.size(); i++) {
            AssignmentRow r = rows.get(i);
            required("assignments[" + i + "].unit", r.getUnit());
            required("assignments[" + i + "].duty", r.getDuty());
            if (!units.isEmpty()) {
                Set<String> people = units.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(r.getUnit().strip())).map(java.util.Map.Entry::getValue)
                        .findFirst().orElse(null);
                if (people == null) {
                    throw BusinessRuleException.onField("assignments[" + i + "].unit", "conference.plan.unknownUnit",
                            String.join(", ", units.keySet()));
                }
                if (r.getOwner() != null && !r.getOwner().isBlank() && !people.contains(r.getOwner())) {
                    throw BusinessRuleException.onField("assignments[" + i + "].owner",
                            "conference.plan.ownerNotInUnit", r.getUnit().strip());
                }
            } else if (r.getOwner() == null || !owners.contains(r.getOwner())) {
                throw BusinessRuleException.onField("assignments[" + i + "].owner", "conference.plan.ownerRequired");
            }
            if (r.getDueOn() == null) {
                throw BusinessRuleException.onField("assignments[" + i + "].dueOn", "conference.plan.dueRequired");
            }
            if (r.getDueOn().isAfter(heldOn)) {
                throw BusinessRuleException.onField("assignments[" + i + "].dueOn", "conference.plan.dueAfterDay",
                        Texts.date(heldOn));
            }
        }
    }

    static void batches(PlanForm f, LocalDate today) {
        for (int i = 0; i < f.getBatches().size(); i++) {
            required("batches[" + i + "].name", f.getBatches().get(i).getName());
            if (f.getBatches().get(i).getRecipientKind() == null) {
                throw BusinessRuleException.onField("batches[" + i + "].recipientKind", "conference.plan.kindRequired");
            }
        }
        LocalDate deadline = f.getNominationDeadline();
        if (deadline == null) {
            throw BusinessRuleException.onField("nominationDeadline", "conference.plan.deadlineRequired");
        }
        if (deadline.isBefore(today) || !deadline.isBefore(f.getHeldOn())) {
            throw BusinessRuleException.onField("nominationDeadline", "conference.plan.deadlineOutside",
                    Texts.date(today), Texts.date(f.getHeldOn()));
        }
    }

    /** Online or both: at least one bridge point, each with a technical contact who can be called. */
    static void bridgePoints(PlanForm f, Set<Long> schools) {
        List<BridgePointRow> rows = f.getBridgePoints();
        if (f.getFormat() == ConferenceFormat.IN_PERSON && !rows.isEmpty()) {
            throw BusinessRuleException.onField("format", "conference.plan.bridgeNeedsOnline");
        }
        if (f.getFormat() != ConferenceFormat.IN_PERSON && rows.isEmpty()) {
            throw BusinessRuleException.onField("format", "conference.plan.bridgeRequired");
        }
        for (int i = 0; i < rows.size(); i++) {
            BridgePointRow r = rows.get(i);
            required("bridgePoints[" + i + "].name", r.getName());
            required("bridgePoints[" + i + "].host", r.getHost());
            if (blank(r.getContactName())) {
                throw BusinessRuleException.onField("bridgePoints[" + i + "].contactName",
                        "conference.plan.bridgeWithoutContact", r.getName());
            }
            if (blank(r.getContactPhone())) {
                throw BusinessRuleException.onField("bridgePoints[" + i + "].contactPhone",
                        "conference.plan.bridgeWithoutPhone", r.getName());
            }
            if (r.getSchoolId() != null && !schools.contains(r.getSchoolId())) {
                throw BusinessRuleException.onField("bridgePoints[" + i + "].schoolId", "error.accessDenied");
            }
        }
    }

    /**
     * A school's delegates for one category: at most the category's quota per school, and all schools together at
     * most its planned count (which the schools already named take from).
     */
    public static void checkDelegateQuota(String category, Integer perSchool, long bySchool, int expected,
                                          long byAll) {
        if (perSchool != null && bySchool + 1 > perSchool) {
            throw BusinessRuleException.onField("category", "conference.delegate.overQuota", category, perSchool);
        }
        if (byAll + 1 > expected) {
            throw BusinessRuleException.onField("category", "conference.delegate.overTotal", category, expected);
        }
    }

    /** A nomination counts only until the school's deadline (the end of that day); the officer may reopen it. */
    public static void checkInTime(LocalDate today, LocalDate deadline) {
        if (today.isAfter(deadline)) {
            throw new BusinessRuleException("conference.nomination.late", Texts.date(deadline));
        }
    }

    private static void required(String field, String value) {
        if (blank(value)) {
            throw BusinessRuleException.onField(field, "conference.field.required");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
