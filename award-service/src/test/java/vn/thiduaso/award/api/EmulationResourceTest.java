package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Directory;
import vn.thiduaso.award.PlanEnvelopes;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class EmulationResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Directory directory;

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/emulation-registrations").then().statusCode(401);
        given().when().get("/api/v1/emulation-clusters").then().statusCode(401);
        given().contentType("application/json").body(Map.of("formCodes", List.of()))
                .when().put("/api/v1/emulation-registrations/{u}/2027", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void unitRegistersItselfThenReplacesWithItsVersion() {
        Commune c = directory.known(Communes.create());
        String url = "/api/v1/emulation-registrations/" + c.village().id() + "/2027";
        given().header("Authorization", c.unitToken()).contentType("application/json")
                .body(Map.of("formCodes", List.of("giay-khen-chu-tich-ubnd-xa"), "note", "Đăng ký đầu năm"))
                .when().put(url)
                .then().statusCode(201)
                .body("unitName", equalTo("Thôn Đông"))
                .body("formCodes", contains("giay-khen-chu-tich-ubnd-xa"))
                .body("registeredBy", equalTo("test-unit"))
                .body("version", equalTo(0));
        given().header("Authorization", c.unitToken()).contentType("application/json")
                .body(Map.of("formCodes", List.of("co-thi-dua-ubnd-tinh"), "version", 3))
                .when().put(url).then().statusCode(409);
        given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(Map.of("formCodes", List.of("giay-khen-chu-tich-ubnd-xa", "co-thi-dua-ubnd-tinh"), "version", 0))
                .when().put(url)
                .then().statusCode(200).body("version", equalTo(1))
                .body("formCodes", contains("giay-khen-chu-tich-ubnd-xa", "co-thi-dua-ubnd-tinh"));
        given().header("Authorization", c.leaderToken()).queryParam("year", 2027)
                .when().get("/api/v1/emulation-registrations")
                .then().statusCode(200).body("items.unitId", contains(c.village().id().toString()));
        given().header("Authorization", c.otherUnitToken()).when().get("/api/v1/emulation-registrations")
                .then().statusCode(200).body("items.unitId", not(hasItem(c.village().id().toString())));
    }

    @Test
    void registrationRefusesOtherUnitsRolesAndUnknownForms() {
        Commune c = directory.known(Communes.create());
        String url = "/api/v1/emulation-registrations/" + c.village().id() + "/2027";
        Map<String, Object> body = Map.of("formCodes", List.of("giay-khen-chu-tich-ubnd-xa"));
        given().header("Authorization", c.leaderToken()).contentType("application/json").body(body)
                .when().put(url).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", c.otherUnitToken()).contentType("application/json").body(body)
                .when().put(url).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Communes.create().officeToken()).contentType("application/json").body(body)
                .when().put(url).then().statusCode(404);
        given().header("Authorization", c.unitToken()).contentType("application/json")
                .body(Map.of("formCodes", List.of("khong-co")))
                .when().put(url).then().statusCode(400).body("errors.field", contains("formCodes[0]"));
        assertEquals(0, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from emulation_registration where unit_id = '" + c.village().id() + "'"));
    }

    @Test
    void clusterFromKafkaIsSignedByItsHeadAndScoredByTheOffice() {
        Commune c = directory.known(Communes.create());
        UUID clusterId = UUID.randomUUID();
        ObjectNode payload = PlanEnvelopes.object()
                .put("id", clusterId.toString()).put("communeId", c.commune().id().toString())
                .put("communePath", c.commune().path()).put("name", "Khối thôn, tổ dân phố " + c.key()).put("year", 2027)
                .put("headUnitId", c.village().id().toString()).put("deputyUnitId", c.otherVillage().id().toString());
        payload.putArray("memberUnitIds").add(c.village().id().toString()).add(c.otherVillage().id().toString());
        TestKafka.send("directory.clusters", clusterId.toString(), TestEvents.envelope(UUID.randomUUID(),
                "ClusterUpserted", 1, Instant.now(), "plan-service", clusterId.toString(), c.commune().path(), payload));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .when().get("/api/v1/emulation-clusters/{id}", clusterId).then().statusCode(200));

        given().header("Authorization", c.otherUnitToken()).when().get("/api/v1/emulation-clusters")
                .then().statusCode(200).body("items.id", contains(clusterId.toString()));
        given().header("Authorization", Communes.create().officeToken()).when().get("/api/v1/emulation-clusters/{id}", clusterId)
                .then().statusCode(404);
        // the deputy (a member, not the head) may not sign; the head does
        given().header("Authorization", c.otherUnitToken()).contentType("application/json")
                .body(Map.of("text", "Giao ước")).when().put("/api/v1/emulation-clusters/{id}/covenant", clusterId)
                .then().statusCode(403);
        given().header("Authorization", c.councilToken()).contentType("application/json")
                .body(Map.of("text", "Giao ước")).when().put("/api/v1/emulation-clusters/{id}/covenant", clusterId)
                .then().statusCode(403);
        given().header("Authorization", c.unitToken()).contentType("application/json")
                .body(Map.of("text", "Các thôn cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2027"))
                .when().put("/api/v1/emulation-clusters/{id}/covenant", clusterId)
                .then().statusCode(200)
                .body("covenant.text", equalTo("Các thôn cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2027"))
                .body("covenant.signedBy", equalTo("test-unit"));
        // scores: a non-member and a rank beyond the number of scored units are refused
        given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("unitId", c.office().id().toString(), "score", 90, "rank", 1))))
                .when().put("/api/v1/emulation-clusters/{id}/scores", clusterId)
                .then().statusCode(400).body("errors.field", contains("scores[0].unitId"));
        given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("unitId", c.village().id().toString(), "score", 90, "rank", 3))))
                .when().put("/api/v1/emulation-clusters/{id}/scores", clusterId)
                .then().statusCode(400).body("errors.field", contains("scores[0].rank"));
        given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(Map.of("scores", List.of(
                        Map.of("unitId", c.otherVillage().id().toString(), "score", 95.5, "rank", 1, "note", "Dẫn đầu khối"),
                        Map.of("unitId", c.village().id().toString(), "score", 90, "rank", 2))))
                .when().put("/api/v1/emulation-clusters/{id}/scores", clusterId)
                .then().statusCode(200)
                .body("members.unitName", contains("Thôn Tây", "Thôn Đông"))
                .body("members.rank", contains(1, 2))
                .body("members[0].score", equalTo(95.5f));
        assertEquals(2, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from cluster_score where cluster_id = '" + clusterId + "'"));
    }
}
