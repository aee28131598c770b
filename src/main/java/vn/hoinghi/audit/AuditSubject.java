package vn.hoinghi.audit;

/**
 * What an entry is about: an assembly, a body's conference, or just a process instance (when the task machinery,
 * which knows no process, records it). The school or the body decides who may read it; entries of the same
 * process instance are read together with the subject's.
 */
public record AuditSubject(String kind, Long id, Long schoolId, Long bodyId, String processInstanceId) {

    public static final String ASSEMBLY = "ASSEMBLY";
    public static final String CONFERENCE = "CONFERENCE";
    public static final String PROCESS = "PROCESS";
    public static final String SCHOOL = "SCHOOL";

    public AuditSubject {
        if (schoolId == null && bodyId == null) {
            throw new IllegalArgumentException("an audit subject belongs to a school or a body");
        }
    }

    public static AuditSubject assembly(long assemblyId, long schoolId, String processInstanceId) {
        return new AuditSubject(ASSEMBLY, assemblyId, schoolId, null, processInstanceId);
    }

    public static AuditSubject conference(long conferenceId, long bodyId, String processInstanceId) {
        return new AuditSubject(CONFERENCE, conferenceId, null, bodyId, processInstanceId);
    }

    /** The school itself: what its administrator changed, kept whether or not an assembly is under way. */
    public static AuditSubject school(long schoolId) {
        return new AuditSubject(SCHOOL, schoolId, schoolId, null, null);
    }

    /** A process instance of a school (schoolId set) or of a body (bodyId set). */
    public static AuditSubject process(String processInstanceId, Long schoolId, Long bodyId) {
        return new AuditSubject(PROCESS, null, schoolId, bodyId, processInstanceId);
    }
}
