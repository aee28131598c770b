package vn.hoinghi.school;

import java.util.List;

/** What an import of the schools file did; the new administrators' passwords are shown once. */
public record SchoolsImportSummary(int created, int updated, int unchanged, int moved, int skipped,
                                   List<IssuedAccount> administrators, int mailed) {
}
