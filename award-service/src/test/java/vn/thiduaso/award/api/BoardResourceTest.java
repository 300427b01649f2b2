package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.award.BoardFixtures.COMMUNE_FORM;
import static vn.thiduaso.award.BoardFixtures.HIGHER_FORM;
import static vn.thiduaso.award.BoardFixtures.count;
import static vn.thiduaso.award.BoardFixtures.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.BoardFixtures;
import vn.thiduaso.award.BoardFixtures.World;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

/** Forwarding posted dossiers to the city board and the board's decisions coming back. */
@QuarkusTest
class BoardResourceTest {

    private static final String FORWARDINGS = "/api/v1/forwardings";
    private static final String BOARD = "/api/v1/board/nominations";

    private static Map<String, Object> forward(World w, UUID... ids) {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", w.roundId().toString());
        body.put("nominationIds", List.of(ids).stream().map(UUID::toString).toList());
        body.put("letterNumber", "25/TTr-UBND");
        return body;
    }

    private static Map<String, Object> accepted(String number) {
        return Map.of("outcome", "ACCEPTED", "decisionNumber", number, "decisionDate", "2025-12-20",
                "decidingBody", "Chủ tịch UBND thành phố");
    }

    private static String forwardOne(World w, UUID id) {
        return given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(forward(w, id))
                .when().post(FORWARDINGS).then().statusCode(201).extract().path("id");
    }

    @Test
    void forwardingNeedsATokenAndTheOfficeRole() {
        World w = BoardFixtures.world();
        UUID n = BoardFixtures.postedNomination(w, HIGHER_FORM, "Nguyễn Văn An", 3);
        given().contentType(ContentType.JSON).body(forward(w, n)).when().post(FORWARDINGS)
                .then().statusCode(401).contentType("application/problem+json");
        for (String token : new String[] { w.c().leaderToken(), w.c().unitToken(), w.c().boardToken(), w.c().councilToken() }) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(forward(w, n)).when().post(FORWARDINGS)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        // another commune's office does not see the round
        World other = BoardFixtures.world();
        given().header("Authorization", other.c().officeToken()).contentType(ContentType.JSON).body(forward(w, n))
                .when().post(FORWARDINGS)
                .then().statusCode(400).body("errors.field", hasItem("roundId"));
        assertEquals("POSTED", text("select status from nomination where id = '%s'", n));
    }

