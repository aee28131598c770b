package vn.hoinghi.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.hoinghi.security.Role;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.BusinessRuleException;

/** Reading roster cells the way schools type them, without a Spring context. */
class RosterParsingTest {

    private static List<RosterFileReader.Line> read(byte[] bytes, String name) {
        return new RosterFileReader(name, 100).read(new ByteArrayInputStream(bytes));
    }

    /** A date typed in Excel is a number with a date format; it reads as dd/MM/yyyy whatever that format is. */
    @Test
    void a_date_cell_and_a_number_cell_read_as_the_person_typed_them() throws IOException {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                CellStyle us = wb.createCellStyle();
                us.setDataFormat((short) 14); // m/d/yy, Excel's default short date
                Row head = wb.createSheet("Danh sách").createRow(0);
                head.createCell(0).setCellValue("Ngày sinh");
                head.createCell(1).setCellValue("Điện thoại");
                head.createCell(2).setCellValue("Mã cán bộ");
                Row row = wb.getSheetAt(0).createRow(1);
                row.createCell(0).setCellValue(LocalDate.of(1985, 9, 2));
                row.getCell(0).setCellStyle(us);
                row.createCell(1).setCellValue(912345678d);
                row.createCell(2).setCellValue(1001d);
                wb.write(out);
                List<RosterFileReader.Line> lines = read(out.toByteArray(), "ds");
                assertThat(lines).hasSize(2);
                assertThat(lines.get(1).number()).isEqualTo(2);
                assertThat(lines.get(1).cells()).containsExactly("02/09/1985", "912345678", "1001");
            }
        }
    }

    @Test
    void csv_text_in_utf8_or_utf16_with_any_usual_separator_reads_into_cells() {
        String text = "Mã cán bộ;Họ và tên;Chức vụ\r\nGV1;\"Nguyễn Văn A; B\";GV\r\n\r\nGV2;Lê Thị Ánh;NV\r\n";
        assertThat(read(text.getBytes(StandardCharsets.UTF_8), "a.csv")).extracting(RosterFileReader.Line::cells)
                .containsExactly(List.of("Mã cán bộ", "Họ và tên", "Chức vụ"), List.of("GV1", "Nguyễn Văn A; B", "GV"),
                        List.of("GV2", "Lê Thị Ánh", "NV"));
        assertThat(read(text.getBytes(StandardCharsets.UTF_8), "a.csv").get(2).number()).isEqualTo(4);
        byte[] utf16 = ("\uFEFF" + text.replace(';', '\t')).getBytes(StandardCharsets.UTF_16LE);
        assertThat(read(utf16, "a.txt").get(1).cells()).containsExactly("GV1", "Nguyễn Văn A B", "GV");
        // A name typed in decomposed Unicode (as some systems do) is stored composed.
        String decomposed = java.text.Normalizer.normalize("Mã cán bộ,Họ và tên\nGV3,Lê Thị Ánh", java.text.Normalizer.Form.NFD);
        assertThat(read(decomposed.getBytes(StandardCharsets.UTF_8), "a.csv").get(1).cell(1)).isEqualTo("Lê Thị Ánh");
    }

    @Test
    void a_file_is_recognised_by_its_content_not_its_name() {
        RosterFileReader reader = new RosterFileReader("x.xlsx", 10);
        assertThat(reader.kindOf("Mã cán bộ,Họ và tên".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(RosterFileReader.Kind.CSV);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.kindOf(gif)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("roster.file.notSpreadsheet");
        byte[] binary = {1, 2, 0, 4, 5};
        assertThatThrownBy(() -> reader.kindOf(binary)).hasMessage("roster.file.notSpreadsheet");
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> read(zip, "x.xlsx")).hasMessage("roster.file.notSpreadsheet");
    }

    @Test
    void headers_match_with_or_without_diacritics_brackets_and_usual_variants() {
        assertThat(RosterColumn.ofHeader("Chức vụ (CBQL/GV/NV)")).isEqualTo(RosterColumn.POSITION);
        assertThat(RosterColumn.ofHeader("CHUC VU")).isEqualTo(RosterColumn.POSITION);
        assertThat(RosterColumn.ofHeader("Mã CB")).isEqualTo(RosterColumn.CODE);
        assertThat(RosterColumn.ofHeader("Họ tên")).isEqualTo(RosterColumn.FULL_NAME);
        assertThat(RosterColumn.ofHeader("Số điện thoại")).isEqualTo(RosterColumn.PHONE);
        assertThat(RosterColumn.ofHeader("E-mail")).isEqualTo(RosterColumn.EMAIL);
        assertThat(RosterColumn.ofHeader("Tổ chuyên môn")).isEqualTo(RosterColumn.DEPARTMENT);
        assertThat(RosterColumn.ofHeader("STT")).isNull();
    }

    @Test
    void dates_positions_yes_no_and_phone_numbers_as_schools_write_them() {
        assertThat(RosterValidator.parseDate("2/9/1985")).isEqualTo(LocalDate.of(1985, 9, 2));
        assertThat(RosterValidator.parseDate("02-09-1985")).isEqualTo(LocalDate.of(1985, 9, 2));
        assertThat(RosterValidator.parseDate("02.09.1985")).isEqualTo(LocalDate.of(1985, 9, 2));
        assertThat(RosterValidator.parseDate("1985-09-02")).isEqualTo(LocalDate.of(1985, 9, 2));
        assertThat(RosterValidator.parseDate("31292")).isEqualTo(LocalDate.of(1985, 9, 2));
        assertThat(RosterValidator.parseDate("31/02/1985")).isNull();
        assertThat(RosterValidator.parseDate("02/09/85")).isNull();
        assertThat(RosterValidator.parseDate("tháng 9")).isNull();

        assertThat(RosterValidator.parsePosition("gv")).isEqualTo(Position.GV);
        assertThat(RosterValidator.parsePosition("Cán bộ quản lý")).isEqualTo(Position.CBQL);
        assertThat(RosterValidator.parsePosition("NV - Nhân viên")).isEqualTo(Position.NV);
        assertThat(RosterValidator.parsePosition("Hiệu trưởng")).isNull();

        assertThat(RosterValidator.parseGender("NỮ")).isEqualTo(Gender.FEMALE);
        assertThat(RosterValidator.parseYesNo("x")).isTrue();
        assertThat(RosterValidator.parseYesNo("Không")).isFalse();
        assertThat(RosterValidator.parseYesNo("có lẽ")).isNull();

        assertThat(RosterValidator.normalisePhone("0912.345.678")).isEqualTo("0912345678");
        assertThat(RosterValidator.normalisePhone("912345678")).isEqualTo("0912345678");
        assertThat(RosterValidator.normalisePhone("(024) 3825 1234")).isEqualTo("02438251234");
        assertThat(RosterValidator.normalisePhone("+84 912 345 678")).isEqualTo("+84912345678");
        assertThat(RosterValidator.normalisePhone("12-34")).isNull();
    }

    @Test
    void roles_are_understood_by_their_names_codes_and_usual_abbreviations() {
        RoleNames names = new RoleNames(new AppI18NProvider());
        assertThat(names.find("Hiệu trưởng")).isEqualTo(Role.PRINCIPAL);
        assertThat(names.find("HIEU TRUONG")).isEqualTo(Role.PRINCIPAL);
        assertThat(names.find("Uỷ viên BCH Công đoàn")).isEqualTo(Role.UNION_EXECUTIVE);
        assertThat(names.find("UV BCH CĐ")).isEqualTo(Role.UNION_EXECUTIVE);
        assertThat(names.find("Thường trực Hội đồng thi đua - khen thưởng")).isEqualTo(Role.EMULATION_COUNCIL);
        assertThat(names.find("TTCM")).isEqualTo(Role.DEPARTMENT_HEAD);
        assertThat(names.find("Tổ trưởng công đoàn")).isEqualTo(Role.UNION_GROUP_HEAD);
        assertThat(names.find("Tổ trưởng")).isEqualTo(Role.DEPARTMENT_HEAD);
        assertThat(names.find("Principal")).isEqualTo(Role.PRINCIPAL);
        assertThat(names.find("UNION_CHAIR")).isEqualTo(Role.UNION_CHAIR);
        assertThat(names.find("Giáo viên")).isEqualTo(Role.STAFF);
        assertThat(names.find("Thủ quỹ")).isEqualTo(Role.CASHIER);
        assertThat(names.find("Kế toán")).isEqualTo(Role.ACCOUNTANT);
        assertThat(names.find("Phó chủ tịch")).isNull();
        assertThat(RoleNames.split("Tổ trưởng chuyên môn; Ủy viên BCH Công đoàn,Thư ký\nKế toán"))
                .containsExactly("Tổ trưởng chuyên môn", "Ủy viên BCH Công đoàn", "Thư ký", "Kế toán");
    }

    @Test
    void the_template_has_the_vietnamese_headers_in_order_and_the_csv_template_a_byte_order_mark() throws IOException {
        RosterTemplates templates = new RosterTemplates(new AppI18NProvider());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templates.xlsx(List.of("Tổ Tiểu học"))))) {
            Row head = wb.getSheetAt(0).getRow(0);
            assertThat(java.util.stream.IntStream.range(0, head.getLastCellNum())
                    .mapToObj(i -> head.getCell(i).getStringCellValue()))
                    .containsExactly("Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ (CBQL/GV/NV)", "Tổ",
                            "Email", "Điện thoại", "Đoàn viên công đoàn", "Vai trò");
            assertThat(wb.getSheetName(0)).isEqualTo("Danh sách");
            assertThat(wb.getSheet("Danh mục").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tổ Tiểu học");
        }
        String csv = new String(templates.csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã cán bộ,Họ và tên,Ngày sinh,Giới tính,Chức vụ (CBQL/GV/NV),Tổ,Email,");
    }
}
