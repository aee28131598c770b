package vn.hoinghi.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.Spreadsheets;
import vn.hoinghi.shared.Texts;

/**
 * The tracker, as filtered, as a spreadsheet (XLSX, real dates shown dd/MM/yyyy) and as CSV (UTF-8 with a
 * byte-order mark, so Excel shows the diacritics), with Vietnamese headers: the officer forwards it.
 */
@Service
@Transactional(readOnly = true)
public class TrackerExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String[] HEADERS = {"export.no", "export.school", "export.stage", "export.planned",
            "export.held", "export.present", "export.convened", "export.quorum", "export.resolution",
            "export.board", "export.deadline", "export.submitted", "export.state", "export.daysOverdue",
            "export.returnReason"};

    private final Tracker tracker;
    private final AppI18NProvider i18n;

    TrackerExport(Tracker tracker, AppI18NProvider i18n) {
        this.tracker = tracker;
        this.i18n = i18n;
    }

    public String fileName(TrackerFilter filter, String extension) {
        String year = filter.schoolYear() == null ? SeasonService.currentSchoolYear() : filter.schoolYear();
        return "theo-doi-hoi-nghi-" + year + "." + extension;
    }

    public byte[] xlsx(TrackerFilter filter, TrackerSort sort) {
        List<TrackerRow> rows = tracker.all(filter, sort);
        // streamed: rows are written out 100 at a time instead of kept as a DOM of the whole sheet (2,500 schools
        // took 1.1 s as XSSF, most of it building and serialising that DOM); texts inline, no shared-strings table
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t("export.sheet", filter.schoolYear()));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(t(HEADERS[c]));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (TrackerRow row : rows) {
                Row line = sheet.createRow(r);
                Object[] values = values(r, row);
                for (int c = 0; c < values.length; c++) {
                    Cell cell = line.createCell(c);
                    Object v = values[c];
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dates);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
                r++;
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(r - 1, 0), 0, HEADERS.length - 1));
            sheet.setColumnWidth(1, 45 * 256);
            for (int c = 2; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose(); // its temporary files
        }
    }

    public byte[] csv(TrackerFilter filter, TrackerSort sort) {
        List<TrackerRow> rows = tracker.all(filter, sort);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            List<String> header = new ArrayList<>();
            for (String h : HEADERS) {
                header.add(t(h));
            }
            csv.printRecord(header.stream().map(Spreadsheets::csvText).toList());
            int r = 1;
            for (TrackerRow row : rows) {
                List<String> line = new ArrayList<>();
                for (Object v : values(r++, row)) {
                    // a number stays a number; any text that looks like a formula is written as text
                    line.add(v instanceof LocalDate d ? Texts.date(d) : v instanceof Number n ? n.toString()
                            : Spreadsheets.csvText(v == null ? null : v.toString()));
                }
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Object[] values(int no, TrackerRow row) {
        TrackerTexts.Translator tr = this::t;
        return new Object[]{no, row.schoolName(), TrackerTexts.stage(row, tr), row.plannedOn(), row.heldOn(),
                row.present(), row.convened(), TrackerTexts.yesNo(row.quorumReached(), tr),
                TrackerTexts.yesNo(row.resolutionAdopted(), tr), TrackerTexts.board(row, tr), row.deadline(),
                row.submittedOn(), TrackerTexts.state(row, tr),
                row.state() == FilingState.OVERDUE ? row.daysOverdue() : null, row.returnReason()};
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, AppI18NProvider.VIETNAMESE, args);
    }
}
