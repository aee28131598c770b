package vn.hoinghi.school;

/** Since 1/7/2025 there is no district office: schools report to a commune or the province. */
public enum BodyKind {
    COMMUNE_PEOPLES_COMMITTEE,
    PROVINCIAL_DEPARTMENT_OF_EDUCATION,
    OTHER
}
