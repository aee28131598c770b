package vn.hoinghi.supervision;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.SeasonDefaults;
import vn.hoinghi.school.SchoolDirectory;

/** Offers the body's season to its schools' launch form: the filing deadline and the reported date. */
@Component
@Transactional(readOnly = true)
class SchoolSeasons implements SeasonDefaults {

    private final SeasonRepository seasons;
    private final PlannedDateReportRepository reports;
    private final SchoolDirectory directory;

    SchoolSeasons(SeasonRepository seasons, PlannedDateReportRepository reports, SchoolDirectory directory) {
        this.seasons = seasons;
        this.reports = reports;
        this.directory = directory;
    }

    @Override
    public Optional<SeasonDefaults.Season> forSchool(long schoolId, String schoolYear) {
        long bodyId = directory.school(schoolId).bodyId();
        return seasons.findBySupervisingBodyIdAndSchoolYear(bodyId, schoolYear).map(s -> new SeasonDefaults.Season(
                reports.findBySeasonIdAndSchoolId(s.getId(), schoolId).map(PlannedDateReport::getPlannedOn).orElse(null),
                s.getHoldBy(), s.getFileBy(), s.getDossierContents()));
    }
}
