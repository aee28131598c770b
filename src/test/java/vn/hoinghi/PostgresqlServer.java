package vn.hoinghi;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the tests: Debian's postgresql binaries (/usr/lib/postgresql/N/bin), a fresh
 * cluster in target/postgresql, on loopback and a free port, started once per test JVM and stopped when it ends.
 * As root, initdb and the server run as the postgres user (PostgreSQL refuses to run as root). Each caller gets
 * a database of its own. When PostgreSQL is not installed this fails with a message saying what to install: a
 * PostgreSQL test never skips.
 */
public final class PostgresqlServer {

    /** The system property the PostgreSQL failsafe execution sets (see pom.xml). */
    public static final String SWITCH = "hoinghi.test.database";
    public static final String USER = "postgres";
    /** Set to true for a server that flushes each commit to disk, as in production (the benchmark does). */
    public static final String DURABLE = "hoinghi.test.pg-durable";

    private static PostgresqlServer instance;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root;
    private final AtomicInteger databases = new AtomicInteger();

    /** Whether this test JVM runs the PostgreSQL set (the failsafe execution "postgresql"). */
    public static boolean requested() {
        return "postgresql".equalsIgnoreCase(System.getProperty(SWITCH, ""));
    }

    public static synchronized PostgresqlServer get() {
        if (instance == null) {
            instance = new PostgresqlServer();
        }
        return instance;
    }

    private PostgresqlServer() {
        bin = binaries();
        dir = Path.of(System.getProperty("hoinghi.test.pg-dir", "target/postgresql")).toAbsolutePath();
        root = "root".equals(System.getProperty("user.name"));
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                // a test JVM that was killed left its server running
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                        "-w", "stop"), false);
            }
            deleteTree(dir);
            Files.createDirectories(dir);
            if (root) {
                Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER));
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"), true);
            port = freePort();
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir
                            // a test database need not survive a crash; the benchmark asks for durable commits
                            + (Boolean.getBoolean(DURABLE) ? ""
                                    : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
                            + " -c max_connections=300",
                    "start"), true);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL server in " + dir + ": "
                    + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                        "-m", "immediate", "-w", "stop"), false);
            } catch (IOException ignored) {
                // the JVM is going away; the next run stops a left-over server before it starts
            }
        }));
    }

    /** A new, empty database, owned by the superuser; returns its JDBC URL. */
    public String createDatabase() {
        String name = "hoinghi_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             Statement s = c.createStatement()) {
            s.execute("create database " + name + " template template0 encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        String configured = System.getenv("HOINGHI_TEST_PG_BIN");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                versions.sorted(Comparator.comparingInt((Path v) -> version(v.getFileName().toString())).reversed())
                        .map(v -> v.resolve("bin")).forEach(candidates::add);
            } catch (IOException e) {
                throw new IllegalStateException("Could not look for PostgreSQL in " + base + ": " + e.getMessage(), e);
            }
        }
        return candidates.stream()
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("""
                        The PostgreSQL integration tests need a PostgreSQL server installed on this machine, \
                        but no initdb/pg_ctl was found in %s. Install Debian's package: \
                        apt-get install postgresql (.ci/run does this), or point HOINGHI_TEST_PG_BIN at the \
                        folder holding initdb and pg_ctl.""".formatted(
                        configured != null && !configured.isBlank() ? configured : base + "/*/bin")));
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void run(List<String> command, boolean mustSucceed) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("pg-test", ".log");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile())
                    // pg_ctl starts the server in the background; it must not inherit and hold our streams
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 120 s");
            }
            if (mustSucceed && p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + Files.readString(log) + readServerLog());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private String readServerLog() {
        try {
            Path log = dir.resolve("server.log");
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
