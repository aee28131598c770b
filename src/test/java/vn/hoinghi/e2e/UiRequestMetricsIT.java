package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The server's time per request by kind of action, as a province's monitoring reads it: a real browser signs in,
 * loads the inbox and clicks, and each shows up under its own kind and view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hoinghi.demo-data=true", "management.server.port=0", "hoinghi.metrics.password=Đo-đạc-1945"})
class UiRequestMetricsIT extends ChromiumTest {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;

    @Test
    void a_sign_in_a_page_load_and_a_page_event_are_timed_under_their_kinds() throws Exception {
        String base = "http://localhost:" + port;
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, base + "/login", "hieutruong", "hoinghi2023");
        page.getByText("Việc của tôi").first().waitFor();
        // a page load of the inbox, then an event of that page (the grid asks for its rows)
        page.navigate(base + "/");
        page.locator("vaadin-grid").first().waitFor();
        Chromium.waitForVaadin(page);
        context.close();

        String metrics = scrape();
        assertThat(metrics).contains("# TYPE hoinghi_ui_requests_seconds histogram",
                "hoinghi_ui_requests_seconds_count{kind=\"signin\",view=\"LoginView\"}",
                "hoinghi_ui_requests_seconds_count{kind=\"page\",view=\"LoginView\"}",
                "hoinghi_ui_requests_seconds_count{kind=\"page\",view=\"InboxView\"}",
                "hoinghi_ui_requests_seconds_count{kind=\"uidl\",view=\"InboxView\"}",
                "hoinghi_ui_requests_seconds_bucket{kind=\"uidl\",view=\"InboxView\",le=\"0.3\"}");
        // ids never become tags: one series per kind and view, whatever the URL held
        assertThat(metrics.lines().filter(l -> l.startsWith("hoinghi_ui_requests_seconds_count"))
                .filter(l -> l.matches(".*\\d{2,}.*\\}.*"))).isEmpty();
    }

    private String scrape() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                        + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("prometheus:Đo-đạc-1945".getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
