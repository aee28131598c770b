package vn.hoinghi.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.hoinghi.documents.render.OfficialDocument.Block;
import vn.hoinghi.documents.render.OfficialDocument.Paragraph;
import vn.hoinghi.documents.render.OfficialDocument.Signer;
import vn.hoinghi.documents.render.OfficialDocument.Table;

/**
 * Writes the editable copy as a Word document with Apache POI, from the same model as the PDF: A4, the
 * decree's margins, Times New Roman (the decree's font; LibreOffice shows it with the metric-compatible
 * Liberation Serif), the two-column header with its rules, the signature block and "Nơi nhận".
 */
public final class DocxRenderer {

    public static final String FONT = "Times New Roman";

    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = mm(20);
    private static final int MARGIN_BOTTOM = mm(20);
    private static final int MARGIN_LEFT = mm(30);
    private static final int MARGIN_RIGHT = mm(15);
    /** 165 mm of text between the margins. */
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int CELL_PADDING = 108 * 2;
    private static final int FIRST_LINE = mm(10);
    /** "Độc lập - Tự do - Hạnh phúc" at 13 pt bold measures 56 mm: the rule beneath is as long. */
    private static final int MOTTO_RULE = mm(57);

    private final Labels labels;

    public DocxRenderer(Labels labels) {
        this.labels = labels;
    }

