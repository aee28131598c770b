package vn.hoinghi.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.FilingDeadlines;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/**
 * The officer sets the season's deadlines for all the body's schools at once. Saving asks every
 * principal for the planned date (a task each), and a new filing deadline moves every open assembly's
 * deadline, filing task and timers with it.
 */
@Service
@Transactional
public class SeasonService {

    private static final Logger log = LoggerFactory.getLogger(SeasonService.class);

    /** What the officer sees of a season; saved is false while it is only a suggestion. */
    public record SeasonView(String bodyName, boolean saved, SeasonForm form, String updatedBy,
                             LocalDateTime updatedAt, LocalDate latestByLaw) {
    }

    /** A saved season's deadlines, as the tracker and the schools see them. */
    public record Deadlines(String schoolYear, LocalDate reportPlannedBy, LocalDate holdBy, LocalDate fileBy,
                            String dossierContents) {
    }

    public record Warning(String key, Object... args) {
    }

    /** What saving did: assemblies whose deadline moved, principals newly asked, due dates changed. */
    public record SaveResult(int deadlinesMoved, int tasksStarted, int tasksRescheduled) {
    }

    static final String DEFAULT_CONTENTS = """
            Nghị quyết hội nghị (bản chỉnh sửa được và bản scan có dấu đỏ)
            Quy chế làm việc của nhà trường
            Đăng ký thi đua của tập thể và cá nhân
            Biên bản hội nghị toàn thể""";

    private final SeasonRepository seasons;
    private final SchoolDirectory directory;
    private final TrackerQueries queries;
    private final FilingDeadlines filingDeadlines;
    private final PlannedDates plannedDates;

    SeasonService(SeasonRepository seasons, SchoolDirectory directory, TrackerQueries queries,
                  FilingDeadlines filingDeadlines, PlannedDates plannedDates) {
        this.seasons = seasons;
        this.directory = directory;
        this.queries = queries;
        this.filingDeadlines = filingDeadlines;
        this.plannedDates = plannedDates;
    }

