package vn.thiduaso.report.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native statement kept as a resource ({@code sql/…}), so that the benchmark
 * ({@code scripts/bench-dashboard.sh}) runs exactly the SQL the service runs. {@code :name}
 * parameters (not {@code ::casts}) become JDBC placeholders; a {@code -- @marker} line takes the
 * optional conditions the caller adds (each with its own named parameters).
 */
final class NamedSql {

    private static final Pattern PARAM = Pattern.compile("(?<![:\\w]):([a-zA-Z_][a-zA-Z0-9_]*)");

    private String sql;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private NamedSql(String sql) {
        this.sql = sql;
    }

    static NamedSql resource(String path) {
        try (InputStream in = NamedSql.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + path);
            }
            return new NamedSql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the {@code -- @marker} line with {@code text} (conditions starting with "and", or a having clause). */
    NamedSql at(String marker, String text) {
        String line = "-- @" + marker;
        if (!sql.contains(line)) {
            throw new IllegalStateException("no " + line + " in the statement");
        }
        sql = sql.replace(line, text);
        return this;
    }

    NamedSql bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** The statement with JDBC placeholders, every parameter bound in order of appearance. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        List<Object> ordered = new ArrayList<>();
        Matcher m = PARAM.matcher(stripComments(sql));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("parameter :" + name + " is not bound");
            }
            ordered.add(values.get(name));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        PreparedStatement ps = connection.prepareStatement(out.toString());
        for (int i = 0; i < ordered.size(); i++) {
            Object v = ordered.get(i);
            // An instant travels as timestamptz, whatever the JVM's time zone.
            ps.setObject(i + 1, v instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : v);
        }
        return ps;
    }

    /** Comments may mention :names (documentation); only the statement's own count. */
    private static String stripComments(String sql) {
        return sql.lines().map(l -> {
            int at = l.indexOf("--");
            return at < 0 ? l : l.substring(0, at);
        }).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
