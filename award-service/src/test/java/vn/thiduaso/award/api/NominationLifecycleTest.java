package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.award.api.NominationCalls.createId;
import static vn.thiduaso.award.api.NominationCalls.get;
import static vn.thiduaso.award.api.NominationCalls.individual;
import static vn.thiduaso.award.api.NominationCalls.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Dossiers;
import vn.thiduaso.platform.test.TestKafka;

/** The dossier's lifecycle: submit with eligibility, recall, withdraw; receive, assign, appraise, return, override. */
@QuarkusTest
class NominationLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Dossiers dossiers;

    @Test
    void submitRunsEligibilityStampsTheRuleSetAndPublishesNominationSubmitted() throws Exception {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        Map<String, Object> body = new HashMap<>(individual(round, "Trịnh Thị Lan", Dossiers.XA));
        body.put("standards", List.of(Map.of("code", "s1", "met", true)));
        String id = createId(c.unitToken(), body);

        post(c.unitToken(), id, "submit", null).statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("eligibility.STANDARDS"));
        get(c.unitToken(), id).body("status", equalTo("DRAFT")).body("submittedAt", org.hamcrest.Matchers.nullValue());
        post(c.leaderToken(), id, "submit", null).statusCode(403);
        post(Communes.create().unitToken(), id, "submit", null).statusCode(404);

        int version = get(c.unitToken(), id).extract().path("version");
        Map<String, Object> fixed = new HashMap<>(individual(round, "Trịnh Thị Lan", Dossiers.XA));
        fixed.remove("roundId");
        fixed.put("version", version);
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body(fixed)
                .when().put("/api/v1/nominations/{id}", id).then().statusCode(200)
                .body("eligibility.passed", equalTo(true));

        try (TestKafka.TopicProbe topic = TestKafka.probe("awards")) {
            post(c.unitToken(), id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"))
                    .body("ruleSetCode", notNullValue()).body("submittedBy", equalTo("test-unit"));
            JsonNode p = JSON.readTree(topic.await(WAIT, "\"NominationSubmitted\"", id).value()).get("payload");
            assertEquals("Trịnh Thị Lan", p.get("nomineeName").asText());
            assertEquals(c.village().id().toString(), p.get("nominatingUnitId").asText());
            assertEquals(c.commune().path(), p.get("communePath").asText());
            assertTrue(p.get("eligibilityPassed").asBoolean());
            assertEquals(false, p.get("overridden").asBoolean());
        }
        post(c.unitToken(), id, "submit", null).statusCode(409);
        given().header("Authorization", c.unitToken()).when().get("/api/v1/nominations/{id}/log", id).then()
                .body("action", hasItems("CREATED", "EDITED", "SUBMITTED"))
                .body("find { it.action == 'SUBMITTED' }.fromStatus", equalTo("DRAFT"))
                .body("find { it.action == 'SUBMITTED' }.toStatus", equalTo("SUBMITTED"));
    }

    @Test
    void senderRecallsOnlyBeforeTheOfficeTakesItInAndWithdrawsWithAReason() {
        Commune c = Communes.create();
        String id = createId(c.unitToken(), individual(dossiers.openRound(c), "Mai Văn Khoa", Dossiers.XA));
        post(c.unitToken(), id, "recall", null).statusCode(409);
        post(c.unitToken(), id, "submit", null).statusCode(200);
        post(c.unitToken(), id, "recall", null).statusCode(200).body("status", equalTo("RECALLED"));
        post(c.unitToken(), id, "submit", null).statusCode(200);
        post(c.officeToken(), id, "receive", null).statusCode(200).body("status", equalTo("RECEIVED"))
                .body("receivedAt", notNullValue());
        post(c.unitToken(), id, "recall", null).statusCode(409);
        post(c.unitToken(), id, "withdraw", Map.of("reason", "")).statusCode(400)
                .body("errors.field", contains("reason"));
        post(c.unitToken(), id, "withdraw", Map.of("reason", "Đổi người")).statusCode(409);
    }

    @Test
    void officeReceivesAssignsAppraisesAndReturnsWithNominationReturned() throws Exception {
        Commune c = Communes.create();
        String officer = dossiers.officer(c, "canbo-" + c.key());
        String id = createId(c.unitToken(), individual(dossiers.openRound(c), "Lý Thị Mận", Dossiers.XA));
        post(c.unitToken(), id, "submit", null).statusCode(200);

        post(c.unitToken(), id, "receive", null).statusCode(403);
        post(c.councilToken(), id, "receive", null).statusCode(403);
        post(Communes.create().officeToken(), id, "receive", null).statusCode(404);
        post(c.officeToken(), id, "receive", null).statusCode(200);

        post(c.officeToken(), id, "assign", Map.of("officer", "khong-co-" + c.key())).statusCode(400)
                .body("errors.field", contains("officer"));
        post(c.officeToken(), id, "assign", Map.of("officer", officer)).statusCode(200)
                .body("assignedOfficer", equalTo(officer));
        post(c.officeToken(), id, "appraise", Map.of("eligible", false)).statusCode(400)
                .body("errors.field", contains("note"));
        get(c.officeToken(), id).body("status", equalTo("RECEIVED"));
        post(c.officeToken(), id, "appraise", Map.of("eligible", true, "note", "Đủ hồ sơ")).statusCode(200)
                .body("status", equalTo("APPRAISED")).body("appraisal.eligible", equalTo(true))
                .body("appraisal.by", equalTo("test-office"));
        post(c.officeToken(), id, "return", Map.of("reason", " ")).statusCode(400)
                .body("errors.field", contains("reason"));

        try (TestKafka.TopicProbe topic = TestKafka.probe("awards")) {
            post(c.officeToken(), id, "return", Map.of("reason", "Bổ sung biên bản họp xét")).statusCode(200)
                    .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Bổ sung biên bản họp xét"));
            JsonNode p = JSON.readTree(topic.await(WAIT, "\"NominationReturned\"", id).value()).get("payload");
            assertEquals("Bổ sung biên bản họp xét", p.get("reason").asText());
            assertEquals("test-office", p.get("returnedBy").asText());
            assertEquals(c.village().path(), p.get("nominatingUnitPath").asText());
        }
        given().header("Authorization", c.unitToken()).when().get("/api/v1/nominations/{id}/log", id).then()
                .body("action", contains("CREATED", "SUBMITTED", "RECEIVED", "ASSIGNED", "APPRAISED", "RETURNED"))
                .body("find { it.action == 'ASSIGNED' }.toParty", org.hamcrest.Matchers.containsString(officer))
                .body("find { it.action == 'RETURNED' }.note", equalTo("Bổ sung biên bản họp xét"));
    }

    @Test
    void intervalAndPrerequisitesFailWithTheNextEligibleDateUntilTheOfficeOverrides() throws Exception {
        Commune c = Communes.create();
        LocalDate born = LocalDate.of(1985, 4, 12);
        dossiers.pastAward(c, "Đặng Văn Nam", born, Dossiers.XA, Dossiers.YEAR - 1);
        dossiers.registered(c.village(), Dossiers.TINH);
        UUID round = dossiers.openRound(c);
        Map<String, Object> body = new HashMap<>(individual(round, "Đặng Văn Nam", Dossiers.TINH));
        body.put("standards", List.of(Map.of("code", "t1", "met", true)));
        String id = createId(c.unitToken(), body);

        given().header("Authorization", c.unitToken()).when().get("/api/v1/nominations/{id}/eligibility", id)
                .then().statusCode(200).body("passed", equalTo(false))
                .body("checks.find { it.check == 'INTERVAL' }.passed", equalTo(false))
                .body("checks.find { it.check == 'INTERVAL' }.nextEligibleOn",
                        equalTo(LocalDate.of(Dossiers.YEAR - 1, 12, 20).plusYears(2).toString()))
                .body("checks.findAll { it.check == 'PREREQUISITE' }.passed", contains(false, true));
        post(c.unitToken(), id, "submit", null).statusCode(422)
                .body("errors.field", hasItems("eligibility.INTERVAL", "eligibility.PREREQUISITE"));

        post(c.unitToken(), id, "override", Map.of("reason", "Thành tích đột xuất")).statusCode(403);
        post(c.officeToken(), id, "override", Map.of("reason", "")).statusCode(400).body("errors.field", contains("reason"));
        post(c.officeToken(), id, "override", Map.of("reason", "Thành tích đột xuất")).statusCode(200)
                .body("eligibility.overrideReason", equalTo("Thành tích đột xuất"))
                .body("eligibility.overrideBy", equalTo("test-office"));
        try (TestKafka.TopicProbe topic = TestKafka.probe("awards")) {
            post(c.unitToken(), id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
            JsonNode p = JSON.readTree(topic.await(WAIT, "\"NominationSubmitted\"", id).value()).get("payload");
            assertEquals(false, p.get("eligibilityPassed").asBoolean());
            assertTrue(p.get("overridden").asBoolean());
        }
        given().header("Authorization", c.officeToken()).when().get("/api/v1/nominations/{id}/log", id).then()
                .body("action", hasItem("ELIGIBILITY_OVERRIDDEN"));
    }

    @Test
    void theDoubleAwardDetectorFindsTheSameNomineeInAnotherRoundOfTheYear() {
        Commune c = Communes.create();
        UUID first = dossiers.openRound(c);
        UUID second = dossiers.openRound(c);
        createId(c.unitToken(), individual(first, "Tạ Thị Oanh", Dossiers.XA));
        Map<String, Object> body = new HashMap<>(individual(second, "Ta Thi Oanh", Dossiers.XA));
        body.put("nominatingUnitId", c.otherVillage().id());
        String id = createId(c.officeToken(), body);
        given().header("Authorization", c.officeToken()).when().get("/api/v1/nominations/{id}/eligibility", id)
                .then().statusCode(200)
                .body("checks.find { it.check == 'DUPLICATE' }.passed", equalTo(false))
                .body("checks.find { it.check == 'DUPLICATE' }.message", org.hamcrest.Matchers.containsString("Thôn Đông"));
    }
}
