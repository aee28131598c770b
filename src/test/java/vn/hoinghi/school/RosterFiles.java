package vn.hoinghi.school;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Roster files as a person would make them: the app's template filled in, or a CSV saved by a spreadsheet. */
public final class RosterFiles {

    private RosterFiles() {
    }

    /** Fills the template's first sheet from row 2, one array of cells per person, as typed. */
    public static byte[] fillTemplate(byte[] template, List<String[]> people) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            int r = 1;
            for (String[] p : people) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < p.length; c++) {
                    if (p[c] != null && !p[c].isEmpty()) {
                        row.createCell(c).setCellValue(p[c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook with the given header row and rows, written as a stream (fit for 10,000 rows). */
    public static byte[] xlsx(String[] header, List<String[]> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            List<String[]> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            int r = 0;
            for (String[] cells : all) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null && !cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text with the given separator, quoted where needed, in UTF-8 (with a byte-order mark if asked). */
    public static byte[] csv(String[] header, List<String[]> rows, char separator, boolean bom) {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] cells : all) {
            sb.append(java.util.Arrays.stream(cells).map(c -> quote(c == null ? "" : c, separator))
                    .collect(Collectors.joining(String.valueOf(separator)))).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String cell, char separator) {
        if (cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** The template's headers, in order. */
    public static String[] headers() {
        return java.util.Arrays.stream(RosterColumn.values()).map(RosterColumn::templateHeader).toArray(String[]::new);
    }

    /**
     * Forty people of a primary and lower-secondary school with every role the assembly needs:
     * code, name, date of birth, gender, position, department, e-mail, phone, union member, roles.
     */
    public static List<String[]> fortyPeople() {
        List<String[]> p = new ArrayList<>();
        p.add(row("HT01", "Lương Văn Thành", "12/05/1972", "Nam", "CBQL", "", "thanhlv@thcs.edu.vn", "0912000001", "Có",
                "Hiệu trưởng"));
        p.add(row("PHT01", "Đoàn Thị Minh Nguyệt", "03/11/1978", "Nữ", "CBQL", "", "", "0912000002", "Có",
                "Phó hiệu trưởng, Thường trực Hội đồng thi đua – khen thưởng"));
        p.add(row("GV01", "Hà Thị Bích", "21/01/1980", "Nữ", "GV", "Tổ Tiểu học", "", "", "Có",
                "Chủ tịch Công đoàn; Ủy viên BCH Công đoàn"));
        p.add(row("GV02", "Kiều Văn Sang", "09/09/1983", "Nam", "GV", "to khoa hoc tu nhien", "", "", "Có",
                "Uỷ viên BCH công đoàn"));
        p.add(row("GV03", "Lâm Văn Tài", "15/06/1975", "Nam", "GV", "Tổ Khoa học xã hội", "", "", "Có",
                "Bí thư chi bộ"));
        p.add(row("NV01", "Khúc Thị Hằng", "30/04/1985", "Nữ", "NV", "Văn phòng", "", "", "Có", "Kế toán"));
        p.add(row("GV04", "Mạc Văn Khải", "02/09/1979", "Nam", "GV", "Tổ Khoa học tự nhiên", "", "", "Có",
                "Trưởng ban Thanh tra nhân dân"));
        p.add(row("GV05", "Ninh Thị Huyền", "19/08/1988", "Nữ", "GV", "Tổ Khoa học xã hội", "", "", "Có",
                "Thư ký hội nghị"));
        p.add(row("GV06", "Ông Thị Lụa", "07/07/1981", "Nữ", "GV", "Tổ Tiểu học", "", "", "Có",
                "Tổ trưởng chuyên môn"));
        p.add(row("GV07", "Quách Văn Lực", "14/03/1982", "Nam", "GV", "Tổ Khoa học tự nhiên", "", "", "Có",
                "TTCM"));
        p.add(row("GV08", "Tôn Nữ Diệu", "25/12/1984", "Nữ", "GV", "Tổ Khoa học xã hội", "", "", "Có",
                "Tổ trưởng chuyên môn"));
        p.add(row("NV02", "Văn Thị Mơ", "11/11/1986", "Nữ", "NV", "Tổ Văn phòng", "", "", "Có",
                "Tổ trưởng chuyên môn"));
        p.add(row("GV09", "Âu Văn Nhật", "01/02/1987", "Nam", "GV", "Tổ Tiểu học", "", "", "Có",
                "Tổ trưởng công đoàn"));
        p.add(row("GV10", "Bế Thị Oanh", "05/05/1989", "Nữ", "GV", "Tổ Khoa học tự nhiên", "", "", "Có",
                "Tổ trưởng công đoàn"));
        p.add(row("GV11", "Chu Văn Phong", "08/08/1990", "Nam", "GV", "Tổ Khoa học xã hội", "", "", "Có",
                "Tổ trưởng công đoàn"));
        p.add(row("NV03", "Diệp Thị Quế", "12/12/1991", "Nữ", "NV", "Tổ Văn phòng", "", "", "Có",
                "Tổ trưởng công đoàn"));
        String[] given = {"An", "Bảo", "Cường", "Dũng", "Giang", "Hải", "Hoà", "Khánh", "Linh", "Mai", "Nam", "Phúc",
                "Quang", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến", "Thảo", "Trang", "Tuấn", "Vinh", "Hương"};
        String[] depts = {"Tổ Tiểu học", "Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Văn phòng"};
        for (int i = 0; i < given.length; i++) {
            boolean office = i % 4 == 3;
            p.add(row((office ? "NV" : "GV") + (20 + i), (i % 2 == 0 ? "Nguyễn Văn " : "Trần Thị ") + given[i],
                    String.format("%02d/%02d/%d", 1 + i, 1 + i % 12, 1980 + i % 15), i % 2 == 0 ? "Nam" : "Nữ",
                    office ? "NV" : "GV", depts[i % 4], "", "09120001" + String.format("%02d", i), i % 5 == 0 ? "Không" : "Có",
                    ""));
        }
        return p;
    }

    public static String[] row(String... cells) {
        return cells;
    }
}
