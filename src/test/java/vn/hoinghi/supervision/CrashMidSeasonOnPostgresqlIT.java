package vn.hoinghi.supervision;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.hoinghi.PostgresqlServer;

/**
 * The same crash as {@link CrashMidSeasonIT}, with the jar on PostgreSQL (HOINGHI_DB_URL, HOINGHI_DB_USER,
 * HOINGHI_DB_PASSWORD), as the README's province set-up runs it: only the app is killed, the database server
 * goes on.
 */
@Tag("postgresql-only")
class CrashMidSeasonOnPostgresqlIT extends CrashMidSeasonIT {

    private String url;

    private String url() {
        if (url == null) {
            url = PostgresqlServer.get().createDatabase();
        }
        return url;
    }

    @Override
    protected List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + PostgresqlServer.USER,
                "--spring.datasource.password=");
    }

    @Override
    protected void databaseEnvironment(Map<String, String> env) {
        env.put("HOINGHI_DB_URL", url());
        env.put("HOINGHI_DB_USER", PostgresqlServer.USER);
        env.put("HOINGHI_DB_PASSWORD", "");
    }

    @Override
    protected SingleConnectionDataSource checkingDataSource() {
        return new SingleConnectionDataSource(url(), PostgresqlServer.USER, "", true);
    }
}
