package vn.thiduaso.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thiduaso.platform.test.TestDatabase;

/** V5 announces every cluster that existed before ClusterUpserted was published: one outbox row each. */
class ClusterAnnouncementMigrationTest {

    private static final String DB = "plan_cluster_migration_test";

    @Test
    void anExistingClusterGetsOneClusterUpsertedRowWithItsCommunePathAndMembers() throws Exception {
        TestDatabase.ensure(DB);
        String url = TestDatabase.jdbcUrl(DB);
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/platform", "classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/platform", "classpath:db/migration").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("""
                    insert into unit (id, code, name, kind, path, parent_id, created_at) values
                      ('10000000-0000-4000-8000-000000000001', 'kien-an', 'UBND phường Kiến An', 'WARD', '/hp/kien-an', null, now()),
                      ('10000000-0000-4000-8000-000000000002', 'truong-a', 'Trường A', 'SCHOOL', '/hp/kien-an/truong-a', '10000000-0000-4000-8000-000000000001', now()),
                      ('10000000-0000-4000-8000-000000000003', 'truong-b', 'Trường B', 'SCHOOL', '/hp/kien-an/truong-b', '10000000-0000-4000-8000-000000000001', now());
                    insert into cluster (id, name, commune_id, year, head_unit_id, deputy_unit_id, member_unit_ids, created_at)
                    values ('40000000-0000-4000-8000-000000000001', 'Khối các trường học', '10000000-0000-4000-8000-000000000001',
                            2025, '10000000-0000-4000-8000-000000000002', null,
                            '{10000000-0000-4000-8000-000000000002,10000000-0000-4000-8000-000000000003}', now());
                    """);
        }
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/platform", "classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select topic, message_key, event_type, envelope from outbox_event"
                        + " where topic = 'directory.clusters'")) {
            assertTrue(rs.next(), "one row for the cluster");
            assertEquals("40000000-0000-4000-8000-000000000001", rs.getString("message_key"));
            assertEquals("ClusterUpserted", rs.getString("event_type"));
            JsonNode envelope = new ObjectMapper().readTree(rs.getString("envelope"));
            assertEquals(1, envelope.path("version").asInt());
            assertEquals("plan-service", envelope.path("producer").asText());
            assertEquals("/hp/kien-an", envelope.path("unitPath").asText());
            JsonNode p = envelope.path("payload");
            assertEquals("/hp/kien-an", p.path("communePath").asText());
            assertEquals("Khối các trường học", p.path("name").asText());
            assertEquals(2025, p.path("year").asInt());
            assertEquals("10000000-0000-4000-8000-000000000002", p.path("headUnitId").asText());
            assertTrue(p.path("deputyUnitId").isNull());
            assertEquals(2, p.path("memberUnitIds").size());
            assertEquals("10000000-0000-4000-8000-000000000003", p.path("memberUnitIds").path(1).asText());
            assertTrue(!rs.next(), "exactly one");
        }
    }
}
