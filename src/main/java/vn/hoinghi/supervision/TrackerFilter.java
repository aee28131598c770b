package vn.hoinghi.supervision;

import java.util.Set;

import vn.hoinghi.assembly.Stage;

/**
 * What the officer narrows the tracker to. Empty sets mean "any"; notLaunched adds the schools that
 * have not launched their assembly to a stage filter. The search ignores case and diacritics.
 */
public record TrackerFilter(String schoolYear, String search, Set<FilingState> states, Set<Stage> stages,
                            boolean notLaunched) {

    public TrackerFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    public static TrackerFilter all(String schoolYear) {
        return new TrackerFilter(schoolYear, null, Set.of(), Set.of(), false);
    }

    public TrackerFilter withStates(Set<FilingState> newStates) {
        return new TrackerFilter(schoolYear, search, newStates, stages, notLaunched);
    }

    public TrackerFilter withSearch(String newSearch) {
        return new TrackerFilter(schoolYear, newSearch, states, stages, notLaunched);
    }

    public TrackerFilter withStages(Set<Stage> newStages, boolean withNotLaunched) {
        return new TrackerFilter(schoolYear, search, states, newStages, withNotLaunched);
    }
}