    @Test
    void aCommuneFormOrAnOpenWindowOrAnOpenObjectionIsNotForwarded() {
        World w = BoardFixtures.world();
        UUID communeForm = BoardFixtures.postedNomination(w, COMMUNE_FORM, "Trần Thị Bình", 3);
        UUID stillPosted = BoardFixtures.postedNomination(w, HIGHER_FORM, "Lê Văn Cường", -2);
        UUID objected = BoardFixtures.postedNomination(w, HIGHER_FORM, "Phạm Thị Dung", 3);
        BoardFixtures.sql("insert into objection (id, posting_id, nomination_id, sender_name, contact, text, received_at, status)"
                + " select '%s', posting_id, nomination_id, 'Người dân', '0900000000', 'Chưa đúng', now(), 'OPEN'"
                + " from public_posting_item where nomination_id = '%s'", UUID.randomUUID(), objected);

        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(forward(w, communeForm))
                .when().post(FORWARDINGS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("nominationIds[0]"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(forward(w, stillPosted))
                .when().post(FORWARDINGS)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("nominationIds[0]"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(forward(w, objected))
                .when().post(FORWARDINGS)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("phản ánh"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of()))
                .when().post(FORWARDINGS)
                .then().statusCode(400).body("errors.field", hasItem("nominationIds"));
        assertEquals(0, count("select count(*) from forwarding where round_id = '%s'", w.roundId()));
        assertEquals(3, count("select count(*) from nomination where round_id = '%s' and status = 'POSTED'", w.roundId()));
    }

    @Test
    void officeForwardsToTheCityBoardWithABundleAndAnEvent() throws IOException {
        World w = BoardFixtures.world();
        UUID n = BoardFixtures.postedNomination(w, HIGHER_FORM, "Nguyễn Thị Hương", 1);
        byte[] pdf = "%PDF-1.7 tờ trình".getBytes(StandardCharsets.UTF_8);
        BoardFixtures.attachment(n, "tờ trình.pdf", pdf);
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            var created = given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                    .body(forward(w, n)).when().post(FORWARDINGS)
                    .then().statusCode(201).extract();
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith("/api/v1/forwardings/" + id));
            assertEquals("FORWARDED", text("select status from nomination where id = '%s'", n));
            assertEquals(w.c().city().path(), text("select board_unit_path from forwarding where id = '%s'", id));
            assertEquals(1, count("select count(*) from nomination_log where nomination_id = '%s' and action = 'FORWARDED'", n));
            awards.await(Duration.ofSeconds(20), "\"NominationForwarded\"", n.toString(),
                    "\"boardUnitPath\":\"" + w.c().city().path() + "\"", "\"formName\":\"Bằng khen");

            // the office reads it; so does the city board; another commune's office does not
            given().header("Authorization", w.c().officeToken()).when().get(FORWARDINGS + "/" + id)
                    .then().statusCode(200).body("items[0].nomineeName", equalTo("Nguyễn Thị Hương"))
                    .body("items[0].status", equalTo("FORWARDED")).body("letterNumber", equalTo("25/TTr-UBND"));
            given().header("Authorization", w.c().boardToken()).when().get(FORWARDINGS + "?roundId=" + w.roundId())
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
            given().header("Authorization", BoardFixtures.world().c().officeToken()).when().get(FORWARDINGS + "/" + id)
                    .then().statusCode(404);
            given().header("Authorization", w.c().unitToken()).when().get(FORWARDINGS + "/" + id).then().statusCode(403);

            byte[] zip = given().header("Authorization", w.c().boardToken()).when().get(FORWARDINGS + "/" + id + "/bundle")
                    .then().statusCode(200).contentType("application/zip").extract().asByteArray();
            Map<String, byte[]> entries = unzip(zip);
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(entries.get("To-trinh.docx")));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                String letter = extractor.getText();
                assertTrue(letter.contains("TỜ TRÌNH"), letter);
                assertTrue(letter.contains("Số: 25/TTr-UBND"), letter);
                assertTrue(letter.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), letter);
                assertTrue(letter.contains("Nguyễn Thị Hương"), letter);
                assertTrue(letter.contains("Ban Thi đua - Khen thưởng " + w.c().city().name()), letter);
            }
            try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(entries.get("Danh-sach-de-nghi.xlsx")))) {
                assertEquals("Nguyễn Thị Hương", xlsx.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
                assertEquals("Bằng khen của Chủ tịch UBND tỉnh/thành phố",
                        xlsx.getSheetAt(0).getRow(1).getCell(6).getStringCellValue());
            }
            assertEquals(new String(pdf, StandardCharsets.UTF_8),
                    new String(entries.get("01 - Nguyễn Thị Hương/SUBMISSION_LETTER - tờ trình.pdf"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void boardListsOnlyWhatWasForwardedToItsSubtree() {
        World w = BoardFixtures.world();
        UUID n = BoardFixtures.postedNomination(w, HIGHER_FORM, "Đỗ Minh Khôi", 1);
        UUID attachment = BoardFixtures.attachment(n, "bao-cao.pdf", "%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8));
        BoardFixtures.sql("insert into council_session (id, round_id, commune_path, title, status, created_at, created_by)"
                + " values ('%s', '%s', '%s', 'Phiên họp', 'CLOSED', now(), 'test')", UUID.randomUUID(), w.roundId(),
                w.c().commune().path());
        String session = text("select id from council_session where round_id = '%s'", w.roundId());
        for (int i = 0; i < 5; i++) {
            BoardFixtures.sql("insert into council_member (session_id, user_id, username, seat) values ('%s', '%s', 'm%d',"
                    + " 'MEMBER')", session, UUID.randomUUID(), i);
        }
        BoardFixtures.sql("insert into council_agenda_item (session_id, nomination_id, position, agree, disagree, abstain,"
                + " recused, passed) values ('%s', '%s', 0, 4, 0, 0, 1, true)", session, n);
        String forwarding = forwardOne(w, n);

        given().when().get(BOARD).then().statusCode(401);
        given().header("Authorization", w.c().officeToken()).when().get(BOARD).then().statusCode(403);
        given().header("Authorization", w.c().boardToken()).when().get(BOARD + "?status=FORWARDED")
                .then().statusCode(200)
                .body("items.find { it.nominationId == '" + n + "' }.forwardingId", equalTo(forwarding))
                .body("items.find { it.nominationId == '" + n + "' }.commune.name", equalTo(w.c().commune().name()))
                .body("items.find { it.nominationId == '" + n + "' }.council.agree", equalTo(4))
                .body("items.find { it.nominationId == '" + n + "' }.council.totalMembers", equalTo(5))
                .body("items.find { it.nominationId == '" + n + "' }.nominee.dateOfBirth", equalTo("1985-04-12"))
                .body("items.find { it.nominationId == '" + n + "' }.attachments[0].fileName", equalTo("bao-cao.pdf"));
        given().header("Authorization", w.c().boardToken()).when().get(BOARD + "?status=DECIDED")
                .then().statusCode(200).body("items.nominationId", not(hasItem(n.toString())));
        given().header("Authorization", w.c().boardToken()).when().get(BOARD + "?status=DRAFT")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        String otherBoard = Tokens.role("board").unit(UUID.randomUUID(), "/tp-khac").scope("/tp-khac").bearer();
        given().header("Authorization", otherBoard).when().get(BOARD)
                .then().statusCode(200).body("items.nominationId", not(hasItem(n.toString())));
        given().header("Authorization", otherBoard).when().get(BOARD + "/" + n).then().statusCode(404);
        given().header("Authorization", w.c().boardToken()).when().get(BOARD + "/" + n)
                .then().statusCode(200).body("status", equalTo("FORWARDED")).body("boardDecision", equalTo(null));
        String bytes = given().header("Authorization", w.c().boardToken())
                .when().get(BOARD + "/" + n + "/attachments/" + attachment)
                .then().statusCode(200).extract().asString();
        assertEquals("%PDF-1.4 báo cáo", bytes);
        given().header("Authorization", otherBoard).when().get(BOARD + "/" + n + "/attachments/" + attachment)
                .then().statusCode(404);
    }

    @Test
    void acceptedDecisionRecordsTheAwardOnceAndAReplayReturnsTheSameReceipt() {
        World w = BoardFixtures.world();
        UUID n = BoardFixtures.postedNomination(w, HIGHER_FORM, "Vũ Thị Lan", 1);
        forwardOne(w, n);
        String url = BOARD + "/" + n + "/decision";
        String key = UUID.randomUUID().toString();
        // one board account: a key is the same caller's (the token's subject)
        String boardToken = w.c().boardToken();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(accepted("125/QĐ-UBND"))
                .when().post(url).then().statusCode(401);
        given().header("Authorization", w.c().leaderToken()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(accepted("125/QĐ-UBND")).when().post(url).then().statusCode(403);
        given().header("Authorization", boardToken).contentType(ContentType.JSON).body(accepted("125/QĐ-UBND"))
                .when().post(url).then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        given().header("Authorization", boardToken).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPTED", "decisionDate", "2025-12-20"))
                .when().post(url).then().statusCode(400).body("errors.field", hasItem("decisionNumber"));
        String otherBoard = Tokens.role("board").unit(UUID.randomUUID(), "/tp-khac").scope("/tp-khac").bearer();
        given().header("Authorization", otherBoard).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(accepted("125/QĐ-UBND")).when().post(url).then().statusCode(404);
        assertEquals("FORWARDED", text("select status from nomination where id = '%s'", n));

        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            var first = given().header("Authorization", boardToken).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(accepted("125/QĐ-UBND"))
                    .when().post(url).then().statusCode(201)
                    .body("nominationId", equalTo(n.toString())).body("outcome", equalTo("ACCEPTED"))
                    .body("decisionNumber", equalTo("125/QĐ-UBND")).extract();
            String receipt = first.path("receiptId");
            String record = first.path("awardRecordId");
            assertNotNull(record);
            assertEquals("DECIDED", text("select status from nomination where id = '%s'", n));
            assertEquals("BOARD", text("select source from award_record where id = '%s'", record));
            // coefficient 1.0 × the base salary in force on 2025-12-20 (2 340 000 đồng)
            assertEquals("2340000", text("select cash_amount_vnd from award_record where id = '%s'", record));
            assertEquals("PROVINCE_CHAIRMAN", text("select deciding_authority from award_record where id = '%s'", record));
            awards.await(Duration.ofSeconds(20), "\"AwardDecided\"", n.toString(), "\"source\":\"BOARD\"",
                    "\"cashAmountVnd\":2340000", "\"decisionNumber\":\"125/QĐ-UBND\"");

            // the same key and body: the same receipt, nothing new
            given().header("Authorization", boardToken).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(accepted("125/QĐ-UBND"))
                    .when().post(url).then().statusCode(200)
                    .body("receiptId", equalTo(receipt)).body("awardRecordId", equalTo(record));
            // the same key, another body: 409, nothing changed
            given().header("Authorization", boardToken).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(accepted("999/QĐ-UBND"))
                    .when().post(url).then().statusCode(409).contentType("application/problem+json");
            // a new key for a decided dossier: 409
            given().header("Authorization", boardToken).header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON).body(accepted("126/QĐ-UBND"))
                    .when().post(url).then().statusCode(409);
            assertEquals(1, count("select count(*) from award_record where nomination_id = '%s'", n));
            assertEquals(1, count("select count(*) from board_decision where nomination_id = '%s'", n));
            assertEquals(1, awards.collect(Duration.ofSeconds(2), "\"AwardDecided\"", n.toString()).size());
            given().header("Authorization", boardToken).when().get(BOARD + "/" + n)
                    .then().statusCode(200).body("status", equalTo("DECIDED"))
                    .body("boardDecision.receiptId", equalTo(receipt));
        }
    }

    @Test
    void refusedDecisionClosesTheDossierWithAnEvent() {
        World w = BoardFixtures.world();
        UUID n = BoardFixtures.postedNomination(w, HIGHER_FORM, "Hoàng Văn Nam", 1);
        UUID notForwarded = BoardFixtures.postedNomination(w, HIGHER_FORM, "Bùi Thị Oanh", 1);
        forwardOne(w, n);
        given().header("Authorization", w.c().boardToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(accepted("1/QĐ-UBND"))
                .when().post(BOARD + "/" + notForwarded + "/decision").then().statusCode(404);
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            given().header("Authorization", w.c().boardToken()).header("Idempotency-Key", "refuse-" + n)
                    .contentType(ContentType.JSON)
                    .body(Map.of("outcome", "REFUSED", "decisionNumber", "48/BTĐKT-NV", "decisionDate", "2025-12-20",
                            "note", "Chưa đủ hai năm liên tục đạt danh hiệu"))
                    .when().post(BOARD + "/" + n + "/decision")
                    .then().statusCode(201).body("outcome", equalTo("REFUSED")).body("awardRecordId", equalTo(null));
            assertEquals("REFUSED", text("select status from nomination where id = '%s'", n));
            assertEquals(0, count("select count(*) from award_record where nomination_id = '%s'", n));
            awards.await(Duration.ofSeconds(20), "\"NominationRefused\"", n.toString(),
                    "\"note\":\"Chưa đủ hai năm liên tục đạt danh hiệu\"");
        }
        assertEquals("POSTED", text("select status from nomination where id = '%s'", notForwarded));
        assertEquals(0L, count("select count(*) from board_decision where nomination_id = '%s'", notForwarded));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
