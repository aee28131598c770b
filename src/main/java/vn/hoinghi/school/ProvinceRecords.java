package vn.hoinghi.school;

/** What the province pages show and send; records, so no entity leaves the module. */
public final class ProvinceRecords {

    private ProvinceRecords() {
    }

    public record BodyRow(long id, String code, String name, BodyKind kind, Long parentId, String parentName,
                          boolean active, long schools, long officers) {
    }

    public record BodyForm(String code, String name, BodyKind kind, Long parentId) {
    }

    public record SchoolRow(long id, String code, String name, SchoolLevel level, long bodyId, String bodyName,
                            String address, String principalName, String principalEmail, String shortCode,
                            String placeName) {
    }

    /** A school to create by hand; the document abbreviation and place name are derived when blank. */
    public record SchoolForm(String code, String name, SchoolLevel level, Long bodyId, String address,
                             String principalName, String principalEmail, String shortCode, String placeName,
                             boolean createAdministrator) {
    }

    /** The school and, when asked for, its first administrator's one-time password (shown once). */
    public record SchoolCreated(long schoolId, IssuedAccount administrator) {
    }

    /** An officer or a school's administrator, as the accounts pages list them. */
    public record AccountRow(long id, String username, String fullName, String email, long placeId,
                             String placeName, boolean active, boolean locked, boolean mustChangePassword) {
    }

    /** An account just created or reset: the one-time password is shown once and mailed when mail is set. */
    public record OneTimePassword(String username, String fullName, String password, boolean mailed) {
    }
}
