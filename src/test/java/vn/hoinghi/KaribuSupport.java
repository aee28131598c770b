package vn.hoinghi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import vn.hoinghi.school.AccountDetailsService;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.shared.AppI18NProvider;

/** Views tested without a browser: the demo school, a faked Vaadin session and a signed-in person. */
@SpringBootTest(properties = "hoinghi.demo-data=true")
public abstract class KaribuSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.hoinghi");

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected AccountDetailsService accounts;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
        UI.getCurrent().setLocale(AppI18NProvider.VIETNAMESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }

    /** Signs in as Spring Security would, and tells the faked request who is there. */
    protected AppUser login(String username) {
        AppUser user = TestUsers.signIn(accounts, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
        return user;
    }

    /** The person opens the route and gets the app's own "no access" page inside the layout, not the view. */
    protected static void assertNoAccess(String route) {
        UI.getCurrent().navigate(route);
        org.assertj.core.api.Assertions.assertThat(
                        com.github.mvysny.kaributesting.v10.LocatorJ._find(vn.hoinghi.shared.NoAccessView.class).size()
                        + com.github.mvysny.kaributesting.v10.LocatorJ._find(vn.hoinghi.shared.NoAccessView.Denied.class)
                        .size())
                .as("the no-access page for " + route).isEqualTo(1);
    }
}
