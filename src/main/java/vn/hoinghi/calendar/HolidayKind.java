package vn.hoinghi.calendar;

/** What a stored calendar day means for a public body on a Monday-to-Friday week. */
public enum HolidayKind {
    /** A statutory holiday falling on a weekday. */
    HOLIDAY,
    /** A weekday off given for a holiday that fell on a Saturday or Sunday (Labour Code Art. 111(3)). */
    COMPENSATORY_DAY_OFF,
    /** A weekday made a day off by a government swap; paid back by a working Saturday. */
    SWAPPED_DAY_OFF,
    /** A Saturday worked in exchange for a swapped day off. */
    WORKING_SATURDAY;

    public boolean isDayOff() {
        return this != WORKING_SATURDAY;
    }
}
