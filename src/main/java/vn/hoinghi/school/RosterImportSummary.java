package vn.hoinghi.school;

import java.util.List;

/**
 * What an import did.
 *
 * @param unchanged rows of people already on file whose details were the same
 * @param skipped   rows left out because of an error (only when importing the valid rows)
 * @param accounts  the new accounts with their initial passwords, to hand out
 * @param mailed    how many of them were also sent by e-mail (0 when mail is not configured)
 */
public record RosterImportSummary(int created, int updated, int unchanged, int skipped, int rolesStarted,
                                  int rolesEnded, List<IssuedAccount> accounts, int mailed, long millis) {
}
