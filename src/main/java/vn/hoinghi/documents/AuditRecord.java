package vn.hoinghi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.assembly.AssemblyQueries;
import vn.hoinghi.assembly.AssemblyQueries.Overview;
import vn.hoinghi.audit.AuditEntry;
import vn.hoinghi.audit.AuditSubject;
import vn.hoinghi.audit.AuditTrail;
import vn.hoinghi.documents.DocumentService.FileContent;
import vn.hoinghi.documents.render.Labels;
import vn.hoinghi.documents.render.OfficialDocument;
import vn.hoinghi.documents.render.OfficialDocument.Header;
import vn.hoinghi.documents.render.OfficialDocument.Paragraph;
import vn.hoinghi.documents.render.OfficialDocument.Style;
import vn.hoinghi.documents.render.OfficialDocument.Table;
import vn.hoinghi.documents.render.PdfRenderer;
import vn.hoinghi.shared.Texts;
import vn.hoinghi.shared.VietnamTime;

/**
 * The assembly's audit trail for the archive: who did what and when, as the server recorded it, as a PDF in the
 * school's layout and as an XLSX. Read by the school's staff and its supervising body only (AuditTrail checks).
 */
@Service
@Transactional(readOnly = true)
public class AuditRecord {

    private final AssemblyQueries queries;
    private final AuditTrail trail;
    private final Words words;
    private final PdfRenderer pdf;

    AuditRecord(AssemblyQueries queries, AuditTrail trail, Words words) {
        this.queries = queries;
        this.trail = trail;
        this.words = words;
        this.pdf = new PdfRenderer(new Labels(words.t("doc.nation"), words.t("doc.motto"), words.t("doc.recipients"),
                words.t("doc.letterPrefix")));
    }

    /** The assembly's lines, oldest first. */
    public List<AuditEntry> entries(long assemblyId) {
        Overview o = queries.overview(assemblyId);
        return trail.forSubject(subject(o));
    }

    public FileContent pdf(long assemblyId) {
        Overview o = queries.overview(assemblyId);
        List<AuditEntry> entries = trail.forSubject(subject(o));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (AuditEntry e : entries) {
            rows.add(List.of(String.valueOf(i++), Texts.dateTime(e.at()), who(e), what(e)));
        }
        OfficialDocument doc = new OfficialDocument(words.t("audit.export.title"),
                new Header(Composer.superior(o.school().bodyName()), Words.upper(o.school().name()), "",
                        words.t("audit.export.printedAt", Texts.dateTime(VietnamTime.now()))),
                words.t("audit.export.type"), words.t("audit.export.subject", o.assembly().schoolYear()), List.of(),
                List.of(new Paragraph(null, words.t("audit.export.intro", entries.size()), Style.BODY),
                        new Table(List.of(words.t("doc.col.no"), words.t("audit.export.when"),
                                words.t("audit.export.who"), words.t("audit.export.what")),
                                List.of(8, 20, 22, 50), rows)),
                List.of(), List.of());
        return new FileContent(fileName(o) + ".pdf", DocumentService.PDF, pdf.render(doc));
    }

    public FileContent xlsx(long assemblyId) {
        Overview o = queries.overview(assemblyId);
        List<AuditEntry> entries = trail.forSubject(subject(o));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(words.t("audit.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            String[] headers = {words.t("doc.col.no"), words.t("audit.export.when"), words.t("audit.export.who"),
                    words.t("audit.export.account"), words.t("audit.export.action"), words.t("audit.export.task"),
                    words.t("audit.export.detail")};
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
                head.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (AuditEntry e : entries) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(e.at());
                row.getCell(1).setCellStyle(time);
                // string cells: text by their type, so a detail such as "=1+1" is never run as a formula
                row.createCell(2).setCellValue(who(e));
                row.createCell(3).setCellValue(e.actorUsername() == null ? "" : e.actorUsername());
                row.createCell(4).setCellValue(words.t("audit.action." + e.action().name()));
                row.createCell(5).setCellValue(e.taskName() == null ? "" : e.taskName());
                row.createCell(6).setCellValue(e.detail() == null ? "" : e.detail());
                r++;
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {6, 20, 26, 16, 30, 36, 60};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            return new FileContent(fileName(o) + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String who(AuditEntry e) {
        return e.bySystem() ? words.t("audit.system") : e.actorName();
    }

    private String what(AuditEntry e) {
        String action = words.t("audit.action." + e.action().name());
        String text = e.taskName() == null ? action : action + ": " + e.taskName();
        return e.detail() == null || e.detail().isBlank() ? text : text + " – " + e.detail();
    }

    private static String fileName(Overview o) {
        return "nhat-ky-hoi-nghi-" + o.assembly().schoolYear() + "-"
                + DocumentService.slug(o.school().shortCode());
    }

    private static AuditSubject subject(Overview o) {
        return AuditSubject.assembly(o.assembly().id(), o.assembly().schoolId(),
                o.assembly().processInstanceId());
    }
}
