package vn.hoinghi.assembly.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.hoinghi.assembly.AssemblyFacts;

/**
 * Due dates and timer dates for the BPMN, computed from the launch data when the task or timer
 * is created. A day's deadline ends at the end of that day, Vietnam time.
 */
@Component("assemblyDates")
public class AssemblyDates {

    public static final ZoneId VIETNAM = vn.hoinghi.shared.VietnamTime.ZONE;
    /** Reminders go out this many days before the filing deadline, in the morning. */
    public static final int FILING_REMINDER_DAYS_BEFORE = 3;
    /** The last reminder goes out the day before the filing deadline, in the morning. */
    public static final int FILING_LAST_REMINDER_DAYS_BEFORE = 1;

    private final AssemblyFacts facts;

    AssemblyDates(AssemblyFacts facts) {
        this.facts = facts;
    }

    public Date preparatoryMeeting(Long assemblyId) {
        return endOf(facts.preparatoryOn(assemblyId));
    }

    public Date keyStaffMeeting(Long assemblyId) {
        return endOf(facts.keyStaffOn(assemblyId));
    }

    public Date groupMeetings(Long assemblyId) {
        return endOf(facts.groupMeetingsOn(assemblyId));
    }

    public Date plenary(Long assemblyId) {
        return endOf(facts.plenaryOn(assemblyId));
    }

    public Date draftDue(Long draftId) {
        return endOf(facts.draftDue(draftId));
    }

    public Date recognitionDue(Long assemblyId) {
        return endOf(facts.recognitionDue(assemblyId));
    }

    public Date officersDue(Long assemblyId) {
        return endOf(facts.officersDue(assemblyId));
    }

    public Date newsPostDue(Long assemblyId) {
        return endOf(facts.newsPostDue(assemblyId));
    }

    public Date filingDeadline(Long assemblyId) {
        return endOf(facts.filingDeadline(assemblyId));
    }

    public Date filingReminder(Long assemblyId) {
        return at(facts.filingDeadline(assemblyId).minusDays(FILING_REMINDER_DAYS_BEFORE), LocalTime.of(7, 0));
    }

    public Date filingLastDayReminder(Long assemblyId) {
        return at(facts.filingDeadline(assemblyId).minusDays(FILING_LAST_REMINDER_DAYS_BEFORE), LocalTime.of(7, 0));
    }

    /** The next review's morning; once the next regular assembly adopted its resolution, now (the reviews end). */
    public Date sixMonthReview(Long assemblyId) {
        if (!facts.resolutionInForce(assemblyId)) {
            return new Date();
        }
        return at(facts.sixMonthReviewOn(assemblyId), LocalTime.of(7, 0));
    }

    public static Date endOf(LocalDate day) {
        return at(day, LocalTime.of(23, 59, 59));
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(VIETNAM).toInstant());
    }
}
