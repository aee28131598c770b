package vn.hoinghi.security;

/** The roles a person holds in a school (or, for SUPERVISOR, in a supervising body). */
public enum Role {
    PRINCIPAL,
    VICE_PRINCIPAL,
    UNION_CHAIR,
    UNION_EXECUTIVE,
    PARTY_SECRETARY,
    ACCOUNTANT,
    /** The cashier (thủ quỹ), who keeps the school's cash; excluded from the board where the school says so. */
    CASHIER,
    INSPECTION_BOARD_HEAD,
    /** A deputy head of the inspection board, as the board elected them (issue 11: roles follow results). */
    INSPECTION_BOARD_DEPUTY,
    EMULATION_COUNCIL,
    DEPARTMENT_HEAD,
    UNION_GROUP_HEAD,
    SECRETARY,
    STAFF,
    SUPERVISOR,
    /** The province's system administrator, above every body: bodies, schools, officers, the holiday calendar. */
    SYSTEM_ADMIN,
    ADMIN;

    /** Roles that are held for one department, not the whole school. */
    public boolean departmentScoped() {
        return this == DEPARTMENT_HEAD || this == UNION_GROUP_HEAD;
    }

    /** Roles a school administrator may give: not the account kinds outside a school, nor everyone's STAFF. */
    public boolean assignableInSchool() {
        return this != STAFF && this != SUPERVISOR && this != SYSTEM_ADMIN;
    }

    public String messageKey() {
        return "role." + name();
    }
}
