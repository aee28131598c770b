package vn.hoinghi.documents;

/** Which document of an assembly: its kind, and the department for a department's minutes (0 otherwise). */
public record DocumentRef(DocumentKind kind, long departmentId) {

    public static DocumentRef of(DocumentKind kind) {
        return new DocumentRef(kind, 0);
    }
}
