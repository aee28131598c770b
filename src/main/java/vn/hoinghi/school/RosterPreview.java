package vn.hoinghi.school;

import java.util.List;
import java.util.Map;

/**
 * What a roster file would do, before anything is saved: every row as understood, and every problem by
 * row and column. Hand it back to RosterImportService.importRows to import.
 *
 * @param columns the columns the file has, with their place (0 = A); an update leaves missing columns alone
 */
public record RosterPreview(long schoolId, String fileName, Map<RosterColumn, Integer> columns, List<RosterRow> rows,
                            List<RosterProblem> problems) {

    public long errorCount() {
        return problems.stream().filter(RosterProblem::error).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    public long validCount() {
        return rows.stream().filter(RosterRow::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    public long toCreate() {
        return rows.stream().filter(r -> r.valid() && r.action() == RosterRow.Action.CREATE).count();
    }

    public long toUpdate() {
        return rows.stream().filter(r -> r.valid() && r.action() == RosterRow.Action.UPDATE).count();
    }
}
