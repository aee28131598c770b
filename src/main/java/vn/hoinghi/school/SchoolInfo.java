package vn.hoinghi.school;

import java.time.LocalDate;

public record SchoolInfo(long id, String name, String shortCode, String placeName, long bodyId, String bodyName,
                         BodyKind bodyKind, boolean hasUnion, LocalDate boardTermEndsOn, int assemblyDeadlineMonthOffset,
                         int workingYearEndsOnMonth) {
}
