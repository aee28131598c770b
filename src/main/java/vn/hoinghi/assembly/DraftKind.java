package vn.hoinghi.assembly;

import vn.hoinghi.security.Role;

/** The drafts assigned at the preparatory meeting, with who usually writes them (seed plan, Art. 51(4)). */
public enum DraftKind {
    PRINCIPAL_REPORT(Role.PRINCIPAL),
    UNION_REPORT(Role.UNION_CHAIR),
    FINANCE_REPORT(Role.ACCOUNTANT),
    SPENDING_RULES(Role.ACCOUNTANT),
    REGULATIONS(Role.VICE_PRINCIPAL),
    EMULATION_REPORT(Role.EMULATION_COUNCIL),
    INSPECTION_REPORT(Role.INSPECTION_BOARD_HEAD),
    BOARD_CANDIDATES(Role.UNION_EXECUTIVE);

    private final Role usualAuthor;

    DraftKind(Role usualAuthor) {
        this.usualAuthor = usualAuthor;
    }

    public Role usualAuthor() {
        return usualAuthor;
    }

    public String messageKey() {
        return "draft." + name();
    }
}
