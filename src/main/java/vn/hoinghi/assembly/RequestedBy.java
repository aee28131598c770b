package vn.hoinghi.assembly;

/** Who asked for an extraordinary assembly (Law 10/2022 Art. 50(1)). */
public enum RequestedBy {
    UNION_EXECUTIVE, PRINCIPAL, STAFF_PETITION
}
