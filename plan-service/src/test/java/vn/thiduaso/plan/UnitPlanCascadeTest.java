package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class UnitPlanCascadeTest {

    @Inject
    Communes communes;

    @Test
    void anAddressedUnitWritesItsPlanFromTheParentAndTheCommuneFollowsAndChecksIt() {
        Communes.Commune c = communes.create();
        String parent = create(c, StructuredPlans.full(c, Plans.randomTitle()));
        // Not before the parent is issued.
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + parent + "/unit-plans").then().statusCode(404);
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body("{\"version\": 0}")
                .post("/api/v1/plans/" + parent + "/issue").then().statusCode(200);

        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + parent + "/unit-plans").then().statusCode(403);
        given().header("Authorization", communes.create().unitToken()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + parent + "/unit-plans").then().statusCode(404);
        String location = given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + parent + "/unit-plans").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("issuingUnit.id", equalTo(c.village().id.toString()))
                .body("parentPlanId", equalTo(parent))
                .body("legalBases[0].relation", equalTo("IMPLEMENTS"))
                .body("legalBases[0].parentPlanId", equalTo(parent))
                .body("contents", hasSize(2))
                .body("targets[0].code", equalTo("CT01"))
                .extract().header("Location");
        String unitPlan = location.substring(location.lastIndexOf('/') + 1);
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + parent + "/unit-plans").then().statusCode(409);

        given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + parent + "/unit-plans").then()
                .statusCode(200)
                .body("find { it.unit.id == '" + c.office().id + "' }.status", equalTo("MISSING"))
                .body("find { it.unit.id == '" + c.village().id + "' }.unitPlanId", equalTo(unitPlan));
        given().header("Authorization", c.unitToken()).get("/api/v1/plans/" + parent + "/unit-plans").then()
                .statusCode(403);

        // The unit lowers a target and leaves a content out; the check shows both.
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON)
                .body("""
                        {"version": 0, "addresseeUnitIds": ["%s"], "contents": [{"number": "1", "title": "Thi đua nâng cao nhận thức",
                           "children": [{"number": "a", "title": "Học tập số"}]}],
                         "targets": [{"code": "CT01", "name": "Kỹ năng số", "percentage": true,
                           "values": [{"year": 2025, "value": 80}, {"year": 2026, "value": 90}]}]}
                        """.formatted(c.village().id))
                .patch("/api/v1/plans/" + unitPlan).then().statusCode(200);
        given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + unitPlan + "/check").then()
                .statusCode(200)
                .body("missingContents.title", contains("Thi đua chuyển đổi số"))
                .body("lowerTargets.year", contains(2026))
                .body("lowerTargets[0].parentValue", equalTo(100));
        given().header("Authorization", communes.create().officeToken()).get("/api/v1/plans/" + unitPlan + "/check")
                .then().statusCode(404);

        try (TestKafka.TopicProbe topic = TestKafka.probe(Topics.PLANS)) {
            given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body("{\"version\": 1}")
                    .post("/api/v1/plans/" + unitPlan + "/issue").then().statusCode(200)
                    .body("number", notNullValue());
            String issued = topic.await(Duration.ofSeconds(20), "\"UnitPlanIssued\"", unitPlan).value();
            assertTrue(issued.contains("\"parentPlanId\":\"" + parent + "\""), issued);
            assertTrue(issued.contains("Thôn Đông"), issued);
        }
        // Due by the end of 11/2025 (unitPlansRequired): issued later, so LATE.
        given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + parent + "/unit-plans").then()
                .statusCode(200)
                .body("find { it.unit.id == '" + c.village().id + "' }.status", equalTo("LATE"))
                .body("status", hasItem("MISSING"));
    }

    private static String create(Communes.Commune c, String body) {
        String location = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