    public byte[] render(OfficialDocument model) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, model);
            if (!model.letter()) {
                XWPFParagraph type = paragraph(doc, ParagraphAlignment.CENTER, 360, 0);
                run(type, model.typeName(), 14, true, false);
                XWPFParagraph subject = paragraph(doc, ParagraphAlignment.CENTER, 0, 0);
                run(subject, model.subject(), 14, true, false);
                rule(doc.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 4, 240);
            } else {
                paragraph(doc, ParagraphAlignment.CENTER, 0, 120);
            }
            for (String a : model.addressees()) {
                run(paragraph(doc, ParagraphAlignment.CENTER, 0, 180), a, 13, false, false);
            }
            for (Block b : model.body()) {
                if (b instanceof Paragraph p) {
                    body(doc, p);
                } else if (b instanceof Table t) {
                    table(doc, t);
                }
            }
            signature(doc, model);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));
        // Page numbers centred at the top, from the second page on (Appendix I).
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR r = field.addNewR();
        CTRPr rpr = r.addNewRPr();
        rpr.addNewRFonts().setAscii(FONT);
        rpr.getRFontsArray(0).setHAnsi(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(26));
        r.addNewT().setStringValue("2");
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private void header(XWPFDocument doc, OfficialDocument model) {
        int left = TEXT_WIDTH * 40 / 100;
        int right = TEXT_WIDTH - left;
        XWPFTable t = layoutTable(doc, left, right);
        XWPFTableCell issuerCell = t.getRow(0).getCell(0);
        XWPFTableCell nationCell = t.getRow(0).getCell(1);
        XWPFParagraph first = issuerCell.getParagraphs().get(0);
        if (model.header().superior() != null) {
            centred(first);
            run(first, model.header().superior(), 12, false, false);
            first = issuerCell.addParagraph();
        }
        centred(first);
        run(first, model.header().issuer(), 12, true, false);
        XWPFParagraph issuerRule = issuerCell.addParagraph();
        rule(issuerRule, left - CELL_PADDING, (left - CELL_PADDING) * 34 / 100, 0);
        XWPFParagraph number = issuerCell.addParagraph();
        centred(number);
        number.setSpacingBefore(120);
        run(number, model.header().numberLine(), 13, false, false);
        if (model.letter()) {
            XWPFParagraph about = issuerCell.addParagraph();
            centred(about);
            about.setSpacingBefore(60);
            run(about, labels.letterSubjectPrefix() + " " + model.subject(), 12, false, false);
        }

        XWPFParagraph nation = nationCell.getParagraphs().get(0);
        centred(nation);
        run(nation, labels.nation(), 12, true, false);
        XWPFParagraph motto = nationCell.addParagraph();
        centred(motto);
        run(motto, labels.motto(), 13, true, false);
        // The solid line beneath the motto, as long as the motto: a bottom border between equal indents.
        int indent = Math.max(0, (right - CELL_PADDING - MOTTO_RULE) / 2);
        motto.setIndentationLeft(indent);
        motto.setIndentationRight(indent);
        motto.setBorderBottom(Borders.SINGLE);
        XWPFParagraph place = nationCell.addParagraph();
        centred(place);
        place.setSpacingBefore(120);
        run(place, model.header().placeDate(), 13, false, true);
    }

    private static void body(XWPFDocument doc, Paragraph p) {
        XWPFParagraph para = doc.createParagraph();
        para.setSpacingAfter(120);
        para.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        boolean bold = false;
        boolean italic = false;
        switch (p.style()) {
            case BODY, ITEM -> {
                para.setAlignment(ParagraphAlignment.BOTH);
                para.setIndentationFirstLine(FIRST_LINE);
            }
            case HEADING -> {
                para.setAlignment(ParagraphAlignment.BOTH);
                para.setIndentationFirstLine(FIRST_LINE);
                para.setSpacingBefore(120);
                bold = true;
            }
            case CENTER_BOLD -> {
                para.setAlignment(ParagraphAlignment.CENTER);
                para.setSpacingBefore(180);
                para.setSpacingAfter(180);
                bold = true;
            }
            case CENTER_ITALIC -> {
                para.setAlignment(ParagraphAlignment.CENTER);
                italic = true;
            }
        }
        if (p.lead() != null) {
            run(para, p.lead() + " ", 13, true, italic);
        }
        run(para, p.text(), 13, bold, italic);
    }

    private static void table(XWPFDocument doc, Table t) {
        int cols = t.headers().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        int[] widths = new int[cols];
        for (int i = 0; i < cols; i++) {
            widths[i] = TEXT_WIDTH * t.widths().get(i) / 100;
        }
        fixedGrid(table, widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < cols; c++) {
            XWPFParagraph p = cell(head.getCell(c), widths[c]);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, t.headers().get(c), 12, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            XWPFTableRow tr = table.getRow(r + 1);
            tr.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph p = cell(tr.getCell(c), widths[c]);
                if (t.centred(c)) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                run(p, c < row.size() ? row.get(c) : "", 12, false, false);
            }
        }
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(60);
    }

    private void signature(XWPFDocument doc, OfficialDocument model) {
        if (model.signers().isEmpty()) {
            // An unsigned sheet (a conference's programme): its recipients, if any, and nothing to sign.
            if (!model.recipients().isEmpty()) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(240);
                recipientLines(p, doc, model.recipients());
            }
            return;
        }
        int left = TEXT_WIDTH * 45 / 100;
        int right = TEXT_WIDTH - left;
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(120);
        XWPFTable t = layoutTable(doc, left, right);
        // The signature stays in one piece on one page.
        t.getRow(0).setCantSplitRow(true);
        List<Signer> signers = model.signers();
        if (signers.size() == 1) {
            recipients(t.getRow(0).getCell(0), model.recipients());
            signer(t.getRow(0).getCell(1), signers.get(0));
        } else {
            signer(t.getRow(0).getCell(0), signers.get(0));
            signer(t.getRow(0).getCell(1), signers.get(1));
            if (!model.recipients().isEmpty()) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(240);
                recipientLines(p, doc, model.recipients());
            }
        }
    }

    private void recipients(XWPFTableCell cell, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        XWPFParagraph title = cell.getParagraphs().get(0);
        run(title, labels.recipientsTitle(), 12, true, true);
        for (String line : lines) {
            XWPFParagraph p = cell.addParagraph();
            run(p, line, 11, false, false);
        }
    }

    private void recipientLines(XWPFParagraph title, XWPFDocument doc, List<String> lines) {
        run(title, labels.recipientsTitle(), 12, true, true);
        for (String line : lines) {
            run(doc.createParagraph(), line, 11, false, false);
        }
    }

    private static void signer(XWPFTableCell cell, Signer s) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        centred(p);
        if (s.authority() != null) {
            run(p, s.authority(), 13, true, false);
            p = cell.addParagraph();
            centred(p);
        }
        if (s.title() != null) {
            run(p, s.title(), 13, true, false);
        }
        // The space where the signature goes and the seal overlaps its left third (Decree 30/2020 Art. 33).
        p.setSpacingAfter(mm(26));
        XWPFParagraph name = cell.addParagraph();
        centred(name);
        run(name, s.name(), 13, true, false);
    }

    /** A borderless two-column table for the header and the signature. */
    private static XWPFTable layoutTable(XWPFDocument doc, int left, int right) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        fixedGrid(t, new int[]{left, right});
        t.getRow(0).getCell(0).setWidth(String.valueOf(left));
        t.getRow(0).getCell(1).setWidth(String.valueOf(right));
        return t;
    }

    private static void fixedGrid(XWPFTable t, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        t.setWidth(String.valueOf(total));
        CTTblLayoutType layout = t.getCTTbl().getTblPr().isSetTblLayout() ? t.getCTTbl().getTblPr().getTblLayout()
                : t.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static XWPFParagraph cell(XWPFTableCell cell, int width) {
        cell.setWidth(String.valueOf(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        return p;
    }

    /** An empty paragraph whose bottom border, between equal indents, draws a centred rule. */
    private static void rule(XWPFParagraph p, int available, int length, int spacingAfter) {
        int indent = Math.max(0, (available - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingAfter(spacingAfter);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        XWPFRun r = p.createRun();
        r.setFontSize(2);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static void centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
    }

    private static int mm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }
}
