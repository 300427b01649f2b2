package vn.thiduaso.report.repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import vn.thiduaso.platform.security.UnitPaths;
import vn.thiduaso.report.config.DashboardConfig;

/**
 * The dashboards' native statements (resources under {@code sql/dashboard/}): roll-ups with GROUPING
 * SETS, scope filtered by the unit path in SQL, optional filters added only when given (so each
 * query's plan fits its filters).
 */
@ApplicationScoped
public class DashboardQueries {

    /** What a dashboard is asked for; nulls are "any". {@code subtree} narrows the scope. */
    public record Filter(String scope, String subtree, Integer year, UUID planId, UUID periodId, String unitKind,
            Boolean secondHop, UUID targetId, boolean overdueOnly, boolean withUnits) {
    }

    /** A row of the completeness roll-up; {@code level} says which grouping set it belongs to. */
    public record CompletenessRow(int level, String unitKind, UUID communeId, String communePath, String communeName,
            UUID periodId, String periodTitle, Integer year, String periodKind, Boolean secondHop, Instant periodDueAt,
            UUID planId, String planTitle, UUID requirementId, UUID unitId, String unitName, String unitPath, String status, Instant dueAt,
            Instant submittedAt, long lateSeconds, long expected, long submitted, long onTime, long late, long returned,
            long accepted, long missing, long notYetDue) {
    }

    public static final int TOTALS = 7;
    public static final int BY_UNIT_KIND = 3;
    public static final int BY_COMMUNE = 5;
    public static final int BY_PERIOD = 6;
    public static final int BY_REQUIREMENT = 14;

    /** A row of the attainment roll-up. */
    public record AttainmentRow(int level, UUID planId, UUID targetId, String targetCode, int year, UUID communeId,
            UUID unitId, String unitName, String unitPath, String unitKind, int reportingUnits, int withValue,
            BigDecimal valueSum, BigDecimal numeratorSum, BigDecimal denominatorSum) {
    }

    public static final int PER_TARGET = 7;
    public static final int PER_UNIT = 3;
    public static final int PER_CODE = 13;
    public static final int PER_CODE_AND_COMMUNE = 12;

    public record MissingRow(UUID requirementId, UUID periodId, String periodTitle, int year, boolean secondHop,
            UUID communeId, String communeName, UUID unitId, String unitName, String unitPath, String unitKind,
            String headName, String email, LocalDate dueDate, Instant dueAt, UUID reportId, String reportStatus,
            int returnedCount) {
    }

    private static final java.util.regex.Pattern MEMORY = java.util.regex.Pattern.compile("[0-9]{1,7}(kB|MB|GB)");

    private final EntityManager em;
    private final String workMem;

    public DashboardQueries(EntityManager em, DashboardConfig config) {
        this.em = em;
        if (!MEMORY.matcher(config.workMem()).matches()) {
            throw new IllegalArgumentException("thiduaso.dashboard.work-mem must be a number with kB, MB or GB, was "
                    + config.workMem());
        }
        this.workMem = config.workMem();
    }

