package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Directory;
import vn.thiduaso.award.service.AwardPlanService;
import vn.thiduaso.award.service.IssuedAwardPlan;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class AwardRoundResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AwardPlanService plans;

    @Inject
    Directory directory;

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/award-rounds").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body("{}").when().post("/api/v1/award-rounds").then().statusCode(401);
    }

    @Test
    void openFromPlanAnnouncesTheRoundWithItsNominators() throws Exception {
        Commune c = Communes.create();
        UUID planId = plan(c);
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            var response = given().header("Authorization", c.officeToken()).contentType("application/json")
                    .body(fromPlan(planId, 2027))
                    .when().post("/api/v1/award-rounds")
                    .then().statusCode(201)
                    .body("communeId", equalTo(c.commune().id().toString()))
                    .body("communeName", equalTo(c.commune().name()))
                    .body("method", equalTo("REGULAR"))
                    .body("status", equalTo("OPEN"))
                    .body("movementTitle", equalTo("Phong trào thi đua " + c.key()))
                    .body("forms.code", contains("giay-khen-chu-tich-ubnd-xa", "bang-khen-chu-tich-ubnd-tinh"))
                    .body("forms[0].decidingAuthority", equalTo("COMMUNE_CHAIRMAN"))
                    .body("forms[1].decidingAuthority", equalTo("PROVINCE_CHAIRMAN"))
                    .body("nominatorUnitIds", equalTo(null))
                    .body("nominatorUnits.unitId", contains(c.village().id().toString()))
                    .body("canNominate", equalTo(true))
                    .body("version", equalTo(0))
                    .extract();
            String id = response.path("id");
            assertEquals(true, response.header("Location").endsWith("/api/v1/award-rounds/" + id));
            JsonNode opened = JSON.readTree(awards.await(WAIT, "\"AwardRoundOpened\"", id).value()).get("payload");
            assertEquals(c.commune().path(), opened.get("communePath").asText());
            assertEquals("ANNUAL", opened.get("occasion").asText());
            assertEquals("OPEN", opened.get("status").asText());
            assertEquals(c.village().id().toString(), opened.get("nominatorUnits").get(0).get("unitId").asText());
            assertEquals("giay-khen-chu-tich-ubnd-xa", opened.get("formCodes").get(0).asText());

            // the addressed unit sees it and may nominate; the other unit of the commune does not see it
            given().header("Authorization", c.unitToken()).when().get("/api/v1/award-rounds")
                    .then().statusCode(200).body("items.id", contains(id)).body("items[0].canNominate", equalTo(true));
            given().header("Authorization", c.otherUnitToken()).when().get("/api/v1/award-rounds/{id}", id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", c.otherUnitToken()).when().get("/api/v1/award-rounds")
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
            // officials of the commune and the city board read it; another commune's office does not
            for (String token : List.of(c.leaderToken(), c.councilToken(), c.boardToken())) {
                given().header("Authorization", token).when().get("/api/v1/award-rounds/{id}", id)
                        .then().statusCode(200).body("canNominate", equalTo(false));
            }
            given().header("Authorization", Communes.create().officeToken()).when().get("/api/v1/award-rounds/{id}", id)
                    .then().statusCode(404);

            // a second round of the same plan, occasion and year
            given().header("Authorization", c.officeToken()).contentType("application/json").body(fromPlan(planId, 2027))
                    .when().post("/api/v1/award-rounds").then().statusCode(409).contentType("application/problem+json");

            // change: stale version 409, then a new deadline → AwardRoundChanged
            given().header("Authorization", c.officeToken()).contentType("application/json")
                    .body(Map.of("version", 5, "title", "Sai phiên bản"))
                    .when().put("/api/v1/award-rounds/{id}", id).then().statusCode(409);
            Instant later = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            given().header("Authorization", c.officeToken()).contentType("application/json")
                    .body(Map.of("version", 0, "nominationDeadline", later.toString(),
                            "nominatorUnitIds", List.of(c.village().id().toString())))
                    .when().put("/api/v1/award-rounds/{id}", id)
                    .then().statusCode(200)
                    .body("nominationDeadline", equalTo(later.toString()))
                    .body("nominatorUnitIds", contains(c.village().id().toString()))
                    .body("version", equalTo(1));
            awards.await(WAIT, "\"AwardRoundChanged\"", id, later.toString());
            // the unit may not change or close it; the office closes it
            given().header("Authorization", c.unitToken()).contentType("application/json").body(Map.of())
                    .when().post("/api/v1/award-rounds/{id}/close", id).then().statusCode(403);
            given().header("Authorization", c.officeToken()).contentType("application/json").body(Map.of("version", 1))
                    .when().post("/api/v1/award-rounds/{id}/close", id)
                    .then().statusCode(200).body("status", equalTo("CLOSED")).body("canNominate", equalTo(false));
            awards.await(WAIT, "\"AwardRoundChanged\"", id, "\"status\":\"CLOSED\"");
            given().header("Authorization", c.officeToken()).contentType("application/json")
                    .body(Map.of("version", 2, "title", "Sau khi đóng"))
                    .when().put("/api/v1/award-rounds/{id}", id).then().statusCode(409);
        }
    }

    @Test
    void aLeaderMayNotOpenARound() {
        Commune c = Communes.create();
        given().header("Authorization", c.leaderToken()).contentType("application/json").body(fromPlan(plan(c), 2027))
                .when().post("/api/v1/award-rounds").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        Commune c = Communes.create();
        UUID planId = plan(c);
        Map<String, Object> past = fromPlan(planId, 2028);
        past.put("nominationDeadline", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        given().header("Authorization", c.officeToken()).contentType("application/json").body(past)
                .when().post("/api/v1/award-rounds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("nominationDeadline"));
        Map<String, Object> unknownForm = fromPlan(planId, 2028);
        unknownForm.put("formCodes", List.of("khong-co"));
        given().header("Authorization", c.officeToken()).contentType("application/json").body(unknownForm)
                .when().post("/api/v1/award-rounds")
                .then().statusCode(400).body("errors.field", contains("formCodes[0]"));
        Map<String, Object> otherUnit = fromPlan(planId, 2028);
        otherUnit.put("nominatorUnitIds", List.of(UUID.randomUUID().toString()));
        given().header("Authorization", c.officeToken()).contentType("application/json").body(otherUnit)
                .when().post("/api/v1/award-rounds")
                .then().statusCode(400).body("errors.field", contains("nominatorUnitIds[0]"));
        // a plan of another commune
        given().header("Authorization", Communes.create().officeToken()).contentType("application/json")
                .body(fromPlan(planId, 2028))
                .when().post("/api/v1/award-rounds")
                .then().statusCode(400).body("errors.field", contains("planId"));
        assertEquals(0, TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_round where plan_id = '" + planId + "'"));
    }

    @Test
    void adHocRoundOfTheOfficesCommuneIsOpenToItsDirectUnits() {
        Commune c = directory.known(Communes.create());
        given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(Map.of("occasion", "AD_HOC", "year", 2027, "title", "Khen thưởng đột xuất phòng chống bão số 3",
                        "formCodes", List.of("giay-khen-chu-tich-ubnd-xa"),
                        "nominationDeadline", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/award-rounds")
                .then().statusCode(201)
                .body("communeId", equalTo(c.commune().id().toString()))
                .body("planId", equalTo(null))
                .body("method", equalTo("AD_HOC"))
                .body("nominatorUnits.unitName", org.hamcrest.Matchers.containsInAnyOrder("Phòng Văn hóa - Xã hội", "Thôn Đông", "Thôn Tây"));
        given().header("Authorization", c.otherUnitToken()).queryParam("year", 2027).when().get("/api/v1/award-rounds")
                .then().statusCode(200).body("items.title", contains("Khen thưởng đột xuất phòng chống bão số 3"));
        given().header("Authorization", c.officeToken()).contentType("application/json")
                .body(Map.of("occasion", "AD_HOC", "year", 2027, "formCodes", List.of("giay-khen-chu-tich-ubnd-xa"),
                        "nominationDeadline", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/award-rounds")
                .then().statusCode(400).body("errors.field", contains("title"));
    }

    private UUID plan(Commune c) {
        UUID planId = UUID.randomUUID();
        Instant now = Instant.now();
        plans.recordIssued(UUID.randomUUID(), now, new IssuedAwardPlan(planId, 1, "9/KH-UBND",
                "Phong trào thi đua " + c.key(), c.commune().id(), c.commune().path(), c.commune().name(), now,
                List.of(new IssuedAwardPlan.Unit(c.village().id(), c.village().path(), c.village().name())),
                List.of(new IssuedAwardPlan.AwardFormOffer("giay-khen-chu-tich-ubnd-xa", List.of("ANNUAL"), List.of("INDIVIDUALS")),
                        new IssuedAwardPlan.AwardFormOffer("bang-khen-chu-tich-ubnd-tinh", List.of("ANNUAL", "FINAL_REVIEW"), List.of("INDIVIDUALS")),
                        new IssuedAwardPlan.AwardFormOffer("co-thi-dua-ubnd-tinh", List.of("FINAL_REVIEW"), List.of("OFFICES_AND_UNITS"))),
                List.of()));
        return planId;
    }

    private static Map<String, Object> fromPlan(UUID planId, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId.toString());
        body.put("occasion", "ANNUAL");
        body.put("year", year);
        body.put("nominationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        return body;
    }
}
