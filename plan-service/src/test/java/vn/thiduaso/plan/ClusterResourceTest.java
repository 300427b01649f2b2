package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thiduaso.plan.UnitResourceTest.DB;
import static vn.thiduaso.plan.UnitResourceTest.patch;
import static vn.thiduaso.plan.UnitResourceTest.post;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class ClusterResourceTest {

    @Inject
    Communes communes;

    static String body(Communes.Commune c, int year, String head, String deputy, String... members) {
        return "{\"name\":\"Khối các thôn\",\"communeId\":\"" + c.commune().id + "\",\"year\":" + year
                + (head == null ? "" : ",\"headUnitId\":\"" + head + "\"")
                + (deputy == null ? "" : ",\"deputyUnitId\":\"" + deputy + "\"")
                + ",\"memberUnitIds\":[" + String.join(",", java.util.Arrays.stream(members).map(m -> "\"" + m + "\"").toList())
                + "]}";
    }

    @Test
    void officeForms_editsAndDeletesAClusterOfItsCommuneAndTheChangesAreAudited() {
        Communes.Commune c = communes.create();
        String village = c.village().id.toString();
        String office = c.office().id.toString();
        String id = post(c.officeToken(), "/api/v1/clusters", body(c, 2026, village, office, village, office))
                .statusCode(201).body("memberUnitIds", contains(village, office)).extract().path("id");
        given().header("Authorization", c.leaderToken()).when().get("/api/v1/clusters?year=2026&communeId=" + c.commune().id)
                .then().statusCode(200).body("items.id", contains(id));
        patch(c.officeToken(), "/api/v1/clusters/" + id,
                "{\"memberUnitIds\":[\"" + village + "\"],\"deputyUnitId\":null,\"version\":0}").statusCode(400)
                .body("errors.field", hasItem("deputyUnitId"));
        patch(c.officeToken(), "/api/v1/clusters/" + id, "{\"name\":\"Khối thôn, tổ dân phố\",\"version\":0}")
                .statusCode(200).body("version", equalTo(1));
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/audit?objectType=cluster&objectId=" + id)
                .then().statusCode(200)
                .body("items[0].changes.field", contains("name"))
                .body("items[0].unitPath", equalTo(c.commune().path));
        given().header("Authorization", c.officeToken()).when().delete("/api/v1/clusters/" + id).then().statusCode(204);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from cluster where id = '" + id + "'"));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/clusters/" + id).then().statusCode(404);
    }

    @Test
    void membersComeFromTheCommuneAndBelongToOneClusterAYear() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String village = c.village().id.toString();
        post(c.officeToken(), "/api/v1/clusters", body(c, 2026, null, null, village, other.village().id.toString()))
                .statusCode(400).body("errors.field", hasItem("memberUnitIds[1]"));
        post(c.officeToken(), "/api/v1/clusters", body(c, 2026, c.office().id.toString(), null, village))
                .statusCode(400).body("errors.field", hasItem("headUnitId"));
        post(c.officeToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(201);
        post(c.officeToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(400)
                .body("errors.field", hasItem("memberUnitIds[0]"));
        post(c.officeToken(), "/api/v1/clusters", body(c, 2027, null, null, village)).statusCode(201);
        post(c.officeToken(), "/api/v1/clusters", body(c, 1990, null, null)).statusCode(400)
                .body("errors.field", hasItem("year"));
        post(c.officeToken(), "/api/v1/clusters", body(c, 2026, null, null).replace("\"communeId\":\"" + c.commune().id,
                "\"communeId\":\"" + c.village().id)).statusCode(400).body("errors.field", hasItem("communeId"));
    }

    @Test
    void onlyTheAdministratorAndTheCommunesOfficeWriteClusters() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String village = c.village().id.toString();
        post(null, "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(401);
        post(c.leaderToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(403);
        post(c.unitToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(403);
        post(other.officeToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(403);
        String id = post(c.officeToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(201)
                .extract().path("id");
        patch(other.officeToken(), "/api/v1/clusters/" + id, "{\"name\":\"X\",\"version\":0}").statusCode(404);
        given().header("Authorization", other.officeToken()).when().get("/api/v1/clusters/" + id).then().statusCode(404);
        given().header("Authorization", other.officeToken()).when().delete("/api/v1/clusters/" + id).then().statusCode(404);
        given().header("Authorization", other.officeToken()).when().get("/api/v1/clusters?communeId=" + c.commune().id)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", c.officeToken()).when().delete("/api/v1/clusters/" + UUID.randomUUID())
                .then().statusCode(404);
        assertEquals(1, TestDatabase.count(DB, "select count(*) from cluster where commune_id = '" + c.commune().id + "'"));
    }

    @Test
    void everyCreateEditAndDeleteIsAnnouncedOnDirectoryClustersWithTheCommunePath() {
        Communes.Commune c = communes.create();
        String village = c.village().id.toString();
        String office = c.office().id.toString();
        try (TestKafka.TopicProbe probe = TestKafka.probe(Topics.DIRECTORY_CLUSTERS)) {
            String id = post(c.officeToken(), "/api/v1/clusters", body(c, 2026, village, office, village, office))
                    .statusCode(201).extract().path("id");
            var created = probe.await(Duration.ofSeconds(20), "\"ClusterUpserted\"", id, "\"Khối các thôn\"");
            assertEquals(id, created.key());
            org.hamcrest.MatcherAssert.assertThat(created.value(), org.hamcrest.Matchers.allOf(
                    org.hamcrest.Matchers.containsString("\"communePath\":\"" + c.commune().path + "\""),
                    org.hamcrest.Matchers.containsString("\"headUnitId\":\"" + village + "\""),
                    org.hamcrest.Matchers.containsString("\"deputyUnitId\":\"" + office + "\""),
                    org.hamcrest.Matchers.containsString("\"memberUnitIds\":[\"" + village + "\",\"" + office + "\"]"),
                    org.hamcrest.Matchers.containsString("\"year\":2026")));
            patch(c.officeToken(), "/api/v1/clusters/" + id, "{\"name\":\"Khối thôn, tổ dân phố\",\"version\":0}")
                    .statusCode(200);
            probe.await(Duration.ofSeconds(20), "\"ClusterUpserted\"", id, "\"Khối thôn, tổ dân phố\"");
            given().header("Authorization", c.officeToken()).when().delete("/api/v1/clusters/" + id).then()
                    .statusCode(204);
            probe.await(Duration.ofSeconds(20), "\"ClusterUpserted\"", id, "\"deleted\":true", "\"memberUnitIds\":[]");
        }
    }

    @Test
    void aRefusedEditPublishesNothing() {
        Communes.Commune c = communes.create();
        String village = c.village().id.toString();
        String id = post(c.officeToken(), "/api/v1/clusters", body(c, 2026, null, null, village)).statusCode(201)
                .extract().path("id");
        long before = TestDatabase.count(DB, "select count(*) from outbox_event where topic = 'directory.clusters'"
                + " and message_key = '" + id + "'");
        patch(c.officeToken(), "/api/v1/clusters/" + id, "{\"headUnitId\":\"" + c.office().id + "\",\"version\":0}")
                .statusCode(400).body("errors.field", hasItem("headUnitId"));
        assertEquals(1, before);
        assertEquals(before, TestDatabase.count(DB, "select count(*) from outbox_event where topic = 'directory.clusters'"
                + " and message_key = '" + id + "'"));
    }
}
