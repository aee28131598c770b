package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The "done when", in a real headless Chromium on the demo data: the officer sees the season's
 * deadlines, finds the late schools in two clicks, downloads them as a spreadsheet with correct
 * diacritics, returns a dossier; the school's union chair finds the filing task with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class OfficerTracksLateSchoolsIT extends ChromiumTest {

    static final String REASON = "Thiếu bản scan nghị quyết có dấu đỏ; đề nghị bổ sung trước thứ Sáu.";
    @LocalServerPort int port;

    @Test
    void the_officer_exports_the_late_schools_and_returns_a_dossier_that_the_union_chair_then_sees() throws Exception {
        try (BrowserContext officer = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signIn(officer, "chuyenvien");
            // click 1: the tracker; the season's deadlines are on top
            page.getByText("Theo dõi các trường").first().click();
            page.getByText("Hạn nộp hồ sơ:").first().waitFor();
            // click 2: the late schools
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quá hạn (")).click();
            page.getByText("Trường Mầm non Hòa Bình").first().waitFor();
            assertThat(page.getByText("Trường THCS Quang Trung").count()).isZero();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-tracker-late.png")).setFullPage(true));

            Download download = page.waitForDownload(() -> page.getByText("Tải Excel (.xlsx)").click());
            assertThat(download.suggestedFilename()).endsWith(".xlsx");
            List<String> schools = new ArrayList<>();
            try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                DataFormatter cells = new DataFormatter();
                assertThat(cells.formatCellValue(sheet.getRow(0).getCell(12))).isEqualTo("Tình trạng hồ sơ");
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    schools.add(cells.formatCellValue(sheet.getRow(i).getCell(1)));
                    assertThat(cells.formatCellValue(sheet.getRow(i).getCell(12))).startsWith("Quá hạn ");
                    assertThat(cells.formatCellValue(sheet.getRow(i).getCell(10))).matches("\\d{2}/\\d{2}/\\d{4}");
                }
            }
            assertThat(schools).contains("Trường Mầm non Hòa Bình", "Trường Tiểu học Lê Lợi")
                    .doesNotContain("Trường THCS Quang Trung");

            // return a submitted dossier with a reason
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đã nộp, chờ xem xét (")).click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm trường")).fill("quang trung");
            page.getByText("Trường THCS Quang Trung").first().waitFor();
            Locator returnButtons = page.locator("vaadin-button.return-dossier:visible");
            PlaywrightAssertions.assertThat(returnButtons).hasCount(1);
            returnButtons.click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                    .setName("Lý do trả lại (trường sẽ thấy lý do này)")).fill(REASON);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại hồ sơ").setExact(true)).click();
            page.getByText("Đã trả lại hồ sơ của Trường THCS Quang Trung").waitFor();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm trường")).fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tất cả (")).click();
            page.locator("vaadin-grid").screenshot(new Locator.ScreenshotOptions()
                    .setPath(Path.of("target/e2e-tracker-grid.png")));
            page.getByText("Hạn chót năm học").first().click();
            page.getByText("Lưu và thông báo cho các trường").waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-season.png")));
        }

        try (BrowserContext school = browser.newContext()) {
            Page page = signIn(school, "ctcongdoan.thcsquangtrung");
            page.getByText("Nộp hồ sơ về cơ quan quản lý").first().click();
            page.getByText(REASON, new Page.GetByTextOptions().setExact(false)).waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-returned-filing.png"))
                    .setFullPage(true));
        }
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, "hoinghi2023");
        page.getByText("Việc cần làm của bạn").waitFor();
        return page;
    }
}
