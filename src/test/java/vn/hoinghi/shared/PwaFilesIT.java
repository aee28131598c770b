package vn.hoinghi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service worker fetches the installable app's files while a person signs in. One sent with the session id that
 * signing in has just replaced must not come back with a new session: its cookie would sign the person out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PwaFilesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;

    private HttpResponse<byte[]> getWithReplacedSession(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
                .header("Referer", "http://localhost:" + port + "/sw.js").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void icons_manifest_offline_page_and_precache_list_are_served_without_handing_out_a_session() throws Exception {
        for (String path : new String[] {"/icons/icon-16x16.png", "/icons/icon-192x192.png", "/icons/icon-512x512.png",
                "/manifest.webmanifest", "/offline-stub.html", "/offline.html", "/sw-runtime-resources-precache.js"}) {
            HttpResponse<byte[]> response = getWithReplacedSession(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("set-cookie")).as(path).isEmpty();
            assertThat(response.body()).as(path).isNotEmpty();
        }
        HttpResponse<byte[]> icon = getWithReplacedSession("/icons/icon-192x192.png");
        assertThat(icon.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(new String(icon.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        HttpResponse<byte[]> manifest = getWithReplacedSession("/manifest.webmanifest");
        assertThat(manifest.headers().firstValue("content-type").orElse("")).startsWith("application/manifest+json");
        assertThat(new String(manifest.body(), StandardCharsets.UTF_8)).contains("Hội nghị");
    }

    @Test
    void a_page_still_opens_a_session() throws Exception {
        HttpResponse<byte[]> login = getWithReplacedSession("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("set-cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
    }
}
