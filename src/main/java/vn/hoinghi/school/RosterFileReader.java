package vn.hoinghi.school;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import vn.hoinghi.shared.BusinessRuleException;

/**
 * Reads the first sheet of a roster file into lines of text cells. The kind of file is told by its content,
 * not its name: Excel 2007+ (.xlsx, read as a stream, so a 10,000-row file needs little memory), Excel 97
 * (.xls), or CSV text (UTF-8 with or without a byte-order mark, or UTF-16 with one; comma, semicolon or tab).
 * Anything else is refused with a message that says what to do.
 */
final class RosterFileReader {

    /** One line of the sheet; line numbers are those a spreadsheet program shows. */
    record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    enum Kind {
        XLSX, XLS, CSV
    }

    /** A file bigger than this is refused before it is read; a 10,000-person roster is about 0.5 MB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String fileName;
    private final int maxLines;

    RosterFileReader(String fileName, int maxLines) {
        this.fileName = fileName == null ? "" : fileName;
        this.maxLines = maxLines;
    }

    List<Line> read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BusinessRuleException("roster.file.unreadable", fileName);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException("roster.file.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new BusinessRuleException("roster.file.empty", fileName);
        }
        List<Line> lines = switch (kindOf(bytes)) {
            case XLSX -> readXlsx(bytes);
            case XLS -> readXls(bytes);
            case CSV -> readCsv(bytes);
        };
        return lines;
    }

    Kind kindOf(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case OOXML -> Kind.XLSX;
            case OLE2 -> Kind.XLS;
            case UNKNOWN -> {
                if (looksLikeText(bytes)) {
                    yield Kind.CSV;
                }
                throw notSpreadsheet();
            }
            default -> throw notSpreadsheet();
        };
    }

    private BusinessRuleException notSpreadsheet() {
        return new BusinessRuleException("roster.file.notSpreadsheet", fileName);
    }

    /** Text has no NUL bytes (except as UTF-16 with its byte-order mark). */
    static boolean looksLikeText(byte[] bytes) {
        if (utf16(bytes) != null) {
            return true;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static java.nio.charset.Charset utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    // --- XLSX, as a stream of SAX events

    /** The most a workbook may inflate to: far above any school's roster, far below the server's memory. */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    /** The most one entry may inflate per byte stored (POI refuses above 100 as well). */
    static final long MAX_INFLATE_RATIO = 100;

    /**
     * Refuses a zip bomb before POI opens the package (which would inflate every entry into memory): the entries
     * are inflated once into nothing, counting, and the reading stops at the first limit passed.
     */
    static boolean inflatesWithinLimits(byte[] bytes) {
        long total = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[8192];
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES || total > MAX_INFLATE_RATIO * Math.max(bytes.length, 1024)) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            return true; // not a readable zip: POI says so with its own message
        }
        return true;
    }

    private List<Line> readXlsx(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        if (!inflatesWithinLimits(bytes)) {
            throw new BusinessRuleException("roster.file.inflatesTooMuch", fileName, MAX_INFLATED_BYTES / (1024 * 1024));
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            // A Word or PowerPoint file is a zip package too: only a workbook will do.
            var main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.isEmpty() || !isWorkbook(main.get(0))) {
                throw notSpreadsheet();
            }
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessRuleException("roster.file.empty", fileName);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Collector(lines),
                        new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (TooManyLines e) {
            throw new BusinessRuleException("roster.file.tooManyRows", fileName, maxLines);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw notSpreadsheet();
        } catch (Exception e) {
            throw new BusinessRuleException("roster.file.unreadable", fileName);
        }
        return lines;
    }

    private static boolean isWorkbook(PackagePart part) {
        if (part == null) {
            return false;
        }
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        return type.contains("spreadsheetml") || type.contains("ms-excel");
    }

    private static final class TooManyLines extends RuntimeException {
        TooManyLines() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of each row; the sheet XML gives only the cells that have something in them. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Line> lines;
        private List<String> cells;
        private int next;

        Collector(List<Line> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                if (lines.size() >= maxLines) {
                    throw new TooManyLines();
                }
                lines.add(new Line(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? next : new CellReference(reference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(clean(value));
            next = col + 1;
        }
    }

    /**
     * Formats numbers as their plain value and dates as dd/MM/yyyy, whatever display format the cell has,
     * so a date typed in any Excel locale reads the same and a phone number keeps all its digits.
     */
    static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DATE.format(DateUtil.getLocalDateTime(value, use1904).toLocalDate());
            }
            return plainNumber(value);
        }
    }

    static String plainNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // --- XLS (Excel 97-2003): small by nature, read whole

    private List<Line> readXls(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BusinessRuleException("roster.file.empty", fileName);
            }
            Sheet sheet = workbook.getSheetAt(0);
            PlainFormatter formatter = new PlainFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(clean(text(row.getCell(c), formatter)));
                }
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    if (lines.size() >= maxLines) {
                        throw new BusinessRuleException("roster.file.tooManyRows", fileName, maxLines);
                    }
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new BusinessRuleException("roster.file.unreadable", fileName);
        } catch (Exception e) {
            // An OLE2 file that is not a workbook: an old Word document, for instance.
            throw notSpreadsheet();
        }
        return lines;
    }

    private static String text(Cell cell, PlainFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? DATE.format(cell.getLocalDateTimeCellValue().toLocalDate())
                    : plainNumber(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    // --- CSV

    private List<Line> readCsv(byte[] bytes) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new BusinessRuleException("roster.file.empty", fileName);
        }
        char delimiter = delimiter(text);
        List<Line> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(v -> cells.add(clean(v)));
                if (cells.stream().anyMatch(s -> !s.isBlank())) {
                    if (lines.size() >= maxLines) {
                        throw new BusinessRuleException("roster.file.tooManyRows", fileName, maxLines);
                    }
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new BusinessRuleException("roster.file.unreadable", fileName);
        }
        return lines;
    }

    private String decode(byte[] bytes) {
        java.nio.charset.Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new String(bytes, 2, bytes.length - 2, utf16);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV" is in the Windows code page, which loses Vietnamese letters.
            throw new BusinessRuleException("roster.file.notUtf8", fileName);
        }
    }

    /**
     * The separator that splits a line of the first ten into the most cells, quotes aside (the first lines
     * may be a title without any separator).
     */
    static char delimiter(String text) {
        String[] lines = text.split("\n", 11);
        char best = ',';
        int bestCount = 0;
        for (char d : new char[]{',', ';', '\t'}) {
            for (int i = 0; i < Math.min(lines.length, 10); i++) {
                int count = 0;
                boolean quoted = false;
                for (char ch : lines[i].toCharArray()) {
                    if (ch == '"') {
                        quoted = !quoted;
                    } else if (ch == d && !quoted) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = d;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    /** Trimmed, single spaces, composed Unicode (a name typed on some systems arrives decomposed). */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String s = Normalizer.normalize(value, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return s.replaceAll("[ \\t]+", " ").trim();
    }
}
