package vn.hoinghi.school;

/** What the staff list shows: a search over name, code and username (diacritics optional), and whether leavers too. */
public record StaffFilter(String search, boolean includeLeft) {
}
