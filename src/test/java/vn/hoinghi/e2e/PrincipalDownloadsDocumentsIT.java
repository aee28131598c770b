package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.assembly.AssemblyMode;
import vn.hoinghi.assembly.Inputs;
import vn.hoinghi.assembly.LaunchForm;
import vn.hoinghi.assembly.LaunchService;
import vn.hoinghi.assembly.PreparationService;
import vn.hoinghi.assembly.RequestedBy;
import vn.hoinghi.school.AccountDetailsService;

/** A real headless Chromium: the principal opens the documents tab, previews, downloads and signs the plan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class PrincipalDownloadsDocumentsIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired LaunchService launch;
    @Autowired PreparationService preparation;
    @Autowired AccountDetailsService accounts;
    @Autowired TaskService tasks;

    @Test
    void the_principal_previews_downloads_and_signs_the_plan_in_the_browser() throws IOException {
        long id = assemblyWithPlan();
        String base = "http://localhost:" + port;
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, base + "/login", "hieutruong", "hoinghi2023");
        page.getByText("Việc của tôi").first().waitFor();

        page.navigate(base + "/assembly/" + id);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Văn bản")).click();
        Locator plan = page.locator(".document-card").filter(new Locator.FilterOptions()
                .setHasText("Kế hoạch tổ chức hội nghị"));
        plan.waitFor();

        Download pdf = page.waitForDownload(() -> plan.getByText("Tải PDF").click());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertThat(pdf.suggestedFilename()).isEqualTo("ke-hoach-to-chuc-hoi-nghi-2019-2020-du-thao.pdf");
        try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("KẾ HOẠCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
        Download docx = page.waitForDownload(() -> plan.getByText("Tải DOCX").click());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx.path()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("KẾ HOẠCH", "Độc lập - Tự do - Hạnh phúc");
        }

        // The preview is the PDF itself, served inline into a frame.
        plan.getByText("Xem trước").click();
        Locator frame = page.locator("iframe.document-preview-frame");
        frame.waitFor();
        APIResponse served = context.request().get(base + "/" + frame.getAttribute("src").replaceFirst("^/", ""));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().get("content-type")).startsWith("application/pdf");
        assertThat(served.headers().get("content-disposition")).startsWith("inline");
        // framed by the app itself only: a DENY here made the browser refuse every preview
        assertThat(served.headers().get("x-frame-options")).isEqualTo("SAMEORIGIN");
        assertThat(served.headers().get("content-security-policy")).isEqualTo("frame-ancestors 'self'");
        // the browser did load the PDF into the frame (a refused frame has no PDF viewer document)
        // (it navigates there after the frame is attached: wait for it on a busy machine)
        page.waitForCondition(() -> frame.elementHandle().contentFrame().url().contains("/VAADIN/dynamic/resource/"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-document-preview.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đóng")).click();

        plan.getByText("Ký và cấp số").click();
        page.locator(".document-sign-confirm").click();
        page.getByText("Đã cấp số 01/KH-TH&THCSHH.").waitFor();
        plan.getByText("Số 01/KH-TH&THCSHH, ký ngày 07/10/2019 – Nguyễn Văn Hùng").waitFor();

        // The stamped scan: a text file renamed to .pdf is refused with a clear message, a real PDF is kept.
        Path fake = Files.createTempFile("ke-hoach", ".pdf");
        Files.writeString(fake, "Bản đánh máy, chưa ký, chưa đóng dấu.\n".repeat(10));
        Path real = Files.createTempFile("ke-hoach-co-dau", ".pdf");
        Files.write(real, pdfBytes);
        plan.getByText("Tải lên bản có dấu").click();
        Locator input = page.locator("vaadin-upload input[type=file]");
        input.setInputFiles(fake);
        page.getByText("có đuôi .pdf nhưng nội dung không phải PDF").waitFor();
        input.setInputFiles(real);
        page.getByText("Đã lưu phiên bản 1 của bản có dấu.").waitFor();
        plan.getByText("Bản có dấu: 1 phiên bản").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-documents-tab.png")));
        context.close();
    }

    /** An assembly of 2019 with its preparatory meeting recorded, so the plan can be written. */
    private long assemblyWithPlan() {
        TestUsers.signIn(accounts, "hieutruong");
        LaunchForm f = new LaunchForm();
        // other tests of the shared context leave earlier years open
        f.setPreviousOpenConfirmed(true);
        f.setSchoolYear("2019-2020");
        f.setKind(AssemblyKind.EXTRAORDINARY);
        f.setRequestedBy(RequestedBy.PRINCIPAL);
        f.setMode(AssemblyMode.FULL);
        f.setPreparatoryOn(LocalDate.of(2019, 10, 7));
        f.setKeyStaffOn(LocalDate.of(2019, 10, 8));
        f.setGroupMeetingsOn(LocalDate.of(2019, 10, 9));
        f.setPlenaryOn(LocalDate.of(2019, 10, 14));
        f.setFilingDeadline(LocalDate.of(2019, 10, 18));
        long id = launch.launch(f);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        PreparationService.PreparatoryData data = preparation.preparatory(task);
        preparation.recordPreparatory(task, new Inputs.Preparatory(LocalDate.of(2019, 10, 7), data.suggestedAttendees(),
                "Trưởng ban: Hiệu trưởng", "", data.suggestedAssignments()));
        TestUsers.signOut();
        return id;
    }
}
