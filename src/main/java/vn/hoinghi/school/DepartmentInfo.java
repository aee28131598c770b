package vn.hoinghi.school;

public record DepartmentInfo(long id, String name, boolean active, long memberCount) {
}
