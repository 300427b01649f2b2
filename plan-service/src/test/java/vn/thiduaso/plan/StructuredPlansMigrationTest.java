package vn.thiduaso.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import vn.thiduaso.platform.test.TestDatabase;

/** V2 turns a plan written the V1 way into version 1 of a structured plan, keeping its obligation ids. */
class StructuredPlansMigrationTest {

    private static final String DB = "plan_migration_test";

    @Test
    void aV1PlanBecomesVersionOneWithItsAddresseesSignerAndObligationIds() throws Exception {
        TestDatabase.ensure(DB);
        String url = TestDatabase.jdbcUrl(DB);
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/platform", "classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/platform", "classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("""
                    insert into unit (id, code, name, kind, path, parent_id, created_at) values
                      ('10000000-0000-4000-8000-000000000001', 'vinh-bao', 'UBND xã Vĩnh Bảo', 'COMMUNE', '/hp/vinh-bao', null, now()),
                      ('10000000-0000-4000-8000-000000000002', 'phong-vhxh', 'Phòng VH-XH', 'OFFICE', '/hp/vinh-bao/phong-vhxh', '10000000-0000-4000-8000-000000000001', now()),
                      ('10000000-0000-4000-8000-000000000003', 'thon-1', 'Thôn Đông', 'VILLAGE', '/hp/vinh-bao/thon-1', '10000000-0000-4000-8000-000000000001', now());
                    insert into plan (id, number, title, summary, status, issuing_unit_id, issuing_unit_path, signer_name,
                                      signer_title, created_by, created_at, issued_by, issued_at, version) values
                      ('20000000-0000-4000-8000-000000000001', '150/KH-UBND', 'Kế hoạch cũ', 'Tóm tắt', 'ISSUED',
                       '10000000-0000-4000-8000-000000000001', '/hp/vinh-bao', 'Nguyễn Văn Hà', 'Phó Chủ tịch',
                       'vb.office', now(), 'vb.leader', '2025-09-10T03:00:00Z', 1);
                    insert into plan_addressee (plan_id, unit_id, unit_path, position) values
                      ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000003', '/hp/vinh-bao/thon-1', 0),
                      ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000002', '/hp/vinh-bao/phong-vhxh', 1);
                    insert into reporting_obligation (id, plan_id, position, title, recipient_unit_id, due_day, due_month,
                                                      first_year, last_year) values
                      ('30000000-0000-4000-8000-000000000001', '20000000-0000-4000-8000-000000000001', 0, 'Báo cáo năm',
                       '10000000-0000-4000-8000-000000000002', 5, 12, 2025, 2030);
                    """);
        }
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/platform", "classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select v.plan_version, v.title, v.summary, v.number, v.issued_on::text,
                               v.content->'reportingObligations'->0->>'id',
                               v.content->'reportingObligations'->0->>'dueDay',
                               v.content->'reportingObligations'->0->'reporters'->>'mode',
                               v.content->'addresseeUnitIds'->>0,
                               v.content->'signer'->>'fullName',
                               v.content->>'startYear', p.start_year, p.end_year, p.current_version,
                               (select last_number from plan_number_counter where year = 2025)
                        from plan_version v join plan p on p.id = v.plan_id""")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals("Kế hoạch cũ", rs.getString(2));
            assertEquals("Tóm tắt", rs.getString(3));
            assertEquals("150/KH-UBND", rs.getString(4));
            assertEquals("2025-09-10", rs.getString(5));
            assertEquals("30000000-0000-4000-8000-000000000001", rs.getString(6));
            assertEquals("5", rs.getString(7));
            assertEquals("ADDRESSEES", rs.getString(8));
            assertEquals("10000000-0000-4000-8000-000000000003", rs.getString(9));
            assertEquals("Nguyễn Văn Hà", rs.getString(10));
            assertEquals("2025", rs.getString(11));
            assertEquals(2025, rs.getInt(12));
            assertEquals(2030, rs.getInt(13));
            assertEquals(1, rs.getInt(14));
            assertEquals(150, rs.getInt(15), "numbering continues after the numbers already given");
        }
    }
}
