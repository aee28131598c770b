package vn.hoinghi.monitoring;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The server's own time per request, by what the request did and on which view. Vaadin sends every event of a page
 * to one URL, so Spring's per-URL request timer cannot tell a page load from a button press or an upload; this one
 * classifies each request (a small, fixed set of kinds; the view is the route's class, never an id) and times it
 * from the first filter to the last byte handed to the container, the sign-in through Spring Security included.
 */
@Configuration
class UiRequestMetrics {

    static final String NAME = "hoinghi.ui.requests";
    /** Set by the Vaadin interceptor once the request's UI is known. */
    static final String VIEW = UiRequestMetrics.class.getName() + ".view";
    static final String FAILED = UiRequestMetrics.class.getName() + ".failed";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uiRequestTimer(MeterRegistry registry) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                long start = System.nanoTime();
                boolean thrown = true;
                try {
                    chain.doFilter(request, response);
                    thrown = false;
                } finally {
                    String kind = kind(request);
                    if (kind.equals("page") && response.getStatus() >= 300 && response.getStatus() < 400) {
                        kind = "redirect"; // to the login page, or on after signing in
                    }
                    Object view = request.getAttribute(VIEW);
                    String v = view != null ? view.toString() : kind.equals("signin") ? "LoginView" : "none";
                    Timer.builder(NAME).description("The server's time per request, by kind of action and view")
                            .tags("kind", kind, "view", v).publishPercentileHistogram()
                            .serviceLevelObjectives(Duration.ofMillis(300))
                            .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                            .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                    if (thrown || response.getStatus() >= 500 || request.getAttribute(FAILED) != null) {
                        Counter.builder(NAME + ".failed")
                                .description("Requests that failed on the server: an exception or a 5xx answer")
                                .tags("kind", kind).register(registry).increment();
                    }
                }
            }

            @Override
            protected boolean shouldNotFilterAsyncDispatch() {
                return true;
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/*");
        bean.setName("uiRequestTimer");
        return bean;
    }

    /** Names the view of each Vaadin request on the request, for the timer above. */
    @Bean
    VaadinServiceInitListener uiRequestViews() {
        return event -> event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
                request.setAttribute(FAILED, Boolean.TRUE);
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                UI ui = UI.getCurrent();
                if (ui == null && session != null) {
                    Integer id = uiId(request);
                    if (id != null) {
                        session.lock();
                        try {
                            ui = session.getUIById(id);
                        } finally {
                            session.unlock();
                        }
                    }
                }
                if (ui != null) {
                    List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
                    if (!chain.isEmpty()) {
                        request.setAttribute(VIEW, chain.get(0).getClass().getSimpleName());
                        return;
                    }
                }
                // a page's HTML is served before its UI exists: the view its address leads to
                String location = request.getParameter("v-r") != null ? request.getParameter("location")
                        : request.getPathInfo();
                if (location != null && !location.startsWith(RESOURCE) && !location.startsWith("/VAADIN/")) {
                    String route = location.replaceFirst("^/", "").replaceFirst("[?#].*$", "");
                    // the application's routes: the router's own registry is the session's, which needs its lock
                    ApplicationRouteRegistry.getInstance(request.getService().getContext())
                            .getNavigationTarget(route)
                            .ifPresent(view -> request.setAttribute(VIEW, view.getSimpleName()));
                }
            }
        });
    }

    /** The UI a request is for: the uiId parameter of events, or the path of a dynamic resource. */
    private static Integer uiId(VaadinRequest request) {
        String param = request.getParameter("v-uiId");
        String path = request.getPathInfo();
        if (param == null && path != null && path.startsWith(RESOURCE)) {
            String rest = path.substring(RESOURCE.length());
            int slash = rest.indexOf('/');
            param = slash > 0 ? rest.substring(0, slash) : null;
        }
        try {
            return param == null ? null : Integer.valueOf(param);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final String RESOURCE = "/VAADIN/dynamic/resource/";

    /**
     * What a request did: signin (the login form's POST), page (a page load: the HTML and Vaadin's init), uidl (an
     * event of an open page: a click, a value, a navigation inside the app), heartbeat, upload and download (files
     * through Vaadin's dynamic resources), static (scripts, styles, images) or other.
     */
    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString() == null ? "" : "&" + request.getQueryString() + "&";
        boolean post = "POST".equals(request.getMethod());
        if (path.startsWith(RESOURCE)) {
            return post ? "upload" : "download";
        }
        if (query.contains("&v-r=uidl&")) {
            return "uidl";
        }
        if (query.contains("&v-r=heartbeat&")) {
            return "heartbeat";
        }
        if (query.contains("&v-r=init&")) {
            return "page";
        }
        if (post && path.equals("/login")) {
            return "signin";
        }
        if (path.startsWith("/VAADIN/") || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return "static";
        }
        return "GET".equals(request.getMethod()) && query.isEmpty() ? "page" : "other";
    }
}
