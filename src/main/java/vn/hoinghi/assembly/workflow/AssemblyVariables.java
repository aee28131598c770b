package vn.hoinghi.assembly.workflow;

import java.util.List;
import java.util.Map;

import org.flowable.variable.api.delegate.VariableScope;

import vn.hoinghi.assembly.AssemblyStep;
import vn.hoinghi.tasks.OpenTask;

/**
 * The process variables of staffAssembly, declared once, and read only through the typed accessors below.
 * They hold ids and routing facts only; everything people enter lives in JPA entities.
 */
public final class AssemblyVariables {

    public static final String ASSEMBLY_ID = "assemblyId";
    public static final String SCHOOL_ID = "schoolId";
    public static final String DRAFT_IDS = "draftIds";
    public static final String REVISION_DRAFT_IDS = "revisionDraftIds";
    public static final String REVISIONS_REQUESTED = "revisionsRequested";
    public static final String DEPARTMENT_IDS = "departmentIds";
    public static final String QUORUM_REACHED = "quorumReached";
    public static final String CONVOCATION = "convocation";
    public static final String ELECT_BOARD = "electBoard";
    public static final String BOARD_ELECTED = "boardElected";
    /** Whether the sitting (or the written ballot) adopted the resolution; if not, a continuation is set. */
    public static final String RESOLUTION_ADOPTED = "resolutionAdopted";
    public static final String DOSSIER_ACCEPTED = "dossierAccepted";
    /** Element variables of the multi-instance tasks. */
    public static final String DRAFT_ID = "draftId";
    public static final String DEPARTMENT_ID = "departmentId";

    /** What a task's form needs to find its data. */
    static final List<String> TASK_VARIABLES = List.of(ASSEMBLY_ID, SCHOOL_ID, DRAFT_ID, DEPARTMENT_ID);

    private AssemblyVariables() {
    }

    public static long assemblyId(VariableScope execution) {
        return required(execution.getVariable(ASSEMBLY_ID), ASSEMBLY_ID);
    }

    public static long schoolId(VariableScope execution) {
        return required(execution.getVariable(SCHOOL_ID), SCHOOL_ID);
    }

    /** The assembly task with the ids its variables hold (the draft and department ones only in their tasks). */
    static AssemblyTask task(OpenTask task, AssemblyStep step) {
        Map<String, Object> vars = task.variables();
        return new AssemblyTask(task.id(), task.name(), step, required(vars.get(ASSEMBLY_ID), ASSEMBLY_ID),
                required(vars.get(SCHOOL_ID), SCHOOL_ID), optional(vars.get(DRAFT_ID)),
                optional(vars.get(DEPARTMENT_ID)), task.dueDate(), task.assignee(), task.processInstanceId());
    }

    private static long required(Object value, String name) {
        if (value == null) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return ((Number) value).longValue();
    }

    private static Long optional(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
