package vn.hoinghi.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** One headless Chromium per end-to-end test class. */
abstract class ChromiumTest {

    static Playwright playwright;
    static Browser browser;

    /** What every open page showed when a test failed: target/e2e-failure-<class>-<n>.png. */
    @RegisterExtension
    final TestWatcher failureShots = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext test, Throwable cause) {
            int n = 0;
            for (BrowserContext context : browser.contexts()) {
                for (Page page : context.pages()) {
                    try {
                        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of(
                                "target/e2e-failure-" + test.getRequiredTestClass().getSimpleName() + "-" + n++ + ".png")));
                    } catch (RuntimeException closed) {
                        // a page closing with its test has nothing more to show
                    }
                }
            }
        }
    };

    @BeforeAll
    static void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
