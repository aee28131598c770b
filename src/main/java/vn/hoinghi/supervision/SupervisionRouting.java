package vn.hoinghi.supervision;

import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.hoinghi.security.Role;
import vn.hoinghi.security.TaskGroups;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/** Who gets the reportPlannedDate task and when it is due: called from that BPMN's expressions. */
@Component("supervisionRouting")
public class SupervisionRouting {

    private final SeasonRepository seasons;

    SupervisionRouting(SeasonRepository seasons) {
        this.seasons = seasons;
    }

    public String principals(Long schoolId) {
        return TaskGroups.school(schoolId, Role.PRINCIPAL);
    }

    /** The end of the reporting deadline's day, Vietnam time. */
    public Date reportDeadline(Long seasonId) {
        Season season = seasons.findById(seasonId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        return endOf(season.getReportPlannedBy());
    }

    static Date endOf(java.time.LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(VietnamTime.ZONE).toInstant());
    }
}
