package vn.hoinghi.supervision;

/** The tracker's order: one column, up or down; ties go by school name. */
public record TrackerSort(Column column, boolean ascending) {

    public enum Column {
        SCHOOL, STAGE, PLANNED, HELD, DEADLINE, STATE
    }

    public static final TrackerSort DEFAULT = new TrackerSort(Column.SCHOOL, true);
}
