package vn.hoinghi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.Stage;
import vn.hoinghi.school.AccountDetailsService;

/** The demo officer's tracker over the generated schools: every stage, every dossier status, search. */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class TrackerDemoIT {

    @Autowired AccountDetailsService accounts;
    @Autowired Tracker tracker;
    @Autowired TrackerExport export;

    private final String year = SeasonService.currentSchoolYear();

    @BeforeEach
    void officer() {
        TestUsers.signIn(accounts, "chuyenvien");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_demo_body_has_the_demo_school_and_at_least_twenty_generated_schools_at_every_stage_and_status() {
        List<TrackerRow> rows = tracker.rows(TrackerFilter.all(year), TrackerSort.DEFAULT, 0, 500);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(21);
        assertThat(rows).extracting(TrackerRow::schoolName)
                .contains("Trường Tiểu học và Trung học cơ sở Hồng Hà", "Trường Mầm non Hòa Bình",
                        "Trường Tiểu học Tân Tiến", "Trường THCS Quang Trung");
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        rows.stream().map(TrackerRow::stage).filter(java.util.Objects::nonNull).forEach(stages::add);
        assertThat(stages).containsAll(EnumSet.complementOf(EnumSet.of(Stage.CLOSED, Stage.CANCELLED)));
        assertThat(rows).anyMatch(r -> r.stage() == null);
        assertThat(rows).extracting(TrackerRow::state).contains(FilingState.values());
        TrackerTotals totals = tracker.totals(year);
        assertThat(totals.schools()).isEqualTo(rows.size());
        assertThat(totals.filedOnTime()).isPositive();
        assertThat(totals.filedLate()).isPositive();
    }

    @Test
    void search_finds_hoa_binh_with_or_without_diacritics_and_in_any_case() {
        for (String typed : List.of("Hòa Bình", "hoa binh", "HOA BINH", "hòa bình", "Hoà Bình")) {
            assertThat(tracker.rows(TrackerFilter.all(year).withSearch(typed), TrackerSort.DEFAULT, 0, 50))
                    .as(typed).extracting(TrackerRow::schoolName)
                    .containsExactlyInAnyOrder("Trường Mầm non Hòa Bình", "Trường Tiểu học Hòa Bình");
        }
        assertThat(tracker.count(TrackerFilter.all(year).withSearch("hoa_binh"))).isZero();
        assertThat(tracker.count(TrackerFilter.all(year).withSearch("100%"))).isZero();
    }

    @Test
    void the_late_schools_filter_shows_only_overdue_dossiers_with_their_days() {
        List<TrackerRow> late = tracker.rows(TrackerFilter.all(year).withStates(Set.of(FilingState.OVERDUE)),
                new TrackerSort(TrackerSort.Column.DEADLINE, true), 0, 50);
        assertThat(late).isNotEmpty().allMatch(r -> r.state() == FilingState.OVERDUE && r.daysOverdue() >= 1);
        assertThat(late).extracting(TrackerRow::schoolName).contains("Trường Mầm non Hòa Bình", "Trường Tiểu học Lê Lợi");
        assertThat(late.get(0).daysOverdue()).isGreaterThanOrEqualTo(late.get(late.size() - 1).daysOverdue());
    }

    @Test
    void the_late_schools_export_to_xlsx_with_vietnamese_headers_diacritics_and_dd_mm_yyyy_dates() throws Exception {
        TrackerFilter late = TrackerFilter.all(year).withStates(Set.of(FilingState.OVERDUE));
        List<TrackerRow> rows = tracker.rows(late, TrackerSort.DEFAULT, 0, 100);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(late, TrackerSort.DEFAULT)))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(cells.formatCellValue(header.getCell(1))).isEqualTo("Trường");
            assertThat(cells.formatCellValue(header.getCell(10))).isEqualTo("Hạn nộp hồ sơ");
            assertThat(cells.formatCellValue(header.getCell(12))).isEqualTo("Tình trạng hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 1; i <= rows.size(); i++) {
                Row line = sheet.getRow(i);
                TrackerRow row = rows.get(i - 1);
                assertThat(cells.formatCellValue(line.getCell(1))).isEqualTo(row.schoolName());
                assertThat(cells.formatCellValue(line.getCell(10))).isEqualTo(vn.hoinghi.shared.Texts.date(row.deadline()));
                assertThat(line.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(row.deadline());
                assertThat(cells.formatCellValue(line.getCell(12))).isEqualTo("Quá hạn " + row.daysOverdue() + " ngày");
            }
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(cells.formatCellValue(sheet.getRow(i).getCell(1)));
            }
            assertThat(names).contains("Trường Mầm non Hòa Bình", "Trường Tiểu học Lê Lợi");
        }
    }

    @Test
    void the_csv_export_is_utf8_with_a_byte_order_mark_vietnamese_headers_and_the_filtered_rows() throws Exception {
        TrackerFilter hoaBinh = TrackerFilter.all(year).withSearch("hoa binh");
        byte[] csv = export.csv(hoaBinh, TrackerSort.DEFAULT);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).toList()).startsWith("STT", "Trường", "Giai đoạn hiện tại",
                "Ngày dự kiến họp toàn thể", "Ngày họp toàn thể");
        assertThat(records).hasSize(3);
        assertThat(records.subList(1, 3)).extracting(r -> r.get(1))
                .containsExactlyInAnyOrder("Trường Mầm non Hòa Bình", "Trường Tiểu học Hòa Bình");
        CSVRecord accepted = records.stream().filter(r -> r.get(1).equals("Trường Tiểu học Hòa Bình")).findFirst()
                .orElseThrow();
        assertThat(accepted.get(12)).isEqualTo("Đã tiếp nhận");
        assertThat(accepted.get(10)).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(export.fileName(hoaBinh, "csv")).isEqualTo("theo-doi-hoi-nghi-" + year + ".csv");
    }
}
