package vn.hoinghi.assembly.workflow;

/**
 * The process variables of staffAssembly, declared once. They hold ids and routing facts only;
 * everything people enter lives in JPA entities.
 */
public final class AssemblyVariables {

    public static final String PROCESS_KEY = "staffAssembly";

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
    public static final String DOSSIER_ACCEPTED = "dossierAccepted";
    /** Element variables of the multi-instance tasks. */
    public static final String DRAFT_ID = "draftId";
    public static final String DEPARTMENT_ID = "departmentId";

    private AssemblyVariables() {
    }
}
