package vn.hoinghi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.hoinghi.TestUsers;
import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.school.SchoolAdminService;
import vn.hoinghi.school.TestSchools;

/**
 * A session follows its account: an open session of someone who was deactivated, given or relieved of a
 * role, or whose password was reset is refused at its very next request (sent to the login page), through
 * the application's real security filter chain; an untouched session goes on.
 */
@SpringBootTest(properties = "hoinghi.demo-data=true")
class SessionFollowsAccountIT {

    @Autowired WebApplicationContext web;
    @Autowired ApplicationContext ctx;
    @Autowired AccountDetailsService accounts;
    @Autowired SchoolAdminService admin;

    MockMvc mvc;
    TestSchools.Created school;
    long teacherId;
    String teacher;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        school = TestSchools.create(ctx, "Trường Tiểu học Phiên " + System.nanoTime());
        TestUsers.signIn(accounts, school.adminUsername());
        var form = new vn.hoinghi.school.NewStaff();
        form.setCode("GV" + System.nanoTime() % 100000);
        form.setFullName("Đặng Thị Phiên");
        form.setPosition(vn.hoinghi.school.Position.GV);
        var created = admin.addStaff(form);
        teacherId = created.staffId();
        teacher = created.username();
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** A browser session as the login form leaves it: the person's security context in the HTTP session. */
    private MockHttpSession signedIn(String username) {
        AppUser user = accounts.findUser(username).orElseThrow();
        SecurityContext context = new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    private boolean sentToLogin(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/assemblies").session(session)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return result.getResponse().getStatus() == 302 && location != null && location.endsWith("/login");
    }

    private void asAdmin(Runnable action) {
        TestUsers.signIn(accounts, school.adminUsername());
        try {
            action.run();
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void an_untouched_session_goes_on_and_a_deactivated_persons_session_is_sent_to_the_login_page() throws Exception {
        MockHttpSession session = signedIn(teacher);
        assertThat(sentToLogin(session)).isFalse();
        assertThat(sentToLogin(session)).isFalse();

        asAdmin(() -> admin.deactivate(teacherId));

        assertThat(sentToLogin(session)).isTrue();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_person_given_or_relieved_of_a_role_starts_a_new_session_with_the_roles_of_today() throws Exception {
        MockHttpSession session = signedIn(teacher);
        asAdmin(() -> admin.assignRole(teacherId, Role.SECRETARY, null, vn.hoinghi.shared.VietnamTime.today()));
        assertThat(sentToLogin(session)).isTrue();

        MockHttpSession promoted = signedIn(teacher);
        assertThat(((SecurityContext) promoted.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication()
                .getAuthorities()).extracting(Object::toString).contains("ROLE_SECRETARY");
        assertThat(sentToLogin(promoted)).isFalse();
        asAdmin(() -> admin.roleHolders().stream().filter(r -> r.staffId() == teacherId && r.role() == Role.SECRETARY)
                .forEach(r -> admin.endRole(r.assignmentId(), vn.hoinghi.shared.VietnamTime.today())));
        assertThat(sentToLogin(promoted)).isTrue();
    }

    @Test
    void a_reset_password_ends_the_persons_open_session_but_not_the_administrators() throws Exception {
        MockHttpSession teacherSession = signedIn(teacher);
        MockHttpSession adminSession = signedIn(school.adminUsername());
        asAdmin(() -> admin.resetPassword(teacherId));
        assertThat(sentToLogin(teacherSession)).isTrue();
        assertThat(sentToLogin(adminSession)).isFalse();
    }
}
