package vn.thiduaso.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real PostgreSQL server at 127.0.0.1:5432 (override with TEST_PG_HOST/TEST_PG_PORT/TEST_PG_USER/
 * TEST_PG_PASSWORD). Each service tests against its own database, created here when missing, never
 * against the databases of a running stack.
 */
public final class TestDatabase {

    public static String host() {
        return env("TEST_PG_HOST", "127.0.0.1");
    }

    public static String port() {
        return env("TEST_PG_PORT", "5432");
    }

    public static String user() {
        return env("TEST_PG_USER", "root");
    }

    public static String password() {
        return env("TEST_PG_PASSWORD", "");
    }

    /**
     * The JDBC URL of a test database. {@code THIDUASO_TEST_DB_SUFFIX} (e.g. {@code _wt1}) is appended to every
     * test database name, so that several checkouts (git worktrees) can run their tests side by side on one server.
     */
    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + actual(database);
    }

    static String actual(String database) {
        return "postgres".equals(database) ? database : database + env("THIDUASO_TEST_DB_SUFFIX", "");
    }

    /** Creates the database if it does not exist yet (each service's migrations create the extensions they need). */
    public static void ensure(String logicalName) {
        String database = actual(logicalName);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("PostgreSQL at " + host() + ":" + port() + " is not reachable: "
                        + e.getMessage(), e);
            }
        }
    }

    /** Empties the given tables (and what references them) of one database. */
    public static void truncate(String database, String... tables) {
        if (tables.length == 0) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user(), password());
                Statement s = c.createStatement()) {
            s.execute("truncate table " + String.join(", ", tables) + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a count query and returns the number, e.g. {@code count("plan_test", "select count(*) from plan")}. */
    public static long count(String database, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user(), password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query and returns the first column of the first row as text (null when there is no row). */
    public static String text(String database, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user(), password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement (setting up data a test needs that no endpoint of the module creates). */
    public static void execute(String database, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private TestDatabase() {
    }
}
