package vn.hoinghi.school;

/**
 * A problem found in one row (or in the header row) of a roster file, with the reason as a message key and
 * its arguments. Errors keep the row out of the import; warnings only inform.
 *
 * @param line   the row number as the spreadsheet program shows it
 * @param column the column concerned, or null when the whole row is
 * @param cell   the cell's reference (for example "C7"), or null
 */
public record RosterProblem(int line, RosterColumn column, String cell, Severity severity, String messageKey,
                            Object... args) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }
}