    /** The school year whose assemblies are held now: it starts when the working year (August) ends. */
    public static String schoolYearOf(LocalDate day) {
        int start = day.getMonthValue() > 8 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    public static String currentSchoolYear() {
        return schoolYearOf(VietnamTime.today());
    }

    /** The season of the officer's body, or a suggestion to start from when none is saved yet. */
    @Transactional(readOnly = true)
    public SeasonView season(String schoolYear) {
        long bodyId = Officers.body();
        String year = checkYear(schoolYear);
        String bodyName = bodyName(bodyId);
        LocalDate latest = latestByLaw(bodyId, year);
        return seasons.findBySupervisingBodyIdAndSchoolYear(bodyId, year)
                .map(s -> new SeasonView(bodyName, true, new SeasonForm(year, s.getReportPlannedBy(), s.getHoldBy(),
                        s.getFileBy(), s.getDossierContents()), directory.displayName(s.getUpdatedBy()),
                        s.getUpdatedAt(), latest))
                .orElseGet(() -> new SeasonView(bodyName, false, suggestion(year, latest), null, null, latest));
    }

    /** The years the officer can open: the saved seasons, this school year and the next. */
    @Transactional(readOnly = true)
    public List<String> schoolYears() {
        long bodyId = Officers.body();
        TreeSet<String> years = new TreeSet<>(Comparator.reverseOrder());
        seasons.findBySupervisingBodyIdOrderBySchoolYearDesc(bodyId).forEach(s -> years.add(s.getSchoolYear()));
        String current = currentSchoolYear();
        years.add(current);
        int start = Integer.parseInt(current.substring(0, 4)) + 1;
        years.add(start + "-" + (start + 1));
        return List.copyOf(years);
    }

    @Transactional(readOnly = true)
    public Optional<Deadlines> deadlines(String schoolYear) {
        long bodyId = Officers.body();
        return seasons.findBySupervisingBodyIdAndSchoolYear(bodyId, checkYear(schoolYear)).map(SeasonService::deadlines);
    }

    static Deadlines deadlines(Season s) {
        return new Deadlines(s.getSchoolYear(), s.getReportPlannedBy(), s.getHoldBy(), s.getFileBy(),
                s.getDossierContents());
    }

    /** Allowed, but the officer should know: a deadline later than the law allows for some school. */
    @Transactional(readOnly = true)
    public List<Warning> warnings(SeasonForm form) {
        long bodyId = Officers.body();
        List<Warning> warnings = new ArrayList<>();
        if (form.getHoldBy() != null && validYear(form.getSchoolYear())) {
            LocalDate latest = latestByLaw(bodyId, form.getSchoolYear());
            if (latest != null && form.getHoldBy().isAfter(latest)) {
                warnings.add(new Warning("season.warn.holdLate", Texts.date(latest)));
            }
        }
        if (form.getReportPlannedBy() != null && form.getReportPlannedBy().isBefore(VietnamTime.today())) {
            warnings.add(new Warning("season.warn.reportPast"));
        }
        return warnings;
    }

    public SaveResult save(SeasonForm form) {
        AppUser officer = Officers.require();
        long bodyId = officer.supervisingBodyId();
        validate(form);
        Season season = seasons.findBySupervisingBodyIdAndSchoolYear(bodyId, form.getSchoolYear())
                .orElseGet(() -> new Season(bodyId, form.getSchoolYear()));
        LocalDate oldFileBy = season.getFileBy();
        LocalDate oldReportBy = season.getReportPlannedBy();
        season.update(form.getReportPlannedBy(), form.getHoldBy(), form.getFileBy(), form.getDossierContents().strip(),
                officer.getUsername(), VietnamTime.now());
        season = seasons.saveAndFlush(season);

        int moved = 0;
        if (!form.getFileBy().equals(oldFileBy)) {
            for (long assemblyId : queries.openAssemblies(bodyId, form.getSchoolYear())) {
                if (filingDeadlines.move(assemblyId, form.getFileBy())) {
                    moved++;
                }
            }
        }
        PlannedDates.Started asked = plannedDates.askPrincipals(season,
                oldReportBy != null && !oldReportBy.equals(form.getReportPlannedBy()));
        log.info("Season {} of body {} saved by {}: {} deadlines moved, {} principals asked, {} due dates changed",
                form.getSchoolYear(), bodyId, officer.getUsername(), moved, asked.started(), asked.rescheduled());
        return new SaveResult(moved, asked.started(), asked.rescheduled());
    }

    static void validate(SeasonForm f) {
        if (!validYear(f.getSchoolYear())) {
            throw new BusinessRuleException("launch.badSchoolYear");
        }
        if (f.getReportPlannedBy() == null || f.getHoldBy() == null || f.getFileBy() == null) {
            throw new BusinessRuleException("season.datesRequired");
        }
        if (f.getHoldBy().isBefore(f.getReportPlannedBy()) || f.getFileBy().isBefore(f.getHoldBy())) {
            throw new BusinessRuleException("season.datesOrder");
        }
        if (f.getDossierContents() == null || f.getDossierContents().isBlank()) {
            throw new BusinessRuleException("season.contentsRequired");
        }
        if (f.getDossierContents().strip().length() > 2000) {
            throw new BusinessRuleException("season.contentsTooLong");
        }
    }

    private static boolean validYear(String y) {
        return y != null && y.matches("\\d{4}-\\d{4}")
                && Integer.parseInt(y.substring(5)) == Integer.parseInt(y.substring(0, 4)) + 1;
    }

    private static String checkYear(String y) {
        String year = y == null || y.isBlank() ? currentSchoolYear() : y;
        if (!validYear(year)) {
            throw new BusinessRuleException("launch.badSchoolYear");
        }
        return year;
    }

    /** The earliest "3 months after the working year ends" among the body's schools (Art. 51(1)). */
    private LocalDate latestByLaw(long bodyId, String year) {
        int start = Integer.parseInt(year.substring(0, 4));
        return directory.schoolsOfBody(bodyId).stream().map(s -> LaunchService.latestPlenary(s, start))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private String bodyName(long bodyId) {
        return queries.bodyName(bodyId);
    }

    private static SeasonForm suggestion(String year, LocalDate latest) {
        // the seed authority's habit: plans reported by late August, assemblies by the end of September
        int start = Integer.parseInt(year.substring(0, 4));
        LocalDate holdBy = latest == null ? LocalDate.of(start, 10, 31) : latest.minusMonths(1);
        return new SeasonForm(year, LocalDate.of(start, 8, 25), holdBy, holdBy.plusDays(14), DEFAULT_CONTENTS);
    }
}
