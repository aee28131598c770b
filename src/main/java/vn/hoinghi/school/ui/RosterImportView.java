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
import com.vaadin.flow.component.html.Div;
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
import vn.hoinghi.school.RosterColumn;
import vn.hoinghi.school.RosterImportService;
import vn.hoinghi.school.RosterImportSummary;
import vn.hoinghi.school.RosterPreview;
import vn.hoinghi.school.RosterProblem;
import vn.hoinghi.school.RosterRow;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.Errors;
import vn.hoinghi.shared.LimitedUpload;
import vn.hoinghi.shared.MainLayout;
import vn.hoinghi.shared.Texts;

/**
 * The staff roster from a spreadsheet: download the template, fill it in, choose it; the page shows what
 * it read and every problem by row and column, and saves nothing until the administrator says so.
 */
@Route(value = "admin/import", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class RosterImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_MB = 20;

    private final RosterImportService roster;
    private final Upload upload;
    private final VerticalLayout result = new VerticalLayout();
    RosterPreview preview;
    RosterImportSummary summary;
    Button importAll;
    Button importValid;

    public RosterImportView(RosterImportService roster) {
        this.roster = roster;
        addClassName("page");
        result.setPadding(false);

        Paragraph intro = new Paragraph(getTranslation("roster.page.intro"));
        intro.addClassName("hint");

        Anchor xlsx = download(getTranslation("roster.page.templateXlsx"), "mau-danh-sach-can-bo.xlsx", XLSX,
                roster::xlsxTemplate);
        Anchor csv = download(getTranslation("roster.page.templateCsv"), "mau-danh-sach-can-bo.csv",
                "text/csv; charset=UTF-8", roster::csvTemplate);
        HorizontalLayout templates = new HorizontalLayout(xlsx, csv);
        templates.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph columns = new Paragraph(getTranslation("roster.page.columns"));
        columns.addClassName("hint");
        Paragraph roles = new Paragraph(getTranslation("roster.page.roles", String.join("; ", roster.roleNames())));
        roles.addClassName("hint");

        // The size limit holds on the server too, not only in the browser.
        upload = new Upload(new LimitedUpload(MAX_MB * 1024L * 1024L, (name, bytes) -> showPreview(name, bytes),
                (name, size) -> Errors.showError(getTranslation("upload.tooLarge", name, MAX_MB))));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MB * 1024 * 1024);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(e -> Errors.showError(e.getErrorMessage()));

        add(new H2(getTranslation("roster.page.title")), intro,
                new H3(getTranslation("roster.page.step1")), templates, columns, roles,
                new H3(getTranslation("roster.page.step2")), upload, result);
    }

    private UploadI18N uploadI18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.upload.add"))
                        .setMany(getTranslation("roster.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.upload.drop"))
                        .setMany(getTranslation("roster.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("roster.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("roster.upload.tooBig", MAX_MB))
                        .setIncorrectFileType(getTranslation("roster.upload.wrongType")));
    }

    /** A link that downloads a file made when it is clicked. */
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

    @Override
    public String getPageTitle() {
        return getTranslation("roster.page.title") + " · " + getTranslation("app.name");
    }

    /** Reads the chosen file and shows what it would do; a file that is no roster at all is explained. */
    void showPreview(String fileName, byte[] bytes) {
        result.removeAll();
        summary = null;
        preview = null;
        try {
            preview = roster.preview(new ByteArrayInputStream(bytes), fileName);
        } catch (RuntimeException e) {
            BusinessRuleException rule = Errors.findRule(e);
            if (rule == null) {
                throw e;
            }
            Paragraph refused = new Paragraph(getTranslation(rule.messageKey(), rule.args()));
            refused.addClassName("rule-bad");
            refused.addClassName("roster-refused");
            result.add(refused);
            upload.clearFileList();
            return;
        }
        // The file has been read; the list is cleared so the corrected file can be chosen next.
        upload.clearFileList();
        renderPreview();
    }

    private void renderPreview() {
        RosterPreview p = preview;
        Paragraph counts = new Paragraph(getTranslation("roster.preview.counts", p.fileName(), p.rows().size(),
                p.validCount(), p.invalidCount(), p.toCreate(), p.toUpdate()));
        H3 heading = new H3(getTranslation("roster.preview.title"));
        result.add(heading, counts);
        heading.scrollIntoView();
        if (p.hasErrors()) {
            Paragraph errors = new Paragraph(getTranslation("roster.preview.hasErrors", p.errorCount(),
                    p.invalidCount()));
            errors.addClassName("rule-bad");
            result.add(errors);
        } else {
            Paragraph ok = new Paragraph(getTranslation("roster.preview.noErrors"));
            ok.addClassName("rule-ok");
            result.add(ok);
        }
        if (!p.problems().isEmpty()) {
            result.add(new H3(getTranslation("roster.preview.problems", p.errorCount(), p.warningCount())),
                    problemsGrid(p));
        }

        importAll = new Button(getTranslation("roster.preview.importAll", p.validCount()));
        importAll.addThemeVariants(ButtonVariant.PRIMARY);
        importAll.setEnabled(!p.hasErrors());
        importAll.addClickListener(e -> doImport(false));
        importValid = new Button(getTranslation("roster.preview.importValid", p.validCount()));
        importValid.setVisible(p.hasErrors() && p.validCount() > 0);
        importValid.addClickListener(e -> confirmImportValid());
        Button other = new Button(getTranslation("roster.preview.other"), e -> reset());
        other.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(importAll, importValid, other);
        actions.setWrap(true);

        Checkbox onlyErrors = new Checkbox(getTranslation("roster.preview.onlyErrors"));
        Grid<RosterRow> rows = rowsGrid();
        rows.setItems(p.rows());
        onlyErrors.addValueChangeListener(e -> rows.setItems(e.getValue()
                ? p.rows().stream().filter(r -> !r.valid()).toList() : p.rows()));
        onlyErrors.setVisible(p.hasErrors());
        result.add(actions, new H3(getTranslation("roster.preview.rows")), onlyErrors, rows);
    }

    private Grid<RosterProblem> problemsGrid(RosterPreview p) {
        Grid<RosterProblem> grid = new Grid<>();
        grid.addClassName("roster-problems");
        grid.addColumn(RosterProblem::line).setHeader(getTranslation("roster.problem.col.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(pr -> Objects.toString(pr.cell(), "")).setHeader(getTranslation("roster.problem.col.cell"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(pr -> pr.column() == null ? "" : getTranslation(pr.column().messageKey()))
                .setHeader(getTranslation("roster.problem.col.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(pr -> {
            Span s = new Span(getTranslation(pr.error() ? "roster.problem.error" : "roster.problem.warning"));
            s.addClassName(pr.error() ? "rule-bad" : "due-soon");
            return s;
        }).setHeader(getTranslation("roster.problem.col.severity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(pr -> getTranslation(pr.messageKey(), pr.args()))
                .setHeader(getTranslation("roster.problem.col.message")).setFlexGrow(1);
        grid.setItems(p.problems().stream().sorted(Comparator.comparingInt(RosterProblem::line)
                .thenComparing(pr -> pr.column() == null ? -1 : pr.column().ordinal())).toList());
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setHeight(p.problems().size() > 8 ? "20rem" : null);
        grid.setAllRowsVisible(p.problems().size() <= 8);
        grid.setWidthFull();
        return grid;
    }

    private Grid<RosterRow> rowsGrid() {
        Grid<RosterRow> grid = new Grid<>();
        grid.addClassName("roster-rows");
        grid.addComponentColumn(r -> {
            Span s = new Span(r.valid() ? VaadinIcon.CHECK.create() : VaadinIcon.WARNING.create());
            s.addClassName(r.valid() ? "rule-ok" : "rule-bad");
            s.getElement().setAttribute("title", getTranslation(r.valid() ? "roster.row.ok" : "roster.row.error"));
            return s;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterRow::line).setHeader(getTranslation("roster.problem.col.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.action() == RosterRow.Action.CREATE ? "roster.row.create"
                : "roster.row.update")).setHeader(getTranslation("roster.row.action")).setAutoWidth(true);
        grid.addColumn(r -> r.cell(RosterColumn.CODE))
                .setHeader(getTranslation("roster.column.CODE")).setAutoWidth(true);
        grid.addColumn(r -> r.cell(RosterColumn.FULL_NAME))
                .setHeader(getTranslation("roster.column.FULL_NAME")).setAutoWidth(true);
        grid.addColumn(r -> r.dateOfBirth() != null ? Texts.date(r.dateOfBirth())
                        : r.cell(RosterColumn.DATE_OF_BIRTH))
                .setHeader(getTranslation("roster.column.DATE_OF_BIRTH")).setAutoWidth(true);
        grid.addColumn(r -> r.gender() != null ? getTranslation("gender." + r.gender().name())
                        : r.cell(RosterColumn.GENDER))
                .setHeader(getTranslation("roster.column.GENDER")).setAutoWidth(true);
        grid.addColumn(r -> r.position() != null ? r.position().name()
                        : r.cell(RosterColumn.POSITION))
                .setHeader(getTranslation("roster.column.POSITION")).setAutoWidth(true);
        grid.addColumn(r -> r.departmentName() != null ? r.departmentName()
                        : r.cell(RosterColumn.DEPARTMENT))
                .setHeader(getTranslation("roster.column.DEPARTMENT")).setAutoWidth(true);
        grid.addColumn(r -> r.cell(RosterColumn.EMAIL))
                .setHeader(getTranslation("roster.column.EMAIL")).setAutoWidth(true);
        grid.addColumn(r -> r.phone() != null ? r.phone() : r.cell(RosterColumn.PHONE))
                .setHeader(getTranslation("roster.column.PHONE")).setAutoWidth(true);
        grid.addColumn(r -> r.unionMember() == null ? r.cell(RosterColumn.UNION_MEMBER)
                        : getTranslation(r.unionMember() ? "roster.yes" : "roster.no"))
                .setHeader(getTranslation("roster.column.UNION_MEMBER")).setAutoWidth(true);
        grid.addColumn(r -> r.cell(RosterColumn.ROLES))
                .setHeader(getTranslation("roster.column.ROLES")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("24rem");
        grid.setWidthFull();
        return grid;
    }

    private void confirmImportValid() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("roster.preview.importValidTitle"));
        confirm.setText(getTranslation("roster.preview.importValidText", preview.validCount(),
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
        AtomicReference<RosterImportSummary> done = new AtomicReference<>();
        if (Errors.run(this, () -> done.set(roster.importRows(preview, onlyValid)))) {
            summary = done.get();
            preview = null;
            renderSummary();
        }
    }

    private void renderSummary() {
        result.removeAll();
        upload.clearFileList();
        RosterImportSummary s = summary;
        Paragraph done = new Paragraph(getTranslation("roster.done.counts", s.created(), s.updated(), s.unchanged(),
                s.skipped()));
        done.addClassName("rule-ok");
        done.addClassName("roster-done");
        Paragraph roles = new Paragraph(getTranslation("roster.done.roles", s.rolesStarted(), s.rolesEnded()));
        H3 heading = new H3(getTranslation("roster.done.title"));
        result.add(heading, done, roles);
        heading.scrollIntoView();
        if (!s.accounts().isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("roster.done.passwordsOnce"));
            warning.getStyle().set("font-weight", "600");
            warning.addClassName("rule-bad");
            result.add(new H3(getTranslation("roster.done.accounts", s.accounts().size())), warning);
            if (s.mailed() > 0) {
                result.add(new Paragraph(getTranslation("roster.done.mailed", s.mailed())));
            }
            List<IssuedAccount> accounts = s.accounts();
            result.add(download(getTranslation("roster.done.download"), "tai-khoan-moi.xlsx", XLSX,
                    () -> roster.accountsSheet(accounts)));
            Grid<IssuedAccount> grid = new Grid<>();
            grid.addColumn(IssuedAccount::code).setHeader(getTranslation("roster.column.CODE")).setAutoWidth(true);
            grid.addColumn(IssuedAccount::fullName).setHeader(getTranslation("roster.column.FULL_NAME"))
                    .setAutoWidth(true);
            grid.addColumn(a -> Objects.toString(a.departmentName(), ""))
                    .setHeader(getTranslation("roster.column.DEPARTMENT")).setAutoWidth(true);
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
        Div links = new Div(new RouterLink(getTranslation("roster.done.staffLink"), StaffView.class));
        Button again = new Button(getTranslation("roster.preview.other"), e -> reset());
        again.addThemeVariants(ButtonVariant.TERTIARY);
        result.add(links, again);
        Errors.showSuccess(getTranslation("roster.done.title"));
    }

    private void reset() {
        preview = null;
        summary = null;
        result.removeAll();
        upload.clearFileList();
    }
}
