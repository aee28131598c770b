package vn.hoinghi.assembly;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The supervising body's deadlines for a school's assembly in a school year, offered as the launch
 * form's defaults. Implemented by the supervision module, so this module does not depend on it.
 */
public interface SeasonDefaults {

    /** plannedPlenary is the date the principal reported, or null. */
    record Season(LocalDate plannedPlenary, LocalDate holdBy, LocalDate fileBy, String dossierContents) {
    }

    Optional<Season> forSchool(long schoolId, String schoolYear);
}