    public List<CompletenessRow> completeness(Filter f, Instant now, int limit) {
        NamedSql sql = NamedSql.resource("sql/dashboard/completeness.sql");
        StringBuilder where = new StringBuilder();
        scope(sql, f);
        common(sql, where, f);
        if (f.unitKind() != null) {
            where.append(" and coalesce(du.kind, 'OTHER') = :unitKind");
            sql.bind("unitKind", f.unitKind());
        }
        if (f.secondHop() != null) {
            where.append(" and p.second_hop = :secondHop");
            sql.bind("secondHop", f.secondHop());
        }
        sql.at("filters", where.toString()).bind("now", now).bind("limit", limit);
        return run(sql, rs -> new CompletenessRow(rs.getInt("level"), rs.getString("unit_kind"),
                uuid(rs, "commune_id"), rs.getString("commune_path"), rs.getString("commune_name"),
                uuid(rs, "period_id"), rs.getString("period_title"), integer(rs, "year"), rs.getString("period_kind"),
                (Boolean) rs.getObject("second_hop"), instant(rs, "period_due_at"), uuid(rs, "plan_id"),
                rs.getString("plan_title"), uuid(rs, "requirement_id"),
                uuid(rs, "unit_id"), rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("status"),
                instant(rs, "due_at"), instant(rs, "submitted_at"), rs.getLong("late_seconds"), rs.getLong("expected"),
                rs.getLong("submitted"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("returned"),
                rs.getLong("accepted"), rs.getLong("missing"), rs.getLong("not_yet_due")));
    }

    public List<AttainmentRow> attainment(Filter f) {
        NamedSql sql = NamedSql.resource("sql/dashboard/attainment.sql");
        StringBuilder where = new StringBuilder();
        scope(sql, f);
        if (f.subtree() != null) {
            where.append(" and (rq.unit_path = :subtree or rq.unit_path like :subtreeDescendants)");
            sql.bind("subtree", f.subtree()).bind("subtreeDescendants", UnitPaths.descendantsPattern(f.subtree()));
        }
        if (f.planId() != null) {
            where.append(" and p.plan_id = :planId");
            sql.bind("planId", f.planId());
        }
        if (f.targetId() != null) {
            where.append(" and v.target_id = :targetId");
            sql.bind("targetId", f.targetId());
        }
        if (f.periodId() != null) {
            where.append(" and p.id = :periodId");
            sql.bind("periodId", f.periodId());
        } else {
            // The yearly results; a review's or an ad hoc report's values would count a year twice.
            where.append(" and p.kind = 'ANNUAL'");
        }
        sql.at("filters", where.toString()).bind("withUnits", f.withUnits());
        if (f.year() != null) {
            sql.at("having", "having grouping(target_id, unit_id, target_code, commune_id) not in ("
                    + PER_UNIT + ", " + PER_CODE_AND_COMMUNE + ") or year = :year").bind("year", f.year());
        } else {
            sql.at("having", "");
        }
        return run(sql, rs -> new AttainmentRow(rs.getInt("level"), uuid(rs, "plan_id"), uuid(rs, "target_id"),
                rs.getString("target_code") == null ? "" : rs.getString("target_code"), rs.getInt("year"), uuid(rs, "commune_id"), uuid(rs, "unit_id"),
                rs.getString("unit_name"), rs.getString("unit_path"), rs.getString("unit_kind"),
                rs.getInt("reporting_units"), rs.getInt("with_value"), rs.getBigDecimal("value_sum"),
                rs.getBigDecimal("numerator_sum"), rs.getBigDecimal("denominator_sum")));
    }

    public List<MissingRow> missing(Filter f, Instant now, int limit) {
        NamedSql sql = NamedSql.resource("sql/dashboard/missing.sql");
        StringBuilder where = new StringBuilder();
        scope(sql, f);
        common(sql, where, f);
        if (f.overdueOnly()) {
            where.append(" and coalesce(rq.due_at, p.due_at) <= :now");
        }
        sql.at("filters", where.toString()).bind("now", now).bind("limit", limit);
        return run(sql, rs -> new MissingRow(uuid(rs, "requirement_id"), uuid(rs, "period_id"),
                rs.getString("period_title"), rs.getInt("year"), rs.getBoolean("second_hop"), uuid(rs, "commune_id"),
                rs.getString("commune_name"), uuid(rs, "unit_id"), rs.getString("unit_name"), rs.getString("unit_path"),
                rs.getString("unit_kind"), rs.getString("head_name"), rs.getString("email"),
                rs.getObject("due_date", LocalDate.class), instant(rs, "due_at"), uuid(rs, "report_id"),
                rs.getString("report_status"), rs.getInt("returned_count")));
    }

    private static void scope(NamedSql sql, Filter f) {
        sql.bind("scope", f.scope()).bind("descendants", UnitPaths.descendantsPattern(f.scope()));
    }

    /** Subtree, year, plan, period: the requirement-level filters of completeness and missing. */
    private static void common(NamedSql sql, StringBuilder where, Filter f) {
        if (f.subtree() != null) {
            where.append(" and (rq.unit_path = :subtree or rq.unit_path like :subtreeDescendants)");
            sql.bind("subtree", f.subtree()).bind("subtreeDescendants", UnitPaths.descendantsPattern(f.subtree()));
        }
        if (f.year() != null) {
            where.append(" and p.year = :year");
            sql.bind("year", f.year());
        }
        if (f.planId() != null) {
            where.append(" and p.plan_id = :planId");
            sql.bind("planId", f.planId());
        }
        if (f.periodId() != null) {
            where.append(" and p.id = :periodId");
            sql.bind("periodId", f.periodId());
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> run(NamedSql sql, RowMapper<T> mapper) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            // For this transaction only (the service methods are @Transactional): the roll-ups' sorts and hashes in memory.
            try (Statement set = connection.createStatement()) {
                set.execute("set local work_mem = '" + workMem + "'");
            }
            try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
