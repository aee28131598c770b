package vn.hoinghi.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import vn.hoinghi.conference.PlanForm.AssignmentRow;
import vn.hoinghi.conference.PlanForm.BatchRow;
import vn.hoinghi.conference.PlanForm.CategoryRow;
import vn.hoinghi.conference.PlanForm.ProgrammeRow;

/**
 * The shape of seed 003 (Long Biên's plan for its 2023-2024 conference) as a starting point for a body's plan,
 * scaled to a commune: guests in groups, the schools' principals from the data and typed delegates, the timed
 * programme, the duties by unit and the award batches. The planner changes what differs; bridge points are
 * added by the caller, since their contacts are the body's own.
 */
public final class ModelPlan {

    private ModelPlan() {
    }

    /**
     * @param counts what the app counts itself (ConferenceService.PlanData#fromData)
     * @param owner  the officer who first owns every duty (the planner reassigns them)
     */
    public static void fill(PlanForm f, LocalDate heldOn, Map<CategorySource, Integer> counts, String owner,
                            java.util.Collection<vn.hoinghi.school.SchoolLevel> levels) {
        fill(f, heldOn, counts, owner);
        // Seed 003: the body's conference on 22/8, then THCS on 23/8, TH on 26/8, MN on 27/8.
        Map<vn.hoinghi.school.SchoolLevel, Integer> after = Map.of(vn.hoinghi.school.SchoolLevel.THCS, 1,
                vn.hoinghi.school.SchoolLevel.THPT, 2, vn.hoinghi.school.SchoolLevel.TIEU_HOC, 4,
                vn.hoinghi.school.SchoolLevel.MAM_NON, 5);
        f.setLevelDates(new java.util.ArrayList<>());
        for (vn.hoinghi.school.SchoolLevel level : levels.stream()
                .sorted(java.util.Comparator.comparing(l -> after.getOrDefault(l, 1))).toList()) {
            f.getLevelDates().add(new PlanForm.LevelDateRow(level, heldOn.plusDays(after.getOrDefault(level, 1)), null));
        }
    }

