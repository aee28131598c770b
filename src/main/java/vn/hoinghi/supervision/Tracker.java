package vn.hoinghi.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoinghi.assembly.DossierReviews;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.shared.BulkOutcome;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * The officer's tracker: every school of their body for a school year, paged in SQL, with totals, and
 * the decision on a submitted dossier. An officer sees and decides only for schools under their own body.
 */
@Service
@Transactional(readOnly = true)
public class Tracker {

    /** The most rows one export holds; far above the 2,500 schools of the largest body. */
    static final int EXPORT_LIMIT = 20_000;

    private final TrackerQueries queries;
    private final SeasonRepository seasons;
    private final DossierReviews reviews;
    /** One transaction per dossier of a bulk decision. */
    private final TransactionTemplate each;

    Tracker(TrackerQueries queries, SeasonRepository seasons, DossierReviews reviews,
            PlatformTransactionManager transactions) {
        this.queries = queries;
        this.seasons = seasons;
        this.reviews = reviews;
        this.each = new TransactionTemplate(transactions);
    }

    public String bodyName() {
        return queries.bodyName(Officers.body());
    }

    public List<TrackerRow> rows(TrackerFilter filter, TrackerSort sort, int offset, int limit) {
        return queries.rows(scope(filter.schoolYear()), filter, sort, offset, limit);
    }

    public int count(TrackerFilter filter) {
        return queries.count(scope(filter.schoolYear()), filter);
    }

    public TrackerTotals totals(String schoolYear) {
        return queries.totals(scope(schoolYear));
    }

    /** Every row the filter matches, for the export. */
    List<TrackerRow> all(TrackerFilter filter, TrackerSort sort) {
        return rows(filter, sort, 0, EXPORT_LIMIT);
    }

    @Transactional
    public void accept(long assemblyId) {
        decide(assemblyId, new Inputs.Review(true, null));
    }

    /**
     * Accepts several submitted dossiers, each on its own: one a colleague returned meanwhile, or that is no longer
     * awaiting review, is reported and the others are accepted.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkOutcome acceptAll(List<Long> assemblyIds) {
        long bodyId = Officers.body();
        // a dossier of another body among them is not a race but a forged request: refuse them all
        if (assemblyIds.stream().anyMatch(id -> !queries.assemblyUnderBody(id, bodyId))) {
            throw new BusinessRuleException("error.accessDenied");
        }
        return BulkOutcome.of(assemblyIds, String::valueOf,
                id -> each.executeWithoutResult(s -> decide(id, new Inputs.Review(true, null))));
    }

    /** Returns the dossier; the reason reopens the school's filing task and is shown in it. */
    @Transactional
    public void returnDossier(long assemblyId, String reason) {
        decide(assemblyId, new Inputs.Review(false, reason));
    }

    private void decide(long assemblyId, Inputs.Review review) {
        long bodyId = Officers.body();
        if (!queries.assemblyUnderBody(assemblyId, bodyId)) {
            throw new BusinessRuleException("error.accessDenied");
        }
        reviews.decide(assemblyId, review);
    }

    private TrackerQueries.Scope scope(String schoolYear) {
        long bodyId = Officers.body();
        String year = schoolYear == null || schoolYear.isBlank() ? SeasonService.currentSchoolYear() : schoolYear;
        Optional<Season> season = seasons.findBySupervisingBodyIdAndSchoolYear(bodyId, year);
        return new TrackerQueries.Scope(bodyId, year, season.map(Season::getId).orElse(null),
                season.map(Season::getFileBy).orElse(null), season.map(Season::getHoldBy).orElse(null),
                VietnamTime.today());
    }
}
