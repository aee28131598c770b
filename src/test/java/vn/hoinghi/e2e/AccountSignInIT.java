package vn.hoinghi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.hoinghi.TestUsers;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.CreatedAccount;
import vn.hoinghi.school.NewStaff;
import vn.hoinghi.school.Position;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.TestSchools;

/**
 * Accounts through the real sign-in in headless Chromium: the forced change of an initial password, and the
 * lock-out after repeated wrong passwords. The people are new, in a school of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoinghi.demo-data=true")
class AccountSignInIT extends ChromiumTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired AccountDetailsService accounts;
    @Autowired SchoolAdminService admin;

    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        TestUsers.signOut();
    }

    private record Person(TestSchools.Created school, CreatedAccount account) {
    }

    /** A new teacher added by the school's administrator, with the initial password shown to them. */
    private Person newTeacher(String name) {
        TestSchools.Created school = TestSchools.create(ctx, "Trường Tiểu học Đăng Nhập " + System.nanoTime());
        TestUsers.signIn(accounts, school.adminUsername());
        NewStaff form = new NewStaff();
        form.setCode("GV01");
        form.setFullName(name);
        form.setPosition(Position.GV);
        form.setDepartmentId(school.departments().get("Tổ Tiểu học"));
        CreatedAccount account = admin.addStaff(form);
        TestUsers.signOut();
        return new Person(school, account);
    }

    private Page open() {
        context = browser.newContext();
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        return page;
    }

    private void signIn(Page page, String username, String password) {
        Chromium.signIn(page, "http://localhost:" + port + "/login", username, password);
    }

    @Test
    void a_new_account_must_choose_its_own_password_before_anything_else() {
        Person p = newTeacher("Phạm Thị Kiểm");
        String username = p.account().username();
        Page page = open();
        signIn(page, username, p.account().initialPassword());

        page.waitForURL("**/account/password");
        page.getByText("Bạn đang dùng mật khẩu do quản trị viên cấp").waitFor();
        // Whatever the person opens, the change comes first.
        page.navigate("http://localhost:" + port + "/assemblies");
        page.waitForURL("**/account/password");

        page.getByLabel("Mật khẩu hiện tại").fill(p.account().initialPassword());
        page.getByLabel("Mật khẩu mới", new Page.GetByLabelOptions().setExact(true)).fill("kiem-thu-2025");
        page.getByLabel("Nhập lại mật khẩu mới").fill("kiem-thu-2025");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đổi mật khẩu")).click();
        page.getByText("Đã đổi mật khẩu.").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-password-changed.png")));

        page.navigate("http://localhost:" + port + "/assemblies");
        page.waitForURL("**/assemblies");
        assertThat(accounts.findUser(username).orElseThrow().mustChangePassword()).isFalse();

        // The old password no longer works; the new one does, and goes straight in.
        context.close();
        page = open();
        signIn(page, username, p.account().initialPassword());
        page.waitForURL("**/login?error");
        signIn(page, username, "kiem-thu-2025");
        page.getByText("Việc của tôi").first().waitFor();
        assertThat(page.url()).doesNotContain("account/password");
    }

    @Test
    void wrong_passwords_make_sign_in_wait_and_the_page_never_tells_whether_an_account_exists() {
        Person p = newTeacher("Vương Văn Khóa");
        String username = p.account().username();
        Page page = open();
        for (int i = 0; i < 5; i++) {
            signIn(page, username, "sai-mat-khau-" + i);
            page.waitForURL("**/login?error");
        }
        String sameForAll = "Tên đăng nhập hoặc mật khẩu không đúng";
        page.getByText(sameForAll).first().waitFor();

        // During the wait even the right password is refused, and the page says nothing an outsider could use:
        // an unknown username reads exactly the same.
        signIn(page, username, p.account().initialPassword());
        page.waitForURL("**/login?error");
        page.getByText(sameForAll).first().waitFor();
        String waiting = page.locator("vaadin-login-form").innerText();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-sign-in-waits.png")));
        assertThat(accounts.findUser(username).orElseThrow().isAccountNonLocked()).isFalse();
        signIn(page, "khong-co-tai-khoan-nay", "sai-mat-khau");
        page.waitForURL("**/login?error");
        page.getByText(sameForAll).first().waitFor();
        assertThat(page.locator("vaadin-login-form").innerText()).isEqualTo(waiting);

        TestUsers.signIn(accounts, p.school().adminUsername());
        admin.unlock(p.account().staffId());
        TestUsers.signOut();
        signIn(page, username, p.account().initialPassword());
        page.waitForURL("**/account/password");

        // Someone who has left cannot sign in at all, and the page reads the same again.
        TestUsers.signIn(accounts, p.school().adminUsername());
        admin.deactivate(p.account().staffId());
        TestUsers.signOut();
        context.close();
        page = open();
        signIn(page, username, p.account().initialPassword());
        page.waitForURL("**/login?error");
        page.getByText(sameForAll).first().waitFor();
    }
}
