package vn.hoinghi.school;

import java.util.List;
import java.util.Map;

/**
 * What a schools file would do, before anything is saved: every row as understood and every problem by row
 * and column. Hand it back to SchoolsImportService.importRows.
 */
public record SchoolsPreview(String fileName, Map<SchoolColumn, Integer> columns, List<Row> rows,
                             List<Problem> problems) {

    public enum Action {
        CREATE, UPDATE
    }

    /** One school row; the resolved values are null where the cell was refused. */
    public record Row(int line, Map<SchoolColumn, String> cells, Action action, String code, String name,
                      SchoolLevel level, Long bodyId, String bodyName, String address, String principalName,
                      String principalEmail, String shortCode, String placeName, boolean valid) {

        public String cell(SchoolColumn c) {
            return cells.getOrDefault(c, "");
        }
    }

    /** A refused cell or row: the line as the spreadsheet shows it, the column and the cell reference. */
    public record Problem(int line, SchoolColumn column, String cell, String messageKey, Object... args) {
    }

    public long validCount() {
        return rows.stream().filter(Row::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    public long toCreate() {
        return rows.stream().filter(r -> r.valid() && r.action() == Action.CREATE).count();
    }

    public long toUpdate() {
        return rows.stream().filter(r -> r.valid() && r.action() == Action.UPDATE).count();
    }
}
