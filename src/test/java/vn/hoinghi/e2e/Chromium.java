package vn.hoinghi.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** Debian's headless Chromium for the end-to-end tests: no browser download, flags for a closed network. */
public final class Chromium {

    public static final String PATH = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    private Chromium() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /**
     * Waits until the page's Vaadin client has started and has no request under way. On a busy machine the login
     * page's fields can be filled before its form is live, and the click on "Đăng nhập" is then lost.
     */
    public static void waitForVaadin(Page page) {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
    }

    /**
     * Signs in through the login form, as a person would, and waits until the app has answered: its layout, the
     * password page of a new account, or the form's error. When the page is back on the login form with nothing
     * said (on a busy machine the first session of a fresh browser is sometimes lost on the way), it signs in again.
     */
    public static void signIn(Page page, String loginUrl, String username, String password) {
        for (int attempt = 1; ; attempt++) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.function.Consumer<com.microsoft.playwright.Response> trace = r -> seen.add(r.request().method()
                    + " " + r.url() + " " + r.status() + " location=" + r.headers().get("location")
                    + " set-cookie=" + r.headerValue("set-cookie") + " cookie=" + r.request().headerValue("cookie"));
            page.onResponse(trace);
            page.navigate(loginUrl);
            waitForVaadin(page);
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tên đăng nhập")).fill(username);
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mật khẩu")).fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
            try {
                page.waitForCondition(() -> page.url().contains("?error") || page.url().endsWith("/account/password")
                        || page.locator(".app-header").count() > 0,
                        new Page.WaitForConditionOptions().setTimeout(attempt < 3 ? 20_000 : 90_000));
                page.offResponse(trace);
                return;
            } catch (TimeoutError lost) {
                System.err.println("SIGN-IN LOST for " + username + " (attempt " + attempt + "), at " + page.url());
                seen.forEach(line -> System.err.println("  " + line));
                page.offResponse(trace);
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    public static Browser launch(Playwright playwright) {
        return launch(playwright, Path.of(PATH));
    }

    /** The same browser started through another executable (the crowd benchmark's {@code nice} wrapper). */
    public static Browser launch(Playwright playwright, Path executable) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }
}
