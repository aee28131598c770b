package vn.hoinghi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The PostgreSQL run really talks to PostgreSQL, with the same migrations as H2. */
@AlsoOnPostgresql
@SpringBootTest(properties = "hoinghi.demo-data=true")
class DatabaseIT {

    @Autowired DataSource dataSource;

    @Test
    void the_tests_run_on_the_database_their_run_promises() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName())
                    .isEqualTo(PostgresqlServer.requested() ? "PostgreSQL" : "H2");
        }
    }
}
