package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.DecisionFixtures;
import vn.thiduaso.award.DecisionFixtures.Round;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.time.VietnamTime;

/** Công khai: the office posts passed nominations; the public reads them and objects; the office resolves. */
@QuarkusTest
class PostingResourceTest {

    private static final String DB = AwardServiceTestEnvironment.DATABASE;

    @Inject
    DecisionFixtures fixtures;

    @Inject
    AwardClock clock;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    private String post(Round r) {
        return given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", r.roundId())).post("/api/v1/public-postings")
                .then().statusCode(201).extract().path("id");
    }

    private static String address() {
        return "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void postingWithoutTokenIs401AndOtherRolesAre403() {
        given().contentType(ContentType.JSON).body(Map.of("roundId", UUID.randomUUID())).post("/api/v1/public-postings")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/public-postings").then().statusCode(401);
        Round r = fixtures.round(Communes.create());
        fixtures.passed(r, "Nguyễn Thị Hoa", DecisionFixtures.GIAY_KHEN);
        for (String token : List.of(r.commune().leaderToken(), r.commune().councilToken(), r.commune().unitToken())) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("roundId", r.roundId()))
                    .post("/api/v1/public-postings").then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", r.commune().unitToken()).get("/api/v1/public-postings").then().statusCode(403);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from public_posting where round_id = '" + r.roundId() + "'"));
    }

    @Test
    void anotherCommunesOfficeSeesNeitherTheRoundNorThePosting() {
        Round r = fixtures.round(Communes.create());
        fixtures.passed(r, "Trần Văn Bình", DecisionFixtures.GIAY_KHEN);
        Commune other = Communes.create();
        given().header("Authorization", other.officeToken()).contentType(ContentType.JSON).body(Map.of("roundId", r.roundId()))
                .post("/api/v1/public-postings").then().statusCode(404).contentType("application/problem+json");
        String id = post(r);
        given().header("Authorization", other.officeToken()).get("/api/v1/public-postings/" + id).then().statusCode(404);
        given().header("Authorization", other.officeToken()).get("/api/v1/public-postings")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyPassedNominationsOfTheRoundArePostedNamingTheField() {
        Round r = fixtures.round(Communes.create());
        UUID passed = fixtures.passed(r, "Lê Thị Mai", DecisionFixtures.GIAY_KHEN);
        UUID inCouncil = fixtures.nomination(r, "Phạm Văn Đức", DecisionFixtures.GIAY_KHEN, NomineeKind.INDIVIDUAL,
                NominationStatus.IN_COUNCIL);
        given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", r.roundId(), "nominationIds", List.of(passed, inCouncil)))
                .post("/api/v1/public-postings").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("nominationIds[1]"));
        given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("title", "x")).post("/api/v1/public-postings").then().statusCode(400)
                .body("errors.field", hasItem("roundId"));
        assertEquals(NominationStatus.PASSED, fixtures.status(passed));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from public_posting where round_id = '" + r.roundId() + "'"));
    }

    @Test
    void postingMovesPassedNominationsOnForFiveWorkingDaysAndPublishesNominationPosted() {
        Round r = fixtures.round(Communes.create());
        UUID a = fixtures.passed(r, "Nguyễn Thị Lan", DecisionFixtures.GIAY_KHEN);
        UUID b = fixtures.passed(r, "Đỗ Văn Hùng", DecisionFixtures.BANG_KHEN_TINH);
        UUID notPassed = fixtures.nomination(r, "Vũ Thị Hạnh", DecisionFixtures.GIAY_KHEN, NomineeKind.INDIVIDUAL,
                NominationStatus.REJECTED);
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            var body = given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                    .body(Map.of("roundId", r.roundId())).post("/api/v1/public-postings")
                    .then().statusCode(201).header("Location", notNullValue())
                    .body("items.nominationId", contains(a.toString(), b.toString()))
                    .body("workingDays", equalTo(7)).body("windowOpen", equalTo(true))
                    .body("objections", hasSize(0)).extract();
            LocalDate today = VietnamTime.today();
            LocalDate starts = LocalDate.parse(body.path("startsOn"));
            LocalDate ends = LocalDate.parse(body.path("endsOn"));
            assertTrue(starts.isAfter(today), "the window starts the next working day");
            assertTrue(ends.isAfter(starts.plusDays(5)), "7 working days end more than 5 days after the start");
            String id = body.path("id");
            assertEquals(NominationStatus.POSTED, fixtures.status(a));
            assertEquals(NominationStatus.POSTED, fixtures.status(b));
            assertEquals(NominationStatus.REJECTED, fixtures.status(notPassed));
            assertEquals(2, TestDatabase.count(DB, "select count(*) from nomination_log where action = 'POSTED' and nomination_id in ('"
                    + a + "','" + b + "')"));
            var event = awards.await(Duration.ofSeconds(20), "\"NominationPosted\"", a.toString());
            assertEquals(a.toString(), event.key());
            assertTrue(event.value().contains("\"postingId\":\"" + id + "\""));
            assertTrue(event.value().contains("\"endsOn\":\"" + ends + "\""));
            awards.await(Duration.ofSeconds(20), "\"NominationPosted\"", b.toString());
            given().header("Authorization", r.commune().leaderToken()).get("/api/v1/public-postings?roundId=" + r.roundId())
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        }
    }

    @Test
    void thePublicReadsPostingsWithoutTokenAndWithoutObjections() {
        Round r = fixtures.round(Communes.create());
        UUID a = fixtures.passed(r, "Hoàng Thị Thu", DecisionFixtures.GIAY_KHEN);
        UUID hidden = fixtures.passed(r, "Ngô Văn Khải", DecisionFixtures.GIAY_KHEN);
        String id = given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", r.roundId(), "nominationIds", List.of(a))).post("/api/v1/public-postings")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address())
                .body(Map.of("name", "Bùi Văn Tâm", "contact", "0912 345 678", "text", "Đề nghị xem lại thành tích."))
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(201);

        given().get("/api/v1/public/postings?commune=" + r.communeCode()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0]", not(hasKey("objections")))
                .body("items[0].items.nomineeName", contains("Hoàng Thị Thu"))
                .body("items[0].items[0].position", equalTo("Trưởng thôn"))
                .body("items[0].items[0]", not(hasKey("dateOfBirth")))
                .body("items[0].items.nominationId", not(hasItem(hidden.toString())));
        String json = given().get("/api/v1/public/postings/" + id).then().statusCode(200)
                .body("items", hasSize(1)).extract().asString();
        assertTrue(!json.contains("Bùi Văn Tâm") && !json.contains("0912") && !json.contains("1985"),
                "no objection or personal data beyond name, position, unit and achievements: " + json);
        given().get("/api/v1/public/postings/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/public/communes").then().statusCode(200)
                .body("items.code", hasItem(r.communeCode()));
        // The office sees the objection on its own view.
        given().header("Authorization", r.commune().officeToken()).get("/api/v1/public-postings/" + id)
                .then().statusCode(200).body("objections.senderName", contains("Bùi Văn Tâm"))
                .body("objections[0].status", equalTo("OPEN"));
    }

    @Test
    void objectionsAreTakenWhileTheWindowIsOpenAndRejectedAfterIt() {
        Round r = fixtures.round(Communes.create());
        UUID a = fixtures.passed(r, "Trịnh Thị Yến", DecisionFixtures.GIAY_KHEN);
        String id = post(r);
        Map<String, Object> objection = Map.of("nominationId", UUID.randomUUID(), "name", "Lý Văn Sơn", "contact",
                "son@example.vn", "text", "Không đúng thành tích.");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address()).body(objection)
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(400)
                .body("errors.field", contains("nominationId"));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address())
                .body(Map.of("nominationId", a, "name", " ", "contact", "x", "text", "y"))
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        String objectionId = given().contentType(ContentType.JSON).header("X-Forwarded-For", address())
                .body(Map.of("nominationId", a, "name", "Lý Văn Sơn", "contact", "son@example.vn", "text", "Không đúng thành tích."))
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(201)
                .body("receivedAt", notNullValue()).extract().path("id");
        assertEquals(1, TestDatabase.count(DB, "select count(*) from objection where posting_id = '" + id
                + "' and client_hash ~ '^[0-9a-f]{64}$' and client_hash not like '%10.7.%'"));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from nomination_log where action = 'OBJECTION_RECEIVED'"
                + " and nomination_id = '" + a + "'"));
        clock.setOffset(Duration.ofDays(40));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address())
                .body(Map.of("name", "Lý Văn Sơn", "contact", "son@example.vn", "text", "Lần hai."))
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/public/postings/" + id).then().statusCode(200).body("windowOpen", equalTo(false));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from objection where posting_id = '" + id + "'"));
        assertTrue(objectionId != null);
    }

    @Test
    void aSixthObjectionFromOneAddressWithinAnHourIs429WithRetryAfter() {
        Round r = fixtures.round(Communes.create());
        fixtures.passed(r, "Mai Văn Long", DecisionFixtures.GIAY_KHEN);
        String id = post(r);
        String from = address();
        Map<String, Object> body = Map.of("name", "Đinh Thị Nga", "contact", "0987 000 111", "text", "Ý kiến.");
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", from).body(body)
                    .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(201);
        }
        String retry = given().contentType(ContentType.JSON).header("X-Forwarded-For", from).body(body)
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retry);
        assertTrue(seconds > 3000 && seconds <= 3601, "about an hour: " + seconds);
        // Another address is not held back by the first one's count.
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address()).body(body)
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(201);
        assertEquals(6, TestDatabase.count(DB, "select count(*) from objection where posting_id = '" + id + "'"));
    }

    @Test
    void theOfficeResolvesAnObjectionOnce() {
        Round r = fixtures.round(Communes.create());
        UUID a = fixtures.passed(r, "Cao Thị Huyền", DecisionFixtures.GIAY_KHEN);
        String id = post(r);
        String objection = given().contentType(ContentType.JSON).header("X-Forwarded-For", address())
                .body(Map.of("nominationId", a, "name", "Tạ Văn Nam", "contact", "0901 222 333", "text", "Chưa đúng."))
                .post("/api/v1/public/postings/" + id + "/objections").then().statusCode(201).extract().path("id");
        String path = "/api/v1/objections/" + objection + "/resolution";
        Map<String, Object> resolution = Map.of("upheld", false, "resolution", "Đã xác minh, thành tích đúng thực tế.");
        given().contentType(ContentType.JSON).body(resolution).post(path).then().statusCode(401);
        given().header("Authorization", r.commune().leaderToken()).contentType(ContentType.JSON).body(resolution)
                .post(path).then().statusCode(403);
        given().header("Authorization", Communes.create().officeToken()).contentType(ContentType.JSON).body(resolution)
                .post(path).then().statusCode(404);
        given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("upheld", false)).post(path).then().statusCode(400).body("errors.field", hasItem("resolution"));
        given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON).body(resolution)
                .post(path).then().statusCode(200).body("status", equalTo("RESOLVED")).body("upheld", equalTo(false))
                .body("resolvedBy", notNullValue());
        given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON).body(resolution)
                .post(path).then().statusCode(409);
        assertEquals(1, TestDatabase.count(DB, "select count(*) from nomination_log where action = 'OBJECTION_RESOLVED'"
                + " and nomination_id = '" + a + "'"));
    }
}
