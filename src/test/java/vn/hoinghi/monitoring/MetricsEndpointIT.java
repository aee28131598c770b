package vn.hoinghi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** The metrics a province's monitoring scrapes: off unless asked for, and never without the monitoring account. */
class MetricsEndpointIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> get(int port, String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class ByDefault {

        @LocalServerPort int port;
        @Autowired Environment environment;

        @Test
        void there_is_no_management_port_and_the_app_serves_no_metrics() throws Exception {
            assertThat(environment.getProperty("local.management.port")).isNull();
            assertThat(get(port, "/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/actuator/prometheus", "prometheus", "").statusCode()).isEqualTo(401);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"management.server.port=0", "hoinghi.metrics.password=Giám-sát-2026"})
    class WhenTurnedOn {

        @LocalServerPort int port;
        @LocalManagementPort int managementPort;

        @Test
        void anonymous_and_wrong_credentials_are_refused_on_the_management_port() throws Exception {
            assertThat(get(managementPort, "/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
            assertThat(get(managementPort, "/actuator/prometheus", "prometheus", "sai").statusCode()).isEqualTo(401);
            assertThat(get(managementPort, "/actuator/health", null, null).statusCode()).isEqualTo(401);
        }

        @Test
        void the_monitoring_account_reads_requests_pool_sessions_and_engine_figures() throws Exception {
            get(port, "/login", null, null); // one request to time
            HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus", "prometheus", "Giám-sát-2026");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections_active",
                    "tomcat_sessions_active_current_sessions", "hoinghi_engine_jobs_executed_total",
                    "hoinghi_engine_jobs_dead_letter", "hoinghi_engine_timers_scheduled", "jvm_memory_used_bytes");
            // the app's own port does not serve them, even to the monitoring account
            assertThat(get(port, "/actuator/prometheus", "prometheus", "Giám-sát-2026").body())
                    .doesNotContain("jvm_memory_used_bytes");
        }
    }
}
