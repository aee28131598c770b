package vn.hoinghi.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hoinghi.security.Role;
import vn.hoinghi.shared.AppI18NProvider;

/**
 * The files the import page offers: the roster template (XLSX with a help sheet and drop-down lists, or a
 * CSV header line) and the list of new accounts to hand out. The template is Vietnamese, like the headers.
 */
final class RosterTemplates {

    /** Rows of the template that get the drop-down lists and formats. */
    private static final int TEMPLATE_ROWS = 1000;
    static final String CSV_BOM = "\uFEFF";

    private final AppI18NProvider i18n;

    RosterTemplates(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    private String vi(String key, Object... args) {
        return i18n.getTranslation(key, AppI18NProvider.VIETNAMESE, args);
    }

    /** Role names as a roster may write them: every role a school gives. */
    List<String> assignableRoleNames() {
        return Arrays.stream(Role.values()).filter(Role::assignableInSchool)
                .map(r -> vi(r.messageKey())).toList();
    }

    byte[] xlsx(List<String> departments) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(vi("roster.template.sheet.data"));
            Sheet help = wb.createSheet(vi("roster.template.sheet.help"));
            Sheet lists = wb.createSheet(vi("roster.template.sheet.lists"));

            CellStyle header = headerStyle(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));

            RosterColumn[] columns = RosterColumn.values();
            Row head = data.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i].templateHeader());
                head.getCell(i).setCellStyle(header);
                data.setColumnWidth(i, 256 * width(columns[i]));
                switch (columns[i]) {
                    // Codes and phone numbers stay text, so 0912… keeps its 0.
                    case CODE, PHONE -> data.setDefaultColumnStyle(i, text);
                    case DATE_OF_BIRTH -> data.setDefaultColumnStyle(i, date);
                    default -> {
                    }
                }
            }
            data.createFreezePane(0, 1);

            // Lists sheet: departments, roles, positions; the data sheet's drop-downs point here.
            Row listHead = lists.createRow(0);
            String[] listHeaders = {vi("roster.template.list.departments"), vi("roster.template.list.roles"),
                    vi("roster.template.list.positions")};
            for (int i = 0; i < listHeaders.length; i++) {
                listHead.createCell(i).setCellValue(listHeaders[i]);
                listHead.getCell(i).setCellStyle(header);
                lists.setColumnWidth(i, 256 * 42);
            }
            List<String> roles = assignableRoleNames();
            List<String> positions = Arrays.stream(Position.values())
                    .map(p -> p.name() + " – " + vi("position." + p.name())).toList();
            int rows = Math.max(departments.size(), Math.max(roles.size(), positions.size()));
            for (int r = 0; r < rows; r++) {
                Row row = lists.createRow(r + 1);
                if (r < departments.size()) {
                    row.createCell(0).setCellValue(departments.get(r));
                }
                if (r < roles.size()) {
                    row.createCell(1).setCellValue(roles.get(r));
                }
                if (r < positions.size()) {
                    row.createCell(2).setCellValue(positions.get(r));
                }
            }

            DataValidationHelper dv = data.getDataValidationHelper();
            list(data, dv, RosterColumn.POSITION, dv.createExplicitListConstraint(
                    Arrays.stream(Position.values()).map(Enum::name).toArray(String[]::new)));
            list(data, dv, RosterColumn.GENDER, dv.createExplicitListConstraint(new String[]{"Nam", "Nữ"}));
            list(data, dv, RosterColumn.UNION_MEMBER, dv.createExplicitListConstraint(new String[]{"Có", "Không"}));
            if (!departments.isEmpty()) {
                list(data, dv, RosterColumn.DEPARTMENT, dv.createFormulaListConstraint(
                        "'" + lists.getSheetName() + "'!$A$2:$A$" + (departments.size() + 1)));
            }

            // Help sheet: one line per paragraph.
            String[] lines = vi("roster.template.help", String.join(", ", departments.isEmpty()
                    ? List.of(vi("roster.template.noDepartments")) : departments)).split("\\n");
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 256 * 120);

            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int width(RosterColumn c) {
        return switch (c) {
            case FULL_NAME -> 28;
            case ROLES -> 44;
            case EMAIL -> 30;
            case DEPARTMENT -> 26;
            case POSITION, UNION_MEMBER -> 22;
            default -> 14;
        };
    }

    private static void list(Sheet sheet, DataValidationHelper dv, RosterColumn column,
                             DataValidationConstraint constraint) {
        int col = column.ordinal();
        DataValidation validation = dv.createValidation(constraint,
                new CellRangeAddressList(1, TEMPLATE_ROWS, col, col));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(XSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    /** The header line, in UTF-8 with a byte-order mark so Excel shows the diacritics. */
    byte[] csv() {
        String line = Arrays.stream(RosterColumn.values()).map(RosterColumn::templateHeader)
                .collect(Collectors.joining(","));
        return (CSV_BOM + line + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The new accounts and their initial passwords, one row each, to print and hand out. */
    byte[] accounts(List<IssuedAccount> accounts) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(vi("roster.accounts.sheet"));
            CellStyle header = headerStyle(wb);
            String[] headers = {vi("roster.column.CODE"), vi("roster.column.FULL_NAME"),
                    vi("roster.column.DEPARTMENT"), vi("roster.accounts.username"), vi("roster.accounts.password"),
                    vi("roster.column.EMAIL")};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, 256 * (i == 1 ? 28 : 18));
            }
            int r = 1;
            for (IssuedAccount a : accounts) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.code());
                row.createCell(1).setCellValue(a.fullName());
                row.createCell(2).setCellValue(a.departmentName() == null ? "" : a.departmentName());
                row.createCell(3).setCellValue(a.username());
                row.createCell(4).setCellValue(a.initialPassword());
                row.createCell(5).setCellValue(a.email() == null ? "" : a.email());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
