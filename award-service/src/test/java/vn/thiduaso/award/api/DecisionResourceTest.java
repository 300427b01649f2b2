package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.DecisionFixtures;
import vn.thiduaso.award.DecisionFixtures.Round;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

/** Commune decisions: draft, the refusals of signing, signing with numbers and records, the document, annulment. */
@QuarkusTest
class DecisionResourceTest {

    private static final String DB = AwardServiceTestEnvironment.DATABASE;

    @Inject
    DecisionFixtures fixtures;

    @Inject
    AwardClock clock;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    private record Posted(Round round, UUID nomination, String postingId) {
    }

    private Posted posted(String name) {
        Round r = fixtures.round(Communes.create());
        UUID n = fixtures.passed(r, name, DecisionFixtures.GIAY_KHEN);
        String id = given().header("Authorization", r.commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", r.roundId())).post("/api/v1/public-postings").then().statusCode(201)
                .extract().path("id");
        return new Posted(r, n, id);
    }

    private String draft(Posted p) {
        return given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", p.round().roundId(), "title", "Về việc tặng Giấy khen năm 2025",
                        "basis", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "nominationIds",
                        List.of(p.nomination())))
                .post("/api/v1/decisions").then().statusCode(201).extract().path("id");
    }

    private static String sign(Posted p, String id) {
        return "/api/v1/decisions/" + id + "/sign";
    }

    @Test
    void draftingIsForTheCommunesOfficeOverPostedCommuneForms() {
        Posted p = posted("Nguyễn Văn An");
        Map<String, Object> body = Map.of("roundId", p.round().roundId(), "title", "Về việc tặng Giấy khen",
                "nominationIds", List.of(p.nomination()));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/decisions").then().statusCode(401);
        given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/decisions").then().statusCode(403);
        given().header("Authorization", Communes.create().officeToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/decisions").then().statusCode(404);
        // A province form is forwarded, not decided by the commune; a passed (not posted) one is not ready.
        UUID province = fixtures.nomination(p.round(), "Lê Văn Cường", DecisionFixtures.BANG_KHEN_TINH,
                NomineeKind.INDIVIDUAL, NominationStatus.POSTED);
        UUID notPosted = fixtures.passed(p.round(), "Phan Thị Dung", DecisionFixtures.GIAY_KHEN);
        given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", p.round().roundId(), "title", "x", "nominationIds", List.of(p.nomination(), province)))
                .post("/api/v1/decisions").then().statusCode(400).body("errors.field", contains("nominationIds[1]"));
        given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", p.round().roundId(), "title", "x", "nominationIds", List.of(notPosted)))
                .post("/api/v1/decisions").then().statusCode(400).body("errors.field", contains("nominationIds[0]"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from award_decision where round_id = '"
                + p.round().roundId() + "'"));
        String id = draft(p);
        given().header("Authorization", p.round().commune().councilToken()).get("/api/v1/decisions/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("number", nullValue())
                .body("items[0].cashAmountVnd", equalTo(702000)).body("totalCashVnd", equalTo(702000));
        given().header("Authorization", Communes.create().leaderToken()).get("/api/v1/decisions/" + id).then().statusCode(404);
        given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 5, "title", "y", "nominationIds", List.of(p.nomination())))
                .put("/api/v1/decisions/" + id).then().statusCode(409);
    }

    @Test
    void signingIsRefusedBeforeTheWindowEndsAndWithAnOpenObjection() {
        Posted p = posted("Trần Thị Bích");
        String id = draft(p);
        given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON).body("{}")
                .post(sign(p, id)).then().statusCode(403);
        given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body("{}")
                .post(sign(p, id)).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("nominationIds"));
        String objection = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "10.9.1." + (int) (Math.random() * 250))
                .body(Map.of("nominationId", p.nomination(), "name", "Hà Văn Quang", "contact", "0903 111 222", "text",
                        "Chưa xứng đáng."))
                .post("/api/v1/public/postings/" + p.postingId() + "/objections").then().statusCode(201).extract().path("id");
        clock.setOffset(Duration.ofDays(40));
        given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body("{}")
                .post(sign(p, id)).then().statusCode(409).body("errors.field", contains("nominationIds"));
        assertEquals(NominationStatus.POSTED, fixtures.status(p.nomination()));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from award_record where nomination_id = '"
                + p.nomination() + "'"));
        given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("upheld", false, "resolution", "Không có cơ sở."))
                .post("/api/v1/objections/" + objection + "/resolution").then().statusCode(200);
        given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body("{}")
                .post(sign(p, id)).then().statusCode(200).body("status", equalTo("SIGNED"));
    }

    @Test
    void signingNumbersGapFreeWritesRecordsWithCashAndPublishesAwardDecided() throws Exception {
        Posted p = posted("Võ Thị Hồng");
        UUID second = fixtures.nomination(p.round(), "Đặng Văn Phúc", DecisionFixtures.GIAY_KHEN,
                NomineeKind.INDIVIDUAL, NominationStatus.POSTED);
        String first = draft(p);
        String other = given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", p.round().roundId(), "title", "Về việc tặng Giấy khen (đợt 2)", "nominationIds",
                        List.of(second)))
                .post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        clock.setOffset(Duration.ofDays(40));
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body("{}")
                    .post(sign(p, first)).then().statusCode(200)
                    .body("number", equalTo("1/QĐ-UBND")).body("signerTitle", equalTo("Chủ tịch"));
            given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON)
                    .body(Map.of("signerTitle", "Phó Chủ tịch")).post(sign(p, other)).then().statusCode(200)
                    .body("number", equalTo("2/QĐ-UBND"));
            given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body("{}")
                    .post(sign(p, first)).then().statusCode(409);
            assertEquals(NominationStatus.DECIDED, fixtures.status(p.nomination()));
            assertEquals("702000", TestDatabase.text(DB, "select cash_amount_vnd from award_record where nomination_id = '"
                    + p.nomination() + "'"));
            var event = awards.await(Duration.ofSeconds(20), "\"AwardDecided\"", p.nomination().toString());
            assertTrue(event.value().contains("\"decisionNumber\":\"1/QĐ-UBND\"")
                    && event.value().contains("\"source\":\"COMMUNE\"")
                    && event.value().contains("\"cashAmountVnd\":702000"), event.value());
        }
        byte[] docx = given().header("Authorization", p.round().commune().officeToken())
                .get("/api/v1/decisions/" + first + "/document?format=docx").then().statusCode(200).extract().asByteArray();
        String text;
        try (var extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            text = extractor.getText();
        }
        for (String expected : List.of("QUYẾT ĐỊNH", "Số: 1/QĐ-UBND", "Về việc tặng Giấy khen năm 2025",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1.", "Võ Thị Hồng", "702.000",
                "Căn cứ Luật Thi đua, khen thưởng")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        byte[] pdf = given().header("Authorization", p.round().commune().officeToken())
                .get("/api/v1/decisions/" + first + "/document?format=pdf").then().statusCode(200).extract().asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(doc);
            assertTrue(pdfText.contains("1/QĐ-UBND") && pdfText.contains("Võ Thị Hồng"), pdfText);
        }
        given().header("Authorization", p.round().commune().officeToken())
                .get("/api/v1/decisions/" + first + "/document?format=odt").then().statusCode(400);
        given().get("/api/v1/public/honours?commune=" + p.round().communeCode()).then().statusCode(200)
                .body("items.nomineeName", hasItem("Võ Thị Hồng")).body("items.decisionNumber", hasItem("1/QĐ-UBND"));
    }

    @Test
    void annulmentTakesTheAwardOffTheHonoursBoard() {
        Posted p = posted("Lâm Thị Kim");
        String id = draft(p);
        clock.setOffset(Duration.ofDays(40));
        given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body("{}")
                .post(sign(p, id)).then().statusCode(200);
        String record = TestDatabase.text(DB, "select id from award_record where nomination_id = '" + p.nomination() + "'");
        String path = "/api/v1/award-records/" + record + "/annulment";
        Map<String, Object> body = Map.of("reason", "Kê khai thành tích không trung thực", "decisionRef",
                "15/QĐ-UBND ngày 10/01/2027");
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().header("Authorization", p.round().commune().councilToken()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(403);
        given().header("Authorization", Communes.create().leaderToken()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(404);
        given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post(path).then().statusCode(400).body("errors.field", hasItem("decisionRef"));
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            given().header("Authorization", p.round().commune().leaderToken()).contentType(ContentType.JSON).body(body)
                    .post(path).then().statusCode(200).body("annulled", equalTo(true));
            awards.await(Duration.ofSeconds(20), "\"AwardAnnulled\"", record);
        }
        given().header("Authorization", p.round().commune().officeToken()).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(409);
        assertEquals(NominationStatus.ANNULLED, fixtures.status(p.nomination()));
        given().get("/api/v1/public/honours?commune=" + p.round().communeCode()).then().statusCode(200)
                .body("items.nomineeName", not(hasItem("Lâm Thị Kim")));
    }
}
