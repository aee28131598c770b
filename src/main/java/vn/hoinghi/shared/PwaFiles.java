package vn.hoinghi.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.PwaConfiguration;
import com.vaadin.flow.server.PwaIcon;
import com.vaadin.flow.server.PwaRegistry;

/**
 * The installable app's files (icons, manifest, offline page, the service worker's precache list), served the same
 * for everyone without a session. Vaadin's own handler opens a session for each: the service worker fetches them
 * while a person signs in, and one sent with the session id that signing in has just replaced came back with a
 * new, empty session whose cookie replaced the signed-in one (the person was back on the login page).
 */
@Configuration
class PwaFiles {

    private interface Writer {
        void write(HttpServletResponse response) throws IOException;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pwaFilesWithoutSession() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            private volatile Map<String, Writer> files;

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                Writer file = files(request).get(request.getRequestURI().substring(request.getContextPath().length()));
                if (file == null) {
                    chain.doFilter(request, response);
                    return;
                }
                file.write(response);
            }

            private Map<String, Writer> files(HttpServletRequest request) {
                Map<String, Writer> known = files;
                if (known == null) {
                    known = filesOf(PwaRegistry.getInstance(request.getServletContext()));
                    files = known;
                }
                return known;
            }
        });
        // after the request timer (highest precedence), before security and Vaadin
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /** The paths Vaadin's PwaHandler answers, with what it writes for each (its stub and precache paths as it has them). */
    private static Map<String, Writer> filesOf(PwaRegistry registry) {
        Map<String, Writer> files = new HashMap<>();
        PwaConfiguration config = registry == null ? null : registry.getPwaConfiguration();
        if (config == null || !config.isEnabled()) {
            return files;
        }
        for (PwaIcon icon : registry.getIcons()) {
            put(files, icon.getRelHref(), r -> {
                r.setContentType(icon.getType());
                r.setHeader("X-Content-Type-Options", "nosniff");
                if (!icon.shouldBeCached()) {
                    r.setHeader("Cache-Control", "no-cache, must-revalidate");
                }
                icon.write(r.getOutputStream());
            });
        }
        Writer offline = text("text/html;charset=utf-8", registry.getOfflineHtml());
        if (config.isOfflinePathEnabled()) {
            put(files, config.relOfflinePath(), offline);
        }
        put(files, "/offline-stub.html", offline);
        put(files, config.relManifestPath(), text("application/manifest+json;charset=utf-8",
                registry.getManifestJson()));
        put(files, "/sw-runtime-resources-precache.js", text("application/javascript;charset=utf-8",
                registry.getRuntimeServiceWorkerJs()));
        return files;
    }

    /** Keyed as the request's path within the app, whatever form the configuration gives. */
    private static void put(Map<String, Writer> files, String path, Writer writer) {
        files.put(path.startsWith("/") ? path : "/" + path, writer);
    }

    private static Writer text(String type, String content) {
        byte[] bytes = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        return r -> {
            r.setContentType(type);
            r.setHeader("X-Content-Type-Options", "nosniff");
            r.setContentLength(bytes.length);
            r.getOutputStream().write(bytes);
        };
    }
}
