package vn.hoinghi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Puts an integration test (a Spring test context) in the PostgreSQL set: `./mvnw verify` runs it on H2 as usual
 * and once more against a real PostgreSQL server (failsafe execution "postgresql", see PostgresqlServer).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgresql")
@ContextCustomizerFactories(PostgresqlContextCustomizerFactory.class)
public @interface AlsoOnPostgresql {
}
