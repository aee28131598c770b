package vn.hoinghi.school.ui;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import vn.hoinghi.school.IssuedAccount;
import vn.hoinghi.school.SchoolColumn;
import vn.hoinghi.school.SchoolsImportService;
import vn.hoinghi.school.SchoolsImportSummary;
import vn.hoinghi.school.SchoolsPreview;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.LimitedUpload;
import vn.hoinghi.shared.MainLayout;

/**
 * The province's schools list from a spreadsheet, the way the roster import works: template, file, every
 * problem by row and column, nothing saved until the system administrator says so.
 */
@Route(value = "province/import", layout = MainLayout.class)
@RolesAllowed("SYSTEM_ADMIN")
public class ProvinceImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_MB = 20;

    private final SchoolsImportService schools;
    private final Upload upload;
    private final VerticalLayout result = new VerticalLayout();
    SchoolsPreview preview;
    SchoolsImportSummary summary;
    Button importAll;
    Button importValid;

    public ProvinceImportView(SchoolsImportService schools) {
        this.schools = schools;
        addClassName("page");
        result.setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("schools.page.intro"));
        intro.addClassName("hint");
        HorizontalLayout templates = new HorizontalLayout(
                download(getTranslation("roster.page.templateXlsx"), "mau-danh-sach-truong.xlsx", XLSX,
                        schools::xlsxTemplate),
                download(getTranslation("roster.page.templateCsv"), "mau-danh-sach-truong.csv",
                        "text/csv; charset=UTF-8", schools::csvTemplate));
        templates.setAlignItems(FlexComponent.Alignment.BASELINE);
        templates.setWrap(true);
        Paragraph columns = new Paragraph(getTranslation("schools.page.columns"));
        columns.addClassName("hint");

        upload = new Upload(new LimitedUpload(MAX_MB * 1024L * 1024L, (name, bytes) -> showPreview(name, bytes),
                (name, size) -> Errors.showError(getTranslation("upload.tooLarge", name, MAX_MB))));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.upload.add"))
                        .setMany(getTranslation("roster.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.upload.drop"))
                        .setMany(getTranslation("roster.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("roster.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("roster.upload.tooBig", MAX_MB))
                        .setIncorrectFileType(getTranslation("roster.upload.wrongType"))));
        upload.addFileRejectedListener(e -> Errors.showError(e.getErrorMessage()));

        add(new H2(getTranslation("schools.page.title")), intro, new H3(getTranslation("roster.page.step1")),
                templates, columns, new H3(getTranslation("roster.page.step2")), upload, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schools.page.title") + " · " + getTranslation("app.name");
    }

    private Anchor download(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        Button b = new Button(text, VaadinIcon.DOWNLOAD.create());
        b.addThemeVariants(ButtonVariant.TERTIARY);
        a.add(b);
        return a;
    }

    void showPreview(String fileName, byte[] bytes) {
        result.removeAll();
        summary = null;
        preview = null;
        try {
            preview = schools.preview(new ByteArrayInputStream(bytes), fileName);
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            Paragraph refused = new Paragraph(getTranslation(rule.messageKey(), rule.args()));
            refused.addClassName("rule-bad");
            refused.addClassName("schools-refused");
            result.add(refused);
            upload.clearFileList();
            return;
        }
        upload.clearFileList();
        renderPreview();
    }

    private void renderPreview() {
        SchoolsPreview p = preview;
        H3 heading = new H3(getTranslation("roster.preview.title"));
        result.add(heading, new Paragraph(getTranslation("schools.preview.counts", p.fileName(), p.rows().size(),
                p.validCount(), p.invalidCount(), p.toCreate(), p.toUpdate())));
        heading.scrollIntoView();
        if (p.hasErrors()) {
            Paragraph errors = new Paragraph(getTranslation("roster.preview.hasErrors", p.problems().size(),
                    p.invalidCount()));
            errors.addClassName("rule-bad");
            result.add(errors, new H3(getTranslation("schools.preview.problems", p.problems().size())),
                    problemsGrid(p));
        } else {
            Paragraph ok = new Paragraph(getTranslation("roster.preview.noErrors"));
            ok.addClassName("rule-ok");
            result.add(ok);
        }
        importAll = new Button(getTranslation("schools.preview.importAll", p.validCount()));
        importAll.addThemeVariants(ButtonVariant.PRIMARY);
        importAll.addClassName("import-all");
        importAll.setEnabled(!p.hasErrors());
        importAll.addClickListener(e -> doImport(false));
        importValid = new Button(getTranslation("roster.preview.importValid", p.validCount()));
        importValid.addClassName("import-valid");
        importValid.setVisible(p.hasErrors() && p.validCount() > 0);
        importValid.addClickListener(e -> confirmImportValid());
        Button other = new Button(getTranslation("roster.preview.other"), e -> reset());
        other.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(importAll, importValid, other);
        actions.setWrap(true);
        Checkbox onlyErrors = new Checkbox(getTranslation("roster.preview.onlyErrors"));
        Grid<SchoolsPreview.Row> rows = rowsGrid();
        rows.setItems(p.rows());
        onlyErrors.addValueChangeListener(e -> rows.setItems(e.getValue()
                ? p.rows().stream().filter(r -> !r.valid()).toList() : p.rows()));
        onlyErrors.setVisible(p.hasErrors());
        result.add(actions, new H3(getTranslation("roster.preview.rows")), onlyErrors, rows);
    }

    private Grid<SchoolsPreview.Problem> problemsGrid(SchoolsPreview p) {
        Grid<SchoolsPreview.Problem> grid = new Grid<>();
        grid.addClassName("schools-problems");
        grid.addColumn(SchoolsPreview.Problem::line).setHeader(getTranslation("roster.problem.col.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(pr -> Objects.toString(pr.cell(), "")).setHeader(getTranslation("roster.problem.col.cell"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(pr -> pr.column() == null ? "" : getTranslation(pr.column().messageKey()))
                .setHeader(getTranslation("roster.problem.col.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(pr -> getTranslation(pr.messageKey(), pr.args()))
                .setHeader(getTranslation("roster.problem.col.message")).setFlexGrow(1);
        grid.setItems(p.problems().stream().sorted(Comparator.comparingInt(SchoolsPreview.Problem::line)).toList());
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(p.problems().size() <= 8);
        grid.setHeight(p.problems().size() > 8 ? "20rem" : null);
        grid.setWidthFull();
        return grid;
    }

    private Grid<SchoolsPreview.Row> rowsGrid() {
        Grid<SchoolsPreview.Row> grid = new Grid<>();
        grid.addClassName("schools-rows");
        grid.addComponentColumn(r -> {
            Span s = new Span(r.valid() ? VaadinIcon.CHECK.create() : VaadinIcon.WARNING.create());
            s.addClassName(r.valid() ? "rule-ok" : "rule-bad");
            s.getElement().setAttribute("title", getTranslation(r.valid() ? "roster.row.ok" : "roster.row.error"));
            return s;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolsPreview.Row::line).setHeader(getTranslation("roster.problem.col.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.action() == SchoolsPreview.Action.CREATE ? "roster.row.create"
                : "roster.row.update")).setHeader(getTranslation("roster.row.action")).setAutoWidth(true);
        grid.addColumn(r -> r.cell(SchoolColumn.CODE)).setHeader(getTranslation("schools.column.CODE"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.cell(SchoolColumn.NAME)).setHeader(getTranslation("schools.column.NAME"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.level() != null ? getTranslation(r.level().messageKey()) : r.cell(SchoolColumn.LEVEL))
                .setHeader(getTranslation("schools.column.LEVEL")).setAutoWidth(true);
        grid.addColumn(r -> r.bodyName() != null ? r.bodyName() : r.cell(SchoolColumn.BODY))
                .setHeader(getTranslation("schools.column.BODY")).setAutoWidth(true);
        grid.addColumn(r -> r.cell(SchoolColumn.PRINCIPAL)).setHeader(getTranslation("schools.column.PRINCIPAL"))
                .setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.shortCode(), r.cell(SchoolColumn.SHORT_CODE)))
                .setHeader(getTranslation("schools.column.SHORT_CODE")).setAutoWidth(true);
        grid.addColumn(r -> Objects.toString(r.placeName(), r.cell(SchoolColumn.PLACE)))
                .setHeader(getTranslation("schools.column.PLACE")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("24rem");
        grid.setWidthFull();
        return grid;
    }

    private void confirmImportValid() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("roster.preview.importValidTitle"));
        confirm.setText(getTranslation("schools.preview.importValidText", preview.validCount(),
                preview.invalidCount()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("roster.preview.importValid", preview.validCount()));
        confirm.addConfirmListener(e -> doImport(true));
        confirm.open();
    }

    void doImport(boolean onlyValid) {
        if (preview == null) {
            return;
        }
        AtomicReference<SchoolsImportSummary> done = new AtomicReference<>();
        if (Errors.run(this, () -> done.set(schools.importRows(preview, onlyValid)))) {
            summary = done.get();
            preview = null;
            renderSummary();
        }
    }

    private void renderSummary() {
        result.removeAll();
        SchoolsImportSummary s = summary;
        H3 heading = new H3(getTranslation("roster.done.title"));
        Paragraph done = new Paragraph(getTranslation("schools.done.counts", s.created(), s.updated(), s.moved(),
                s.unchanged(), s.skipped()));
        done.addClassName("rule-ok");
        done.addClassName("schools-done");
        result.add(heading, done);
        heading.scrollIntoView();
        if (!s.administrators().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("schools.done.passwordsOnce"));
            warning.getStyle().set("font-weight", "600");
            warning.addClassName("rule-bad");
            result.add(new H3(getTranslation("schools.done.accounts", s.administrators().size())), warning);
            if (s.mailed() > 0) {
                result.add(new Paragraph(getTranslation("roster.done.mailed", s.mailed())));
            }
            List<IssuedAccount> accounts = s.administrators();
            result.add(download(getTranslation("roster.done.download"), "quan-tri-truong.xlsx", XLSX,
                    () -> schools.administratorsSheet(accounts)));
            Grid<IssuedAccount> grid = new Grid<>();
            grid.addClassName("issued-accounts");
            grid.addColumn(IssuedAccount::departmentName).setHeader(getTranslation("schools.column.NAME"))
                    .setAutoWidth(true);
            grid.addColumn(IssuedAccount::fullName).setHeader(getTranslation("schools.accounts.fullName"))
                    .setAutoWidth(true);
            grid.addColumn(IssuedAccount::username).setHeader(getTranslation("roster.accounts.username"))
                    .setAutoWidth(true);
            grid.addColumn(IssuedAccount::initialPassword).setHeader(getTranslation("roster.accounts.password"))
                    .setAutoWidth(true);
            grid.setItems(accounts);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setHeight("20rem");
            grid.setWidthFull();
            result.add(grid);
        }
        Button again = new Button(getTranslation("roster.preview.other"), e -> reset());
        again.addThemeVariants(ButtonVariant.TERTIARY);
        result.add(new RouterLink(getTranslation("province.schools.title"), ProvinceSchoolsView.class), again);
        Errors.showSuccess(getTranslation("roster.done.title"));
    }

    private void reset() {
        preview = null;
        summary = null;
        result.removeAll();
        upload.clearFileList();
    }
}
