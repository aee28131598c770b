package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.RosterColumn;
import vn.hoinghi.school.RosterFiles;
import vn.hoinghi.school.TestSchools;

/**
 * A new school's administrator in a real browser: downloads the template, fills 40 people in (with two
 * slips), uploads it, reads the report, fixes the two rows, imports, and hands the principal their account;
 * the principal chooses a password and finds the next assembly's first task in their inbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class AdministratorImportsRosterIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired AccountDetailsService accounts;
    @Autowired LaunchService launch;

    BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        TestUsers.signOut();
    }

    private Page open() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(1280, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        return page;
    }

    private void signIn(Page page, String username, String password) {
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, password);
    }

    private static void choose(Page page, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Chọn tệp…").click());
        chooser.setFiles(file);
    }

    @Test
    void the_administrator_imports_forty_people_from_the_template_and_the_principal_gets_the_first_task()
            throws IOException {
        TestSchools.Created school = TestSchools.create(ctx, "Trường THCS Nhập Danh Sách " + System.nanoTime());
        Page adminPage = open();
        signIn(adminPage, school.adminUsername(), TestSchools.PASSWORD);
        adminPage.getByText("Nhập danh sách từ Excel").first().click();
        adminPage.waitForURL("**/admin/import");

        Download download = adminPage.waitForDownload(() -> adminPage.getByText("Tệp mẫu Excel (.xlsx)").click());
        byte[] template = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");

        List<String[]> people = new ArrayList<>(RosterFiles.fortyPeople());
        List<String[]> slips = new ArrayList<>(people);
        slips.set(10, with(people.get(10), RosterColumn.DEPARTMENT, "Tổ Ngữ văn"));
        slips.set(25, with(people.get(25), RosterColumn.DATE_OF_BIRTH, "31/02/1985"));
        Path first = Path.of("target/e2e-roster-with-slips.xlsx");
        Files.write(first, RosterFiles.fillTemplate(template, slips));
        choose(adminPage, first);
        adminPage.getByText("Còn 2 lỗi ở 2 dòng").waitFor();
        adminPage.getByText("Trường không có tổ \"Tổ Ngữ văn\"").waitFor();
        adminPage.getByText("Ngày sinh \"31/02/1985\" không hợp lệ").waitFor();
        adminPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-import-report.png"))
                .setFullPage(true));
        assertThat(adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập 38 người"))
                .isDisabled()).isTrue();

        Path fixed = Path.of("target/e2e-roster-fixed.xlsx");
        Files.write(fixed, RosterFiles.fillTemplate(template, people));
        choose(adminPage, fixed);
        adminPage.getByText("Không có lỗi.").waitFor();
        adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập 40 người")).click();
        adminPage.getByText("Tài khoản mới (40)").waitFor();
        adminPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-import-done.png"))
                .setFullPage(true));
        Download list = adminPage.waitForDownload(() -> adminPage.getByText("Tải danh sách tài khoản (.xlsx)").click());
        String[] principal = accountOf(Files.readAllBytes(list.path()), "HT01");

        // The staff list shows them all, found without diacritics; the settings page opens on the seed's habits.
        adminPage.getByText("Cán bộ, viên chức").first().click();
        adminPage.getByText("41 người").waitFor();
        adminPage.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm theo tên, mã hoặc tên đăng nhập"))
                .fill("quach van luc");
        adminPage.getByText("1 người", new Page.GetByTextOptions().setExact(true)).waitFor();
        adminPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-staff-list.png")));
        adminPage.getByText("Thiết lập của trường").first().click();
        adminPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cách làm của trường")).waitFor();
        adminPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-settings.png"))
                .setFullPage(true));

        // The principal signs in with the slip they were handed, chooses a password ...
        context.close();
        Page page = open();
        signIn(page, principal[0], principal[1]);
        page.waitForURL("**/account/password");
        page.getByLabel("Mật khẩu hiện tại").fill(principal[1]);
        page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill("hieu-truong-2025");
        page.getByLabel("Nhập lại mật khẩu mới").fill("hieu-truong-2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đổi mật khẩu")).click();
        page.getByText("Đã đổi mật khẩu.").waitFor();

        // ... and the assembly they launch starts in their inbox.
        TestUsers.signIn(accounts, principal[0]);
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear("2025-2026");
        f.setKind(AssemblyKind.REGULAR);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(LocalDate.of(2025, 9, 22));
        f.setKeyStaffOn(LocalDate.of(2025, 9, 23));
        f.setGroupMeetingsOn(LocalDate.of(2025, 9, 24));
        f.setPlenaryOn(LocalDate.of(2025, 9, 29));
        f.setFilingDeadline(LocalDate.of(2025, 10, 1));
        f.setElectBoard(true);
        f.setBoardSeats(3);
        launch.launch(f);
        page.navigate("http://localhost:" + port + "/");
        page.getByText("Hội nghị trù bị").first().waitFor();
    }

    private static String[] with(String[] row, RosterColumn column, String value) {
        String[] copy = row.clone();
        copy[column.ordinal()] = value;
        return copy;
    }

    /** Username and initial password of a staff code, from the downloaded list of accounts. */
    private static String[] accountOf(byte[] xlsx, String code) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tên đăng nhập");
            for (Row row : sheet) {
                if (code.equals(row.getCell(0).getStringCellValue())) {
                    return new String[]{row.getCell(3).getStringCellValue(), row.getCell(4).getStringCellValue()};
                }
            }
        }
        throw new AssertionError("no account for " + code);
    }
}
