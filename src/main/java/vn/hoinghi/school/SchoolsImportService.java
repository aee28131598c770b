package vn.hoinghi.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.SchoolsPreview.Action;
import vn.hoinghi.school.SchoolsPreview.Problem;
import vn.hoinghi.shared.AppI18NProvider;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * The province's schools list from a spreadsheet, as the roster import does it: the file is read by its
 * content (RosterFileReader), every row checked against the bodies and schools as they are, every problem
 * shown by row and column, and nothing saved while errors remain unless only the valid rows are asked for.
 * A re-import updates schools by their code (and moves a school whose body changed, from today).
 */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class SchoolsImportService {

    static final int MAX_ROWS = 5000;
    private static final int MAX_CODE = 40;
    private static final int MAX_NAME = 200;
    private static final int MAX_ADDRESS = 300;
    private static final Logger log = LoggerFactory.getLogger(SchoolsImportService.class);

    private final SupervisingBodyRepository bodies;
    private final SchoolRepository schools;
    private final ProvinceService province;
    private final ProvinceAccounts accounts;
    private final SchoolRegistry registry;
    private final AppI18NProvider i18n;

    SchoolsImportService(SupervisingBodyRepository bodies, SchoolRepository schools, ProvinceService province,
                         ProvinceAccounts accounts, SchoolRegistry registry, AppI18NProvider i18n) {
        this.bodies = bodies;
        this.schools = schools;
        this.province = province;
        this.accounts = accounts;
        this.registry = registry;
        this.i18n = i18n;
    }

    /** Reads and checks the file; a file that is no schools list at all is refused with a message. */
    @Transactional(readOnly = true)
    public SchoolsPreview preview(InputStream in, String fileName) {
        List<RosterFileReader.Line> lines = new RosterFileReader(fileName, MAX_ROWS + 10).read(in);
        int headerIndex = -1;
        Map<SchoolColumn, Integer> header = new EnumMap<>(SchoolColumn.class);
        for (int i = 0; i < Math.min(lines.size(), 10) && headerIndex < 0; i++) {
            Map<SchoolColumn, Integer> found = new EnumMap<>(SchoolColumn.class);
            List<String> cells = lines.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                SchoolColumn col = SchoolColumn.ofHeader(cells.get(c));
                if (col != null) {
                    if (found.containsKey(col)) {
                        throw new BusinessRuleException("roster.file.duplicateColumn", cells.get(c));
                    }
                    found.put(col, c);
                }
            }
            if (found.size() >= 2) {
                headerIndex = i;
                header = found;
            }
        }
        Map<SchoolColumn, Integer> columns = header;
        if (headerIndex < 0) {
            throw new BusinessRuleException("schools.file.noHeader", fileName == null ? "" : fileName, headers());
        }
        List<String> missing = Arrays.stream(SchoolColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c)).map(SchoolColumn::templateHeader).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("schools.file.missingColumns", String.join(", ", missing), headers());
        }
        List<Map.Entry<Integer, Map<SchoolColumn, String>>> raw = new ArrayList<>();
        for (RosterFileReader.Line line : lines.subList(headerIndex + 1, lines.size())) {
            if (line.blank()) {
                continue;
            }
            Map<SchoolColumn, String> cells = new EnumMap<>(SchoolColumn.class);
            columns.forEach((c, index) -> cells.put(c, line.cell(index)));
            raw.add(Map.entry(line.number(), cells));
        }
        if (raw.isEmpty()) {
            throw new BusinessRuleException("schools.file.noRows", fileName == null ? "" : fileName);
        }
        if (raw.size() > MAX_ROWS) {
            throw new BusinessRuleException("roster.file.tooManyRows", fileName, MAX_ROWS);
        }
        return validate(fileName, columns, raw);
    }

    private String headers() {
        return Arrays.stream(SchoolColumn.values()).map(SchoolColumn::templateHeader).collect(Collectors.joining(", "));
    }

    private SchoolsPreview validate(String fileName, Map<SchoolColumn, Integer> columns,
                                    List<Map.Entry<Integer, Map<SchoolColumn, String>>> raw) {
        Map<String, SupervisingBody> byName = new HashMap<>();
        Map<String, SupervisingBody> byCode = new HashMap<>();
        for (SupervisingBody b : bodies.findAll()) {
            byName.put(RosterColumn.normalise(b.getName()), b);
            if (b.getCode() != null) {
                byCode.put(b.getCode().toUpperCase(Locale.ROOT), b);
            }
        }
        Map<String, School> existing = new HashMap<>();
        for (School s : schools.findAll()) {
            if (s.getCode() != null) {
                existing.put(s.getCode().toUpperCase(Locale.ROOT), s);
            }
        }
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        List<SchoolsPreview.Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (var entry : raw) {
            int line = entry.getKey();
            Map<SchoolColumn, String> cells = entry.getValue();
            List<Problem> mine = new ArrayList<>();
            java.util.function.BiConsumer<SchoolColumn, Object[]> error = (c, keyAndArgs) -> {
                Integer index = columns.get(c);
                mine.add(new Problem(line, c, index == null ? null : CellReference.convertNumToColString(index) + line,
                        (String) keyAndArgs[0], Arrays.copyOfRange(keyAndArgs, 1, keyAndArgs.length)));
            };
            String code = cells.getOrDefault(SchoolColumn.CODE, "");
            School current = null;
            if (code.isEmpty()) {
                error.accept(SchoolColumn.CODE, new Object[]{"schools.problem.codeMissing"});
            } else if (code.length() > MAX_CODE) {
                error.accept(SchoolColumn.CODE, new Object[]{"schools.problem.tooLong", MAX_CODE});
            } else {
                Integer first = firstLineOfCode.putIfAbsent(code.toUpperCase(Locale.ROOT), line);
                if (first != null) {
                    error.accept(SchoolColumn.CODE, new Object[]{"schools.problem.codeDuplicate", code, first});
                }
                current = existing.get(code.toUpperCase(Locale.ROOT));
            }
            String name = cells.getOrDefault(SchoolColumn.NAME, "");
            if (name.isEmpty()) {
                error.accept(SchoolColumn.NAME, new Object[]{"schools.problem.nameMissing"});
            } else if (name.length() > MAX_NAME) {
                error.accept(SchoolColumn.NAME, new Object[]{"schools.problem.tooLong", MAX_NAME});
            }
            String levelText = cells.getOrDefault(SchoolColumn.LEVEL, "");
            SchoolLevel level = SchoolLevel.parse(levelText);
            if (levelText.isEmpty()) {
                error.accept(SchoolColumn.LEVEL, new Object[]{"schools.problem.levelMissing"});
            } else if (level == null) {
                error.accept(SchoolColumn.LEVEL, new Object[]{"schools.problem.levelUnknown", levelText});
            }
            String bodyText = cells.getOrDefault(SchoolColumn.BODY, "");
            SupervisingBody body = null;
            if (bodyText.isEmpty()) {
                error.accept(SchoolColumn.BODY, new Object[]{"schools.problem.bodyMissing"});
            } else {
                body = byCode.getOrDefault(bodyText.toUpperCase(Locale.ROOT), byName.get(RosterColumn.normalise(bodyText)));
                if (body == null) {
                    error.accept(SchoolColumn.BODY, new Object[]{"schools.problem.bodyUnknown", bodyText});
                } else if (!body.isActive()) {
                    error.accept(SchoolColumn.BODY, new Object[]{"schools.problem.bodyInactive", body.getName()});
                    body = null;
                }
            }
            String address = blankToNull(cells.get(SchoolColumn.ADDRESS));
            if (address != null && address.length() > MAX_ADDRESS) {
                error.accept(SchoolColumn.ADDRESS, new Object[]{"schools.problem.tooLong", MAX_ADDRESS});
            }
            String principal = blankToNull(cells.get(SchoolColumn.PRINCIPAL));
            if (principal != null && principal.length() > MAX_NAME) {
                error.accept(SchoolColumn.PRINCIPAL, new Object[]{"schools.problem.tooLong", MAX_NAME});
            }
            String email = blankToNull(cells.get(SchoolColumn.PRINCIPAL_EMAIL));
            if (email != null && !ProvinceService.EMAIL.matcher(email).matches()) {
                error.accept(SchoolColumn.PRINCIPAL_EMAIL, new Object[]{"schools.problem.badEmail", email});
            } else if (email != null && principal == null) {
                error.accept(SchoolColumn.PRINCIPAL, new Object[]{"schools.problem.principalNeeded"});
            }
            String shortCode = blankToNull(cells.get(SchoolColumn.SHORT_CODE));
            if (shortCode != null && shortCode.length() > MAX_CODE) {
                error.accept(SchoolColumn.SHORT_CODE, new Object[]{"schools.problem.tooLong", MAX_CODE});
            }
            String place = blankToNull(cells.get(SchoolColumn.PLACE));
            if (place != null && place.length() > 100) {
                error.accept(SchoolColumn.PLACE, new Object[]{"schools.problem.tooLong", 100});
            }
            boolean valid = mine.isEmpty();
            if (valid) {
                // Derived the same way on import; an update keeps what the file does not say.
                if (shortCode == null) {
                    shortCode = current != null ? current.getShortCode() : SchoolNaming.shortCode(name, level);
                }
                if (place == null) {
                    place = current != null ? current.getPlaceName() : SchoolNaming.placeName(address, body.getName());
                }
            }
            rows.add(new SchoolsPreview.Row(line, cells, current == null ? Action.CREATE : Action.UPDATE, code, name,
                    level, body == null ? null : body.getId(), body == null ? null : body.getName(), address,
                    principal, email, shortCode, place, valid));
            problems.addAll(mine);
        }
        return new SchoolsPreview(fileName, columns, rows, problems);
    }

    /**
     * Imports the previewed rows in one transaction, after checking them again against the database as it is
     * now. With errors left, nothing is imported unless onlyValid is given; then the valid rows are.
     */
    public SchoolsImportSummary importRows(SchoolsPreview preview, boolean onlyValid) {
        List<Map.Entry<Integer, Map<SchoolColumn, String>>> raw = preview.rows().stream()
                .map(r -> Map.entry(r.line(), r.cells())).toList();
        SchoolsPreview now = validate(preview.fileName(), preview.columns(), raw);
        if (now.hasErrors() && !onlyValid) {
            throw new BusinessRuleException("schools.import.hasErrors", now.problems().size(), now.invalidCount());
        }
        if (now.validCount() == 0) {
            throw new BusinessRuleException("schools.import.nothingValid");
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int moved = 0;
        List<IssuedAccount> admins = new ArrayList<>();
        Map<String, School> byCode = new HashMap<>();
        schools.findAll().stream().filter(s -> s.getCode() != null)
                .forEach(s -> byCode.put(s.getCode().toUpperCase(Locale.ROOT), s));
        for (SchoolsPreview.Row row : now.rows()) {
            if (!row.valid()) {
                continue;
            }
            SupervisingBody body = bodies.findById(row.bodyId()).orElseThrow();
            if (row.action() == Action.CREATE) {
                School school = province.newSchool(row.code(), row.name(), row.level(), body, row.address(),
                        row.principalName(), row.principalEmail(), row.shortCode(), row.placeName());
                created++;
                if (row.principalName() != null) {
                    admins.add(accounts.firstAdministrator(school.getId(), row.principalName(), row.principalEmail(),
                            true));
                }
            } else {
                School school = byCode.get(row.code().toUpperCase(Locale.ROOT));
                boolean same = Objects.equals(school.getName(), row.name()) && school.getLevel() == row.level()
                        && Objects.equals(school.getAddress(), row.address())
                        && Objects.equals(school.getPrincipalName(), row.principalName())
                        && Objects.equals(school.getPrincipalEmail(), row.principalEmail())
                        && Objects.equals(school.getShortCode(), row.shortCode())
                        && Objects.equals(school.getPlaceName(), row.placeName());
                if (!same) {
                    school.describe(school.getCode(), row.name(), row.level(), row.address(), row.principalName(),
                            row.principalEmail(), row.shortCode(), row.placeName());
                }
                if (!school.getSupervisingBody().getId().equals(body.getId())) {
                    registry.moveSchool(school.getId(), body.getId(), VietnamTime.today());
                    moved++;
                } else if (same) {
                    unchanged++;
                    continue;
                }
                updated++;
            }
        }
        int mailed = accounts.mailsPasswords()
                ? (int) admins.stream().filter(a -> a.email() != null).count() : 0;
        log.info("Schools file {}: {} created, {} updated, {} moved, {} unchanged, {} skipped", preview.fileName(),
                created, updated, moved, unchanged, now.invalidCount());
        return new SchoolsImportSummary(created, updated, unchanged, moved, (int) now.invalidCount(), admins, mailed);
    }

    // --- files to download

    public byte[] xlsxTemplate() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(vi("schools.template.sheet.data"));
            Sheet help = wb.createSheet(vi("schools.template.sheet.help"));
            Sheet lists = wb.createSheet(vi("schools.template.sheet.lists"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            SchoolColumn[] columns = SchoolColumn.values();
            Row head = data.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i].templateHeader());
                head.getCell(i).setCellStyle(header);
                data.setColumnWidth(i, 256 * (columns[i] == SchoolColumn.NAME || columns[i] == SchoolColumn.BODY
                        || columns[i] == SchoolColumn.ADDRESS ? 40 : 20));
                if (columns[i] == SchoolColumn.CODE) {
                    data.setDefaultColumnStyle(i, text);
                }
            }
            data.createFreezePane(0, 1);
            // Drop-down lists: the five levels and the open bodies (typing another name is still read).
            List<String> levels = Arrays.stream(SchoolLevel.values()).map(l -> vi(l.messageKey())).toList();
            List<String> bodyNames = bodies.findAll().stream().filter(SupervisingBody::isActive)
                    .map(SupervisingBody::getName).sorted().toList();
            int max = Math.max(levels.size(), bodyNames.size());
            lists.createRow(0).createCell(0).setCellValue(SchoolColumn.LEVEL.templateHeader());
            lists.getRow(0).createCell(1).setCellValue(SchoolColumn.BODY.templateHeader());
            for (int i = 0; i < max; i++) {
                Row r = lists.createRow(i + 1);
                if (i < levels.size()) {
                    r.createCell(0).setCellValue(levels.get(i));
                }
                if (i < bodyNames.size()) {
                    r.createCell(1).setCellValue(bodyNames.get(i));
                }
            }
            DataValidationHelper dv = data.getDataValidationHelper();
            DataValidation levelList = dv.createValidation(dv.createFormulaListConstraint(
                    "'" + lists.getSheetName() + "'!$A$2:$A$" + (levels.size() + 1)),
                    new CellRangeAddressList(1, MAX_ROWS, SchoolColumn.LEVEL.ordinal(), SchoolColumn.LEVEL.ordinal()));
            levelList.setShowErrorBox(false);
            data.addValidationData(levelList);
            if (!bodyNames.isEmpty()) {
                DataValidation bodyList = dv.createValidation(dv.createFormulaListConstraint(
                        "'" + lists.getSheetName() + "'!$B$2:$B$" + (bodyNames.size() + 1)),
                        new CellRangeAddressList(1, MAX_ROWS, SchoolColumn.BODY.ordinal(), SchoolColumn.BODY.ordinal()));
                bodyList.setShowErrorBox(false);
                data.addValidationData(bodyList);
            }
            String[] helpLines = vi("schools.template.help").split("\\|");
            for (int i = 0; i < helpLines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(helpLines[i]);
            }
            help.setColumnWidth(0, 256 * 120);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csvTemplate() {
        String line = Arrays.stream(SchoolColumn.values()).map(SchoolColumn::templateHeader)
                .map(h -> h.contains(",") ? "\"" + h + "\"" : h).collect(Collectors.joining(","));
        return (RosterTemplates.CSV_BOM + line + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The new administrators with their one-time passwords, to hand out (kept by nobody else). */
    public byte[] administratorsSheet(List<IssuedAccount> administrators) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(vi("schools.accounts.sheet"));
            String[] headers = {vi("schools.column.NAME"), vi("schools.accounts.fullName"),
                    vi("roster.accounts.username"), vi("roster.accounts.password"), vi("schools.column.PRINCIPAL_EMAIL")};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                sheet.setColumnWidth(i, 256 * 30);
            }
            int r = 1;
            for (IssuedAccount a : administrators) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.departmentName());
                row.createCell(1).setCellValue(a.fullName());
                row.createCell(2).setCellValue(a.username());
                row.createCell(3).setCellValue(a.initialPassword());
                row.createCell(4).setCellValue(Objects.toString(a.email(), ""));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String vi(String key, Object... args) {
        return i18n.getTranslation(key, AppI18NProvider.VIETNAMESE, args);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
