package vn.hoinghi.assembly;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The stages a person sees on the assembly page, in order; which tasks make them up is said by {@link AssemblyStep}. */
public enum Stage {
    PREPARATORY,
    DRAFTING,
    KEY_STAFF,
    GROUP_MEETINGS,
    FEEDBACK,
    PLENARY,
    BOARD,
    RESOLUTION,
    FILING,
    SIX_MONTH_REVIEW,
    CLOSED,
    /** Cancelled by the principal before the plenary, with a reason. */
    CANCELLED;

    public Set<AssemblyStep> steps() {
        return Arrays.stream(AssemblyStep.values()).filter(s -> s.stage() == this).collect(Collectors.toSet());
    }

    /** The stage of an assembly task by its BPMN id; null for an id the process does not have. */
    public static Stage ofTask(String taskDefinitionKey) {
        return AssemblyStep.ofTask(taskDefinitionKey).map(AssemblyStep::stage).orElse(null);
    }

    public String messageKey() {
        return "stage." + name();
    }
}
