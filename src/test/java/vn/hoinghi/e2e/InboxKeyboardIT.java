package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.assembly.AssemblyKind;
import vn.hoinghi.documents.AssemblyWalk;

/** The principal works his inbox from the keyboard: the help on "?", taking a task with C, opening it with O. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class InboxKeyboardIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    @Test
    void the_principal_takes_and_opens_a_task_without_the_mouse() {
        AssemblyWalk.from(ctx).launch("1951-1952", AssemblyKind.REGULAR, LocalDate.of(1951, 9, 21),
                LocalDate.of(1951, 9, 22), LocalDate.of(1951, 9, 23), LocalDate.of(1951, 9, 28),
                LocalDate.of(1951, 10, 2), false);
        TestUsers.signOut();

        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", "hieutruong", "hoinghi2023");
        page.locator(".inbox-grid").waitFor();
        page.locator(".inbox-search input").fill("1951-1952");
        page.getByText("Hội nghị trù bị").first().waitFor();
        page.waitForTimeout(1000);

        // the focus goes to the row's status cell, then everything is keys
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("chưa ai nhận")).first().click();
        page.keyboard().press("Shift+?");
        page.getByText("Phím tắt trong danh sách việc").waitFor();
        assertThat(page.getByText("Nhận việc đang chọn").isVisible()).isTrue();
        page.keyboard().press("Escape");
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("chưa ai nhận")).first().click();
        page.keyboard().press("c");
        page.getByText("Bạn đã nhận việc “Hội nghị trù bị").waitFor();
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Bạn đã nhận việc")).first().click();
        page.keyboard().press("x");
        page.getByText("Đã chọn 1 việc").waitFor();
        page.keyboard().press("o");
        page.waitForURL("**/task/**");
        context.close();
    }
}
