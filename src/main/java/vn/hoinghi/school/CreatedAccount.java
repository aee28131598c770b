package vn.hoinghi.school;

/** The new account's username and its initial password, shown once to the administrator. */
public record CreatedAccount(long staffId, String username, String initialPassword) {
}
