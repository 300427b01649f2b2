package vn.thiduaso.platform.test;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/**
 * The contract calls of the platform's admin outbox endpoints, which every service serves: one line
 * in each service's contract test ({@code OutboxAdminCalls.addTo(calls, "plan_test")}).
 */
public final class OutboxAdminCalls {

    /** Adds calls of {@code GET /api/v1/admin/outbox} and {@code POST /api/v1/admin/outbox/{eventId}/retry}. */
    public static ContractCalls addTo(ContractCalls calls, String database) {
        String admin = Tokens.role("admin").bearer();
        return calls
                .add("GET /api/v1/admin/outbox", () -> {
                    parkedRow(database);
                    return given().header("Authorization", admin).queryParam("state", "parked").get("/api/v1/admin/outbox");
                })
                .add("GET /api/v1/admin/outbox", () -> given().header("Authorization", admin)
                        .queryParam("state", "pending").queryParam("size", "5").get("/api/v1/admin/outbox"))
                .add("GET /api/v1/admin/outbox", () -> given().header("Authorization", admin)
                        .queryParam("state", "lost").get("/api/v1/admin/outbox"))
                .add("GET /api/v1/admin/outbox", () -> given().header("Authorization", Tokens.role("office").bearer())
                        .get("/api/v1/admin/outbox"))
                .add("GET /api/v1/admin/outbox", () -> given().get("/api/v1/admin/outbox"))
                .add("POST /api/v1/admin/outbox/{eventId}/retry", () -> given().header("Authorization", admin)
                        .post("/api/v1/admin/outbox/" + parkedRow(database) + "/retry"))
                .add("POST /api/v1/admin/outbox/{eventId}/retry", () -> given().header("Authorization", admin)
                        .post("/api/v1/admin/outbox/" + sentRow(database) + "/retry"))
                .add("POST /api/v1/admin/outbox/{eventId}/retry", () -> given().header("Authorization", admin)
                        .post("/api/v1/admin/outbox/" + UUID.randomUUID() + "/retry"))
                .add("POST /api/v1/admin/outbox/{eventId}/retry", () -> given().header("Authorization", Tokens.role("office").bearer())
                        .post("/api/v1/admin/outbox/" + UUID.randomUUID() + "/retry"));
    }

    /**
     * A row parked after failed attempts, with an envelope of a type no consumer handles (a retry
     * sends it, and every consumer ignores it). Returns its event id.
     */
    public static UUID parkedRow(String database) {
        UUID id = UUID.randomUUID();
        TestDatabase.execute(database, "insert into outbox_event (event_id, topic, message_key, event_type, envelope,"
                + " created_at, attempts, last_error, parked_at) values ('" + id + "', 'plans', '" + id + "', 'OutboxRetryProbe', '"
                + envelope(id) + "', now(), 10, 'RecordTooLargeException: simulated', now())");
        return id;
    }

    /** A row the relay sent already. Returns its event id. */
    public static UUID sentRow(String database) {
        UUID id = UUID.randomUUID();
        TestDatabase.execute(database, "insert into outbox_event (event_id, topic, message_key, event_type, envelope,"
                + " created_at, sent_at) values ('" + id + "', 'plans', '" + id + "', 'OutboxRetryProbe', '"
                + envelope(id) + "', now(), now())");
        return id;
    }

    private static String envelope(UUID id) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"OutboxRetryProbe\",\"version\":1,\"occurredAt\":\"2026-12-04T00:00:00Z\","
                + "\"producer\":\"contract-test\",\"aggregateId\":\"" + id + "\",\"unitPath\":null,\"payload\":{}}";
    }

    private OutboxAdminCalls() {
    }
}
