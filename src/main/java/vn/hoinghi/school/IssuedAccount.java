package vn.hoinghi.school;

/** An account created by an import, with its initial password: shown once, never stored in clear. */
public record IssuedAccount(long staffId, String code, String fullName, String departmentName, String username,
                            String initialPassword, String email) {
}
