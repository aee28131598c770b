package vn.hoinghi;

import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the PostgreSQL test run, points each Spring test context at a fresh database of the test PostgreSQL
 * server, as the in-memory H2 of the normal run gives each context its own.
 */
public class PostgresqlContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return PostgresqlServer.requested() ? new OnPostgresql() : null;
    }

    private static final class OnPostgresql implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            PostgresqlServer server = PostgresqlServer.get();
            TestPropertyValues.of(
                    "spring.datasource.url=" + server.createDatabase(),
                    "spring.datasource.username=" + PostgresqlServer.USER,
                    "spring.datasource.password=").applyTo(context);
        }

        // one kind of customizer: the context cache works as in the H2 run
        @Override
        public boolean equals(Object other) {
            return other instanceof OnPostgresql;
        }

        @Override
        public int hashCode() {
            return OnPostgresql.class.hashCode();
        }
    }
}
