package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production jar starts without demo data unless HOINGHI_DEMO=true is set; ./mvnw (the "dev" profile) loads
 * it. Started with the application's own configuration only (not the tests' overrides).
 */
class ProductionDefaultsIT {

    private static final String MAIN_CONFIG = "spring.config.location=classpath:/application.properties";

    @Test
    void the_production_configuration_starts_on_an_empty_database_without_any_demo_account() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(MAIN_CONFIG,
                        "spring.datasource.url=jdbc:h2:mem:production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "server.port=0", "flowable.async-executor-activate=false")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from school").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from staff").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from supervisor_account where username = 'chuyenvien'")
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void only_the_development_profile_of_mvnw_turns_the_demo_on_by_default() {
        assertThat(demoSetting(List.of())).isEqualTo("false");
        assertThat(demoSetting(List.of("dev"))).isEqualTo("true");
    }

    private static String demoSetting(List<String> profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("location",
                java.util.Map.of("spring.config.location", "classpath:/application.properties")));
        ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
                new DefaultBootstrapContext(), profiles);
        return environment.getProperty("hoinghi.demo-data");
    }
}
