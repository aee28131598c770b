package vn.hoinghi.supervision;

import java.util.Map;

import vn.hoinghi.assembly.Stage;

/**
 * Counts over all the body's schools for the school year (filters do not apply). byStage has no entry
 * for null: notLaunched counts those. Filing: filed on time or late (by the last submission), overdue
 * and not filed, not yet due.
 */
public record TrackerTotals(long schools, long notLaunched, Map<Stage, Long> byStage, Map<FilingState, Long> byState,
                            long filedOnTime, long filedLate) {

    public long count(FilingState state) {
        return byState.getOrDefault(state, 0L);
    }

    public long count(Stage stage) {
        return byStage.getOrDefault(stage, 0L);
    }
}
