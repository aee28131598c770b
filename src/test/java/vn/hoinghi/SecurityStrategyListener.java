package vn.hoinghi;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin gives each application context its own security-context holder (a thread-local per instance) and
 * makes it the global one when the context starts; with several cached test contexts, the global holder is
 * the last started one's, and a test signing in (TestUsers) would write where its own context's method
 * security does not read. Before each test the global holder is made the test's context's again.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        use(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        use(testContext);
    }

    private static void use(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