    public static void fill(PlanForm f, LocalDate heldOn, Map<CategorySource, Integer> counts, String owner) {
        f.setHeldOn(heldOn);
        f.setStartsAt(LocalTime.of(8, 30));
        f.setFormat(ConferenceFormat.BOTH);
        if (f.getPlace() == null || f.getPlace().isBlank()) {
            f.setPlace("Hội trường Ủy ban nhân dân");
        }
        f.setChair("Ủy ban nhân dân");
        f.setBudgetSource("Kinh phí tổ chức hội nghị được trích từ nguồn ngân sách cấp cho sự nghiệp giáo dục năm "
                + heldOn.getYear() + " theo quy định.");
        f.setNominationDeadline(heldOn.minusDays(10));
        f.setCategories(new java.util.ArrayList<>(List.of(
                new CategoryRow(CategoryGroup.GUEST, "Lãnh đạo Sở, các phòng của Sở GDĐT", CategorySource.TYPED, 3),
                new CategoryRow(CategoryGroup.GUEST, "Đại biểu Ban Thi đua – Khen thưởng", CategorySource.TYPED, 1),
                new CategoryRow(CategoryGroup.GUEST, "Thường trực Đảng ủy, lãnh đạo HĐND, UBND", CategorySource.TYPED, 6),
                new CategoryRow(CategoryGroup.GUEST, "Đơn vị kết nghĩa", CategorySource.TYPED, 2),
                new CategoryRow(CategoryGroup.GUEST, "Trưởng các phòng, ban, ngành", CategorySource.TYPED, 5),
                new CategoryRow(CategoryGroup.BASE, "Hiệu trưởng các trường", CategorySource.PRINCIPALS,
                        counts.getOrDefault(CategorySource.PRINCIPALS, 0)),
                new CategoryRow(CategoryGroup.BASE, "Cha mẹ học sinh có con đạt giải quốc gia, quốc tế",
                        CategorySource.TYPED, 4, 2),
                new CategoryRow(CategoryGroup.BASE, "Giáo viên đạt giải Nhất ngày hội CNTT cấp Thành phố",
                        CategorySource.TYPED, 5, 2),
                new CategoryRow(CategoryGroup.BASE, "Học sinh giỏi tiêu biểu", CategorySource.TYPED, 20, 5))));
        f.setInPersonTotal(f.getCategories().stream().mapToInt(c -> c.getExpected() == null ? 0 : c.getExpected()).sum());
        f.setProgramme(new java.util.ArrayList<>(List.of(
                new ProgrammeRow(LocalTime.of(8, 0), LocalTime.of(8, 30), "Đón tiếp đại biểu", "Văn phòng"),
                new ProgrammeRow(LocalTime.of(8, 30), LocalTime.of(8, 45), "Văn nghệ chào mừng", "Các trường"),
                new ProgrammeRow(LocalTime.of(8, 45), LocalTime.of(8, 55),
                        "Khai mạc hội nghị; tuyên bố lý do, giới thiệu đại biểu", "Ban tổ chức"),
                new ProgrammeRow(LocalTime.of(8, 55), LocalTime.of(9, 30),
                        "Báo cáo tổng kết năm học và triển khai nhiệm vụ năm học mới", "Lãnh đạo UBND"),
                new ProgrammeRow(LocalTime.of(9, 30), LocalTime.of(10, 15),
                        "Tham luận của đại diện các cấp học", "Các trường được chọn"),
                new ProgrammeRow(LocalTime.of(10, 15), LocalTime.of(10, 30), "Phát biểu của lãnh đạo cấp trên",
                        "Lãnh đạo Sở GDĐT"),
                new ProgrammeRow(LocalTime.of(10, 30), LocalTime.of(10, 50),
                        "Công bố quyết định khen thưởng tập thể, giáo viên, học sinh tiêu biểu", "Bộ phận thi đua"),
                new ProgrammeRow(LocalTime.of(10, 50), LocalTime.of(11, 0),
                        "Ký cam kết thực hiện mô hình “Trường học chuyển đổi số”", "Các cụm chuyên môn"),
                new ProgrammeRow(LocalTime.of(11, 0), null, "Bế mạc hội nghị", "Chủ trì"))));
        f.setAssignments(new java.util.ArrayList<>(List.of(
                new AssignmentRow("Phòng Văn hóa – Xã hội", "Xây dựng báo cáo, slide trình chiếu và hình ảnh kết quả năm học",
                        owner, heldOn.minusDays(5)),
                new AssignmentRow("Phòng Văn hóa – Xã hội", "Phát hành giấy mời đại biểu và các trường", owner,
                        heldOn.minusDays(7)),
                new AssignmentRow("Phòng Văn hóa – Xã hội", "Phối hợp hoàn thiện danh sách khen thưởng", owner,
                        heldOn.minusDays(6)),
                new AssignmentRow("Bộ phận thi đua, khen thưởng", "Tham mưu quyết định khen thưởng; in giấy khen",
                        owner, heldOn.minusDays(3)),
                new AssignmentRow("Văn phòng HĐND-UBND", "Chuẩn bị hội trường, âm thanh, trang trí khánh tiết",
                        owner, heldOn.minusDays(1)),
                new AssignmentRow("Phòng Kinh tế", "Hướng dẫn thủ tục thanh toán kinh phí hội nghị", owner,
                        heldOn.minusDays(2)))));
        f.setBatches(new java.util.ArrayList<>(List.of(
                new BatchRow("Tập thể xuất sắc trong phong trào thi đua “Đổi mới sáng tạo trong dạy và học”",
                        RecipientKind.COLLECTIVE),
                new BatchRow("Tập thể được công nhận trường học điện tử", RecipientKind.COLLECTIVE),
                new BatchRow("Giáo viên đạt giải Nhất ngày hội CNTT và STEM cấp Thành phố", RecipientKind.TEACHER),
                new BatchRow("Học sinh đạt giải Nhất, Huy chương Vàng cấp Quốc gia", RecipientKind.PUPIL),
                new BatchRow("Học sinh đạt giải Nhì, Ba cấp Thành phố", RecipientKind.PUPIL))));
    }
}
