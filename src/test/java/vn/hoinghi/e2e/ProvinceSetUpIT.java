package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.AlsoOnPostgresql;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.RosterFiles;
import vn.hoinghi.school.SchoolColumn;

/**
 * A province starts from nothing, in headless Chromium: the first start created the system administrator
 * from the admin variables; they sign in, change the password, create two bodies, import the schools with
 * two bad rows (refused by row, then only the valid rows), create an officer; a school's first
 * administrator signs in with the one-time password from the import, on a 360 px wide phone.
 */
@AlsoOnPostgresql
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hoinghi.demo-data=false", "hoinghi.admin.username=sotinh", "hoinghi.admin.password=Khoi-dong-2025"})
class ProvinceSetUpIT extends ChromiumTest {

    private static final String BODY_A = "Ủy ban nhân dân xã Tân Lập";
    private static final String BODY_B = "Ủy ban nhân dân xã Minh Hòa";

    @LocalServerPort int port;
    @Autowired AccountDetailsService accounts;
    @Autowired vn.hoinghi.school.ProvinceAccounts provinceAccounts;

    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    private Page open(int width, int height) {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(width, height));
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        return page;
    }

    private void signIn(Page page, String username, String password) {
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, password);
    }

    private static void changePassword(Page page, String current, String chosen) {
        page.waitForURL("**/account/password");
        page.getByLabel("Mật khẩu hiện tại").fill(current);
        page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        page.getByLabel("Nhập lại mật khẩu mới").fill(chosen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đổi mật khẩu")).click();
    }

    private static void nav(Page page, String item) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-province-" + name + ".png"))
                .setFullPage(true));
    }

    private void addBody(Page page, String name, String code) {
        page.locator("vaadin-button.add-body").click();
        Locator dialog = page.locator("vaadin-dialog.body-dialog");
        dialog.getByLabel("Tên cơ quan").fill(name);
        dialog.getByLabel("Mã cơ quan").fill(code);
        dialog.locator("vaadin-button.save").click();
        page.getByText("Đã lưu.").first().waitFor();
        page.locator("vaadin-grid.bodies").getByText(name).waitFor();
    }

    /** Twelve schools, one per row; row 5 names a body that does not exist, row 9 repeats row 2's code. */
    private static List<String[]> schools() {
        List<String[]> rows = new ArrayList<>();
        String[] levels = {"Mầm non", "Tiểu học", "THCS", "THPT", "Liên cấp"};
        for (int i = 1; i <= 12; i++) {
            String[] row = new String[SchoolColumn.values().length];
            row[SchoolColumn.CODE.ordinal()] = "PT" + String.format("%03d", i);
            row[SchoolColumn.NAME.ordinal()] = "Trường " + levels[i % 5] + " Số " + i;
            row[SchoolColumn.LEVEL.ordinal()] = levels[i % 5];
            row[SchoolColumn.BODY.ordinal()] = i % 2 == 0 ? BODY_A : "MH";
            row[SchoolColumn.ADDRESS.ordinal()] = "Thôn " + i + ", xã " + (i % 2 == 0 ? "Tân Lập" : "Minh Hòa");
            rows.add(row);
        }
        rows.get(0)[SchoolColumn.PRINCIPAL.ordinal()] = "Nguyễn Văn Đầu";
        rows.get(0)[SchoolColumn.PRINCIPAL_EMAIL.ordinal()] = "dau@pt001.edu.vn";
        rows.get(3)[SchoolColumn.BODY.ordinal()] = "Ủy ban nhân dân xã Không Có";
        rows.get(7)[SchoolColumn.CODE.ordinal()] = "PT001";
        return rows;
    }

    @Test
    void the_system_administrator_sets_the_province_up_and_a_school_administrator_signs_in() throws IOException {
        Page page = open(1280, 900);
        signIn(page, "sotinh", "Khoi-dong-2025");
        changePassword(page, "Khoi-dong-2025", "so-giao-duc-2025");
        page.waitForURL("**/province/schools");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Các trường trong tỉnh")).waitFor();
        shot(page, "1-after-password");

        nav(page, "Cơ quan quản lý");
        page.waitForURL("**/province/bodies");
        addBody(page, BODY_A, "TL");
        addBody(page, BODY_B, "MH");
        shot(page, "2-bodies");

        nav(page, "Nhập danh sách trường");
        page.waitForURL("**/province/import");
        Download download = page.waitForDownload(() -> page.getByText("Tệp mẫu Excel (.xlsx)").click());
        Path file = Path.of("target/e2e-province-schools.xlsx");
        Files.write(file, RosterFiles.fillTemplate(Files.readAllBytes(download.path()), schools()));
        FileChooser chooser = page.waitForFileChooser(() -> page.getByText("Chọn tệp…").click());
        chooser.setFiles(file);
        page.getByText("Còn 2 lỗi ở 2 dòng").waitFor();
        Locator problems = page.locator("vaadin-grid.schools-problems");
        problems.getByText("Không có cơ quan quản lý “Ủy ban nhân dân xã Không Có”").waitFor();
        problems.getByText("Mã trường PT001 đã có ở dòng 2.").waitFor();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập 10 trường"))
                .isDisabled()).isTrue();
        shot(page, "3-import-report");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chỉ nhập 10 dòng hợp lệ")).click();
        page.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Chỉ nhập 10 dòng hợp lệ")).click();
        page.getByText("Thêm mới 10 trường").waitFor();
        page.getByText("Tài khoản quản trị mới (1)").waitFor();
        shot(page, "4-import-done");
        Download list = page.waitForDownload(() -> page.getByText("Tải danh sách tài khoản (.xlsx)").click());
        String[] schoolAdmin = account(Files.readAllBytes(list.path()), "Trường Tiểu học Số 1");

        nav(page, "Tài khoản cán bộ quản lý");
        page.waitForURL("**/province/accounts");
        page.getByLabel("Cơ quan quản lý").click();
        page.locator("vaadin-combo-box-item").getByText(BODY_A).click();
        page.locator("vaadin-button.add-officer").click();
        Locator dialog = page.locator("vaadin-dialog.officer-dialog");
        dialog.getByLabel("Họ và tên").fill("Phan Thị Chuyên");
        dialog.getByLabel("Thư điện tử").fill("chuyen@tanlap.gov.vn");
        dialog.locator("vaadin-button.save").click();
        page.locator("vaadin-dialog.officer-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.locator(".password-value").waitFor();
        String officerPassword = page.locator(".password-value").textContent().trim();
        assertThat(officerPassword).matches(Pattern.compile("[A-Za-z2-9]{12}"));
        shot(page, "5-officer-created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đóng")).click();

        // The schools list on a phone.
        page.setViewportSize(360, 740);
        page.navigate("http://localhost:" + port + "/province/schools");
        page.locator("vaadin-grid.schools").getByText("Trường Tiểu học Số 1").first().waitFor();
        shot(page, "6-schools-360px");

        // The school's first administrator (its principal) signs in on a 360 px phone with the slip.
        context.close();
        Page phone = open(360, 740);
        signIn(phone, schoolAdmin[0], schoolAdmin[1]);
        changePassword(phone, schoolAdmin[1], "hieu-truong-2025");
        phone.getByText("Đã đổi mật khẩu.").first().waitFor();
        shot(phone, "7-school-admin-360px");
        assertThat(accounts.findUser(schoolAdmin[0]).orElseThrow().mustChangePassword()).isFalse();
        phone.navigate("http://localhost:" + port + "/admin/import");
        phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nhập danh sách cán bộ từ Excel")).waitFor();
        shot(phone, "8-school-admin-roster-360px");

        // The system administrator resets that password meanwhile: the open session ends at the next request.
        vn.hoinghi.TestUsers.signIn(accounts, "sotinh");
        provinceAccounts.resetSchoolAdministrator(accounts.findUser(schoolAdmin[0]).orElseThrow().staffId());
        vn.hoinghi.TestUsers.signOut();
        phone.navigate("http://localhost:" + port + "/admin/staff");
        phone.waitForURL("**/login**");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).waitFor();
        shot(phone, "9-session-ended-360px");
    }

    private static String[] account(byte[] xlsx, String school) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (school.equals(row.getCell(0).getStringCellValue())) {
                    return new String[]{row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue()};
                }
            }
        }
        throw new AssertionError("no account for " + school);
    }
}
