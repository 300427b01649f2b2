package vn.thiduaso.platform.test.scope;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.thiduaso.platform.test.TestDatabase;

/**
 * A fingerprint of every table of a service's test database — row count and an md5 over the rows'
 * text — to prove that a refused request changed nothing. Tables that move by themselves (the
 * outbox being relayed, the inbox of consumed events, Flyway's history) are left out.
 */
public final class DatabaseFingerprint {

    /** Tables written by background work, not by requests. */
    public static final Set<String> BACKGROUND = Set.of("flyway_schema_history", "outbox_event", "inbox_event",
            "processed_event", "inbox");

    private final String database;
    private final Set<String> excluded = new TreeSet<>(BACKGROUND);
    private String query;

    private DatabaseFingerprint(String database) {
        this.database = database;
    }

    /** The logical test database name, e.g. {@code plan_test} (the suffix is added like TestDatabase does). */
    public static DatabaseFingerprint of(String database) {
        return new DatabaseFingerprint(database);
    }

    /** More tables to leave out (written by a scheduler, a login counter…). */
    public DatabaseFingerprint excluding(String... tables) {
        excluded.addAll(List.of(tables));
        query = null;
        return this;
    }

    /** table → "rows:md5". */
    public Map<String, String> take() {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(database), TestDatabase.user(),
                TestDatabase.password()); Statement s = c.createStatement()) {
            if (query == null) {
                query = buildQuery(s);
            }
            Map<String, String> result = new TreeMap<>();
            if (query.isEmpty()) {
                return result;
            }
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Không lấy được dấu vân tay của " + database + ": " + e.getMessage(), e);
        }
    }

    private String buildQuery(Statement s) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!excluded.contains(table) && table.matches("[a-z_][a-z0-9_]*")) {
                    parts.add("select '" + table + "', count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from \""
                            + table + "\" t");
                }
            }
        }
        return String.join(" union all ", parts);
    }

    /** The tables whose fingerprint differs. */
    public static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!java.util.Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
