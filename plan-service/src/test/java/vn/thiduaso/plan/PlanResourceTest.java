package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class PlanResourceTest {

    @Inject
    Communes communes;

    @Test
    void officeDraftsLeaderIssuesAndPlanIssuedReachesKafka() {
        Communes.Commune c = communes.create();
        String title = Plans.randomTitle();
        String location = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Plans.createBody(c, title))
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("addressees.unitName", hasItems("Phòng Văn hóa - Xã hội", "Thôn Đông"))
                .body("reportingObligations[0].dueDay", equalTo(5))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // A unit sees nothing of a draft; the office lists it.
        given().header("Authorization", c.unitToken()).when().get("/api/v1/plans/" + id).then().statusCode(404);
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.title", hasItem(title));

        try (TestKafka.TopicProbe plans = TestKafka.probe(Topics.PLANS)) {
            given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                    .body(Plans.issueBody(0))
                    .when().post("/api/v1/plans/" + id + "/issue")
                    .then().statusCode(200)
                    .body("status", equalTo("ISSUED"))
                    .body("issuedBy", equalTo(c.leader().username))
                    .body("number", containsString("/KH-UBND"));

            ConsumerRecord<String, String> record = plans.await(Duration.ofSeconds(20), "\"PlanIssued\"", id);
            assertEquals(id, record.key());
            assertTrue(record.value().contains("\"dueDay\":5"), record.value());
            assertTrue(record.value().contains("\"unitPath\":\"" + c.commune().path + "\""), record.value());
            assertTrue(record.value().contains("Thôn Đông"), record.value());
        }

        // Once issued, the addressed unit sees it in its list and in detail.
        given().header("Authorization", c.unitToken()).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.title", hasItem(title));
        given().header("Authorization", c.unitToken()).when().get("/api/v1/plans/" + id)
                .then().statusCode(200).body("title", equalTo(title));
        // The city board reads it too.
        given().header("Authorization", c.boardToken()).when().get("/api/v1/plans/" + id).then().statusCode(200);
    }

    @Test
    void issuingTwiceOrWithStaleVersionIsConflict() {
        Communes.Commune c = communes.create();
        String id = createPlan(c);
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Plans.issueBody(7))
                .when().post("/api/v1/plans/" + id + "/issue")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Plans.issueBody(0))
                .when().post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Plans.issueBody(1))
                .when().post("/api/v1/plans/" + id + "/issue")
                .then().statusCode(409).body("detail", containsString("đã được ban hành"));
    }

    @Test
    void withoutTokenIs401() {
        given().when().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void expiredOrForeignTokensAre401() {
        Communes.Commune c = communes.create();
        String expired = vn.thiduaso.platform.test.Tokens.role("office").unit(c.office().id, c.office().path)
                .lifetime(Duration.ofMinutes(-5)).bearer();
        given().header("Authorization", expired).when().get("/api/v1/plans").then().statusCode(401);
        String wrongIssuer = vn.thiduaso.platform.test.Tokens.role("office").unit(c.office().id, c.office().path)
                .issuer("https://khac.example").bearer();
        given().header("Authorization", wrongIssuer).when().get("/api/v1/plans").then().statusCode(401);
        String wrongAudience = vn.thiduaso.platform.test.Tokens.role("office").unit(c.office().id, c.office().path)
                .audience("other-api").bearer();
        given().header("Authorization", wrongAudience).when().get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void wrongRoleIs403AndAPlanOfAnotherCommuneIs404() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        // A unit officer cannot draft a commune plan.
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON)
                .body(Plans.createBody(c, Plans.randomTitle()))
                .when().post("/api/v1/plans").then().statusCode(403).contentType("application/problem+json");
        // The office of another commune cannot draft for this one.
        given().header("Authorization", other.officeToken()).contentType(ContentType.JSON)
                .body(Plans.createBody(c, Plans.randomTitle()))
                .when().post("/api/v1/plans").then().statusCode(403);
        String id = createPlan(c);
        // The office cannot issue (the leader signs); another commune's leader cannot either.
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Plans.issueBody(0))
                .when().post("/api/v1/plans/" + id + "/issue").then().statusCode(403);
        given().header("Authorization", other.leaderToken()).contentType(ContentType.JSON).body(Plans.issueBody(0))
                .when().post("/api/v1/plans/" + id + "/issue").then().statusCode(404);
        given().header("Authorization", other.officeToken()).when().get("/api/v1/plans/" + id).then().statusCode(404);
        given().header("Authorization", other.officeToken()).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void invalidPlanIsRejectedNamingTheFieldsAndNothingIsStored() {
        Communes.Commune c = communes.create();
        long before = TestDatabase.count("plan_test", "select count(*) from plan");
        String body = """
                {"title": " ", "issuingUnitId": "%s", "addresseeUnitIds": [],
                 "reportingObligations": [{"title": "Báo cáo", "recipientUnitId": "%s",
                    "dueDay": 31, "dueMonth": 13, "firstYear": 2030, "lastYear": 2025}]}
                """.formatted(c.commune().id, c.office().id);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "reportingObligations[0].dueMonth",
                        "reportingObligations[0].lastYear"));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"title\": \"X\", \"issuingUnitId\": \"khong-phai-uuid\"}")
                .when().post("/api/v1/plans")
                .then().statusCode(400).body("errors.field", hasItem("issuingUnitId"));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans?size=1000")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans?page=abc")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        // far pages (page × size overflowed an int: a 500 on every list) and a NUL in the search text (PostgreSQL
        // refuses it: a 500) are 400s naming the parameter
        for (String page : new String[] { "2147483647", "30000000" }) {
            given().header("Authorization", c.officeToken()).queryParam("page", page).queryParam("size", 100)
                    .when().get("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("page"));
        }
        given().header("Authorization", c.officeToken()).queryParam("page", 100000).when().get("/api/v1/plans")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
        given().header("Authorization", c.officeToken()).queryParam("q", "kế\u0000hoạch").when().get("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("q"))
                .body("errors.message", hasItem("Không được chứa ký tự NUL (U+0000)"));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans?status=LOST")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans/not-a-uuid")
                .then().statusCode(404);
        assertEquals(before, TestDatabase.count("plan_test", "select count(*) from plan"));
    }

    @Test
    void retryingACreateWithTheSameIdempotencyKeyReturnsTheFirstDraft() {
        Communes.Commune c = communes.create();
        String title = Plans.randomTitle();
        String key = "plan-" + java.util.UUID.randomUUID();
        String first = given().header("Authorization", c.officeToken()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Plans.createBody(c, title))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", c.officeToken()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Plans.createBody(c, title))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, TestDatabase.count("plan_test", "select count(*) from plan where title = '" + title + "'"));
        given().header("Authorization", c.officeToken()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Plans.createBody(c, title + " khác"))
                .when().post("/api/v1/plans").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void missingPlanIs404Problem() {
        Communes.Commune c = communes.create();
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/plans/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void oversizedBodyIs413Problem() {
        Communes.Commune c = communes.create();
        String huge = "{\"title\": \"" + "a".repeat(1_100_000) + "\"}";
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/plans")
                .then().statusCode(413).contentType("application/problem+json");
    }

    private String createPlan(Communes.Commune c) {
        String location = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Plans.createBody(c, Plans.randomTitle()))
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
