package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.api.CouncilFixtures.Councillor;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.platform.test.Tokens;

@QuarkusTest
class CouncilSessionResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/api/v1/council-sessions";

    @Inject
    CouncilFixtures fx;

    @Inject
    AwardClock clock;

    /** A commune with a round, five council members (chair, secretary, three members) and two appraised dossiers. */
    record Setup(Commune c, UUID roundId, UUID ruleSetId, Councillor chair, Councillor secretary, Councillor m1,
            Councillor m2, Councillor m3, UUID a, UUID b) {

        List<Councillor> members() {
            return List.of(chair, secretary, m1, m2, m3);
        }
    }

    private Setup setup() {
        Commune c = Communes.create();
        UUID ruleSet = fx.ruleSet(50);
        UUID round = fx.round(c);
        Councillor chair = fx.councillor(c, "chutich", "Nguyễn Văn Hùng");
        Councillor secretary = fx.councillor(c, "thuky", "Trần Thị Mai");
        Councillor m1 = fx.councillor(c, "uyvien1", "Lê Quang Đức");
        Councillor m2 = fx.councillor(c, "uyvien2", "Phạm Thị Hằng");
        Councillor m3 = fx.councillor(c, "uyvien3", "Vũ Đình Khải");
        UUID a = fx.nomination(c, round, ruleSet, "Đỗ Thị Lan", NominationStatus.APPRAISED);
        UUID b = fx.nomination(c, round, ruleSet, "Hoàng Văn Bình", NominationStatus.APPRAISED);
        return new Setup(c, round, ruleSet, chair, secretary, m1, m2, m3, a, b);
    }

    private static Map<String, Object> createBody(Setup s, boolean secret, List<UUID> nominationIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", s.roundId().toString());
        body.put("title", "Phiên họp xét khen thưởng năm 2026");
        body.put("scheduledOn", "2026-12-20");
        body.put("location", "Hội trường UBND xã");
        body.put("secretBallot", secret);
        body.put("members", List.of(
                Map.of("userId", s.chair().id().toString(), "seat", "CHAIR"),
                Map.of("userId", s.secretary().id().toString(), "seat", "SECRETARY"),
                Map.of("userId", s.m1().id().toString(), "seat", "MEMBER"),
                Map.of("userId", s.m2().id().toString(), "seat", "MEMBER"),
                Map.of("userId", s.m3().id().toString(), "seat", "MEMBER")));
        if (nominationIds != null) {
            body.put("nominationIds", nominationIds.stream().map(UUID::toString).toList());
        }
        return body;
    }

    private static String create(Setup s, boolean secret) {
        return given().header("Authorization", s.c().officeToken()).contentType(ContentType.JSON)
                .body(createBody(s, secret, null))
                .when().post(BASE)
                .then().statusCode(201)
                .extract().path("id");
    }

    private static Response put(String token, String path, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).when().put(BASE + path);
    }

    private static Response post(String token, String path, Object body) {
        var spec = given().header("Authorization", token).contentType(ContentType.JSON);
        return (body == null ? spec : spec.body(body)).when().post(BASE + path);
    }

    private static Map<String, Object> vote(UUID nominationId, String choice) {
        return Map.of("nominationId", nominationId.toString(), "choice", choice);
    }

    private static Map<String, Object> ballots(Map<String, Object>... votes) {
        return Map.of("votes", List.of(votes));
    }

    private static void presentAndOpen(Setup s, String id, List<Councillor> present) {
        put(s.secretary().token(s.c()), "/" + id + "/attendance",
                Map.of("present", present.stream().map(p -> p.id().toString()).toList()))
                .then().statusCode(200).body("presentCount", equalTo(present.size()));
        post(s.chair().token(s.c()), "/" + id + "/open",
                Map.of("votingClosesAt", Instant.now().plus(2, ChronoUnit.HOURS).toString()))
                .then().statusCode(200).body("status", equalTo("OPEN"));
    }

    private static JsonNode payload(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value()).get("payload");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // --- the whole session ---------------------------------------------------------------------------

    @Test
    void councilVotesWithOneRecusalAndPassesOnlyWhatReachesTheThresholdOfTheTotalMembership() throws Exception {
        Setup s = setup();
        Commune c = s.c();
        try (TestKafka.TopicProbe awards = TestKafka.probe("awards")) {
            Response created = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                    .body(createBody(s, false, null))
                    .when().post(BASE)
                    .then().statusCode(201)
                    .header("Location", containsString(BASE + "/"))
                    .body("status", equalTo("PLANNED"))
                    .body("roundTitle", equalTo("Khen thưởng tổng kết phong trào thi đua năm 2026"))
                    .body("totalMembers", equalTo(5))
                    .body("presentCount", equalTo(0))
                    .body("quorumMet", equalTo(false))
                    .body("members[0].seat", equalTo("CHAIR"))
                    .body("members[0].fullName", equalTo("Nguyễn Văn Hùng"))
                    .body("members[1].seat", equalTo("SECRETARY"))
                    .body("agenda.nomineeName", contains("Đỗ Thị Lan", "Hoàng Văn Bình"))
                    .body("agenda[0].formName", equalTo("Giấy khen của Chủ tịch UBND xã/phường"))
                    .body("agenda[0].thresholdPercent", equalTo(50))
                    .body("agenda[0].tally", nullValue())
                    .extract().response();
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith(BASE + "/" + id));
            assertEquals(NominationStatus.IN_COUNCIL, fx.status(s.a()));
            assertEquals("SENT_TO_COUNCIL", fx.lastLog(s.a()).action.name());
            assertEquals("Hội đồng Thi đua - Khen thưởng", fx.lastLog(s.a()).toParty);

            // the office sees it; a member sees it with their seat
            given().header("Authorization", s.m1().token(c)).when().get(BASE + "/" + id)
                    .then().statusCode(200).body("me.member", equalTo(true)).body("me.seat", equalTo("MEMBER"));
            given().header("Authorization", s.m1().token(c)).when().get(BASE + "?roundId=" + s.roundId())
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

            // four of five present (m3 absent): the quorum of 50% is met; the chair opens the vote
            presentAndOpen(s, id, List.of(s.chair(), s.secretary(), s.m1(), s.m2()));
            JsonNode opened = payload(awards.await(WAIT, "\"CouncilSessionOpened\"", id));
            assertEquals(s.roundId().toString(), opened.get("roundId").asText());
            assertEquals(c.commune().path(), opened.get("communePath").asText());
            assertEquals(5, opened.get("members").size());
            assertEquals(2, opened.get("nominationIds").size());
            assertTrue(opened.get("votingClosesAt").asText().endsWith("Z"));

            // m2 recuses on A (a relative in the nominating unit); then votes on B only
            post(s.m2().token(c), "/" + id + "/recusals", Map.of("nominationId", s.a().toString(),
                    "reason", "Người được đề nghị là em gái tôi"))
                    .then().statusCode(200)
                    .body("agenda[0].iRecused", equalTo(true))
                    .body("agenda[0].recusals[0].fullName", equalTo("Phạm Thị Hằng"))
                    .body("agenda[0].recusals[0].reason", equalTo("Người được đề nghị là em gái tôi"));
            post(s.chair().token(c), "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"), vote(s.b(), "AGREE")))
                    .then().statusCode(200)
                    .body("agenda[0].myChoice", equalTo("AGREE"))
                    .body("agenda[0].votedCount", equalTo(1))
                    .body("agenda[0].tally", nullValue())
                    .body("members[0].voted", equalTo(true));
            JsonNode completed = payload(awards.await(WAIT, "\"CouncilBallotCompleted\"", s.chair().id().toString()));
            assertEquals(id, completed.get("sessionId").asText());
            assertEquals(s.chair().username(), completed.get("username").asText());
            post(s.secretary().token(c), "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"), vote(s.b(), "AGREE")))
                    .then().statusCode(200);
            post(s.m1().token(c), "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"), vote(s.b(), "DISAGREE")))
                    .then().statusCode(200);
            post(s.m2().token(c), "/" + id + "/ballots", ballots(vote(s.b(), "ABSTAIN")))
                    .then().statusCode(200).body("agenda[1].myChoice", equalTo("ABSTAIN"));
            payload(awards.await(WAIT, "\"CouncilBallotCompleted\"", s.m2().id().toString()));

            // only the chair closes
            post(s.secretary().token(c), "/" + id + "/close", null).then().statusCode(403)
                    .contentType("application/problem+json");
            // A: 3 agree of 5 members = 60% ≥ 50% → passed; B: 2 of 5 = 40% → rejected,
            // although 2 of the 4 present would be 50%: the threshold counts the total membership
            post(s.chair().token(c), "/" + id + "/close", null).then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("closedAt", notNullValue())
                    .body("agenda[0].tally.agree", equalTo(3))
                    .body("agenda[0].tally.recused", equalTo(1))
                    .body("agenda[0].tally.notVoted", equalTo(1))
                    .body("agenda[0].tally.passed", equalTo(true))
                    .body("agenda[1].tally.agree", equalTo(2))
                    .body("agenda[1].tally.disagree", equalTo(1))
                    .body("agenda[1].tally.abstain", equalTo(1))
                    .body("agenda[1].tally.passed", equalTo(false))
                    // an open ballot: who chose what is on the record after the close
                    .body("agenda[1].ballots.find { it.fullName == 'Lê Quang Đức' }.choice", equalTo("DISAGREE"));
            assertEquals(NominationStatus.PASSED, fx.status(s.a()));
            assertEquals(NominationStatus.REJECTED, fx.status(s.b()));
            assertEquals(List.of("SENT_TO_COUNCIL", "COUNCIL_PASSED"), fx.logActions(s.a()));
            assertEquals("COUNCIL_REJECTED", fx.lastLog(s.b()).action.name());
            assertTrue(fx.lastLog(s.b()).note.contains("Tán thành 2/5"), fx.lastLog(s.b()).note);

            JsonNode closed = payload(awards.await(WAIT, "\"CouncilVoteClosed\"", id));
            assertEquals(5, closed.get("totalMembers").asInt());
            assertEquals(2, closed.get("results").size());
            JsonNode ra = closed.get("results").get(0);
            assertEquals(s.a().toString(), ra.get("nominationId").asText());
            assertEquals(c.village().id().toString(), ra.get("nominatingUnitId").asText());
            assertEquals(c.village().path(), ra.get("nominatingUnitPath").asText());
            assertEquals("Đỗ Thị Lan", ra.get("nomineeName").asText());
            assertEquals("Giấy khen của Chủ tịch UBND xã/phường", ra.get("formName").asText());
            assertEquals(3, ra.get("agree").asInt());
            assertEquals(1, ra.get("recused").asInt());
            assertTrue(ra.get("passed").asBoolean());
            assertFalse(closed.get("results").get(1).get("passed").asBoolean());
        }
    }

    @Test
    void minutesAreAnNd30DocumentWithAttendanceAndTheTallyAsDocxAndPdf() throws Exception {
        Setup s = setup();
        Commune c = s.c();
        String id = create(s, false);
        given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id + "/minutes?format=pdf")
                .then().statusCode(409).contentType("application/problem+json");
        presentAndOpen(s, id, List.of(s.chair(), s.secretary(), s.m1(), s.m2()));
        post(s.m2().token(c), "/" + id + "/recusals", Map.of("nominationId", s.a().toString(), "reason", "Cùng đơn vị công tác"))
                .then().statusCode(200);
        for (Councillor m : List.of(s.chair(), s.secretary(), s.m1())) {
            post(m.token(c), "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"), vote(s.b(), "DISAGREE"))).then().statusCode(200);
        }
        post(s.chair().token(c), "/" + id + "/close", null).then().statusCode(200);

        byte[] docx = given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id + "/minutes?format=docx")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString(".docx"))
                .extract().asByteArray();
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            text = x.getText();
        }
        for (String expected : List.of("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "ỦY BAN NHÂN DÂN XÃ VĨNH THỬ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN", "/BB-HĐTĐKT", "Họp Hội đồng Thi đua - Khen thưởng",
                "Tổng số thành viên Hội đồng: 5; có mặt: 4; vắng mặt: 1", "Vũ Đình Khải", "Vắng mặt", "Chủ tịch Hội đồng",
                "Đỗ Thị Lan", "Hoàng Văn Bình", "Thông qua (ngưỡng 50%)", "Không thông qua",
                "Phạm Thị Hằng không tham gia biểu quyết hồ sơ Đỗ Thị Lan: Cùng đơn vị công tác", "CHỦ TỊCH HỘI ĐỒNG",
                "Nơi nhận", "./.")) {
            assertTrue(text.contains(expected), "DOCX minutes miss «" + expected + "»:\n" + text);
        }

        byte[] pdf = given().header("Authorization", s.m3().token(c)).when().get(BASE + "/" + id + "/minutes?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String p = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            for (String expected : List.of("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "BIÊN BẢN", "Đỗ Thị Lan", "Không thông qua",
                    "Nguyễn Văn Hùng")) {
                assertTrue(p.contains(expected), "PDF minutes miss «" + expected + "»:\n" + p);
            }
        }
        given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id + "/minutes?format=odt")
                .then().statusCode(400).body("errors.field", hasItem("format"));
        given().header("Authorization", c.unitToken()).when().get(BASE + "/" + id + "/minutes?format=pdf")
                .then().statusCode(404);
        given().when().get(BASE + "/" + id + "/minutes?format=pdf").then().statusCode(401);
    }

    // --- secret ballot -----------------------------------------------------------------------------

    @Test
    void secretBallotShowsThatMembersVotedButNeverWhoChoseWhat() throws Exception {
        Setup s = setup();
        Commune c = s.c();
        String id = create(s, true);
        presentAndOpen(s, id, s.members());
        post(s.m1().token(c), "/" + id + "/ballots", ballots(vote(s.a(), "DISAGREE"), vote(s.b(), "AGREE"))).then().statusCode(200);
        // another member and the office see that m1 voted, and how many voted, not the choice
        for (String token : List.of(s.m2().token(c), c.officeToken(), c.leaderToken())) {
            given().header("Authorization", token).when().get(BASE + "/" + id).then().statusCode(200)
                    .body("secretBallot", equalTo(true))
                    .body("members.find { it.userId == '" + s.m1().id() + "' }.voted", equalTo(true))
                    .body("members.find { it.userId == '" + s.m2().id() + "' }.voted", equalTo(false))
                    .body("agenda[0].votedCount", equalTo(1))
                    .body("agenda.myChoice", everyItem(nullValue()))
                    .body("agenda[0].tally", nullValue())
                    .body("agenda[0].ballots", nullValue());
        }
        // the voter sees their own choice
        given().header("Authorization", s.m1().token(c)).when().get(BASE + "/" + id).then().statusCode(200)
                .body("agenda[0].myChoice", equalTo("DISAGREE"));
        for (Councillor m : List.of(s.chair(), s.secretary(), s.m2(), s.m3())) {
            post(m.token(c), "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"), vote(s.b(), "AGREE"))).then().statusCode(200);
        }
        String body = post(s.chair().token(c), "/" + id + "/close", null).then().statusCode(200)
                .body("agenda[0].tally.agree", equalTo(4))
                .body("agenda[0].tally.disagree", equalTo(1))
                .body("agenda[0].ballots", nullValue())
                .extract().asString();
        assertFalse(body.contains("\"choice\""), "a closed secret ballot names no choice: " + body);
        String asOffice = given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id).then().statusCode(200)
                .extract().asString();
        assertFalse(asOffice.contains("DISAGREE"), asOffice);
        byte[] docx = given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id + "/minutes?format=docx")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            String text = x.getText();
            assertTrue(text.contains("bỏ phiếu kín"), text);
            assertFalse(text.contains("không tán thành;") || text.contains("Lê Quang Đức không tán thành"), text);
        }
    }

    // --- bad ballots (the list) --------------------------------------------------------------

    @Test
    void badBallotsAreProblemsNamingTheFieldAndChangeNothing() {
        Setup s = setup();
        Commune c = s.c();
        String id = create(s, false);
        String chair = s.chair().token(c);

        // before the chair opens the vote
        post(chair, "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"))).then().statusCode(409)
                .contentType("application/problem+json");
        presentAndOpen(s, id, s.members());

        post(chair, "/" + id + "/ballots", ballots(vote(s.a(), "AGREE"))).then().statusCode(200);
        // voting twice on the same nomination
        post(chair, "/" + id + "/ballots", ballots(vote(s.a(), "DISAGREE"))).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("votes[0].nominationId"));
        // twice in one request: the second names its index, and the first (B) is not kept either
        post(chair, "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"), vote(s.b(), "DISAGREE"))).then().statusCode(409)
                .body("errors[0].field", equalTo("votes[1].nominationId"));
        // a nomination not on the agenda
        post(chair, "/" + id + "/ballots", ballots(vote(UUID.randomUUID(), "AGREE"))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("votes[0].nominationId"));
        // no choice, an unknown choice, no votes
        post(chair, "/" + id + "/ballots", Map.of("votes", List.of(Map.of("nominationId", s.b().toString()))))
                .then().statusCode(400).body("errors.field", hasItem("votes[0].choice"));
        post(chair, "/" + id + "/ballots", ballots(vote(s.b(), "MAYBE"))).then().statusCode(400)
                .contentType("application/problem+json");
        post(chair, "/" + id + "/ballots", Map.of("votes", List.of())).then().statusCode(400)
                .body("errors.field", hasItem("votes"));
        // a recused member voting
        post(s.m2().token(c), "/" + id + "/recusals", Map.of("nominationId", s.a().toString(), "reason", "Người thân"))
                .then().statusCode(200);
        post(s.m2().token(c), "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"), vote(s.a(), "AGREE"))).then().statusCode(409)
                .body("errors[0].field", equalTo("votes[1].nominationId"));
        // recusal after voting on it, recusal without a reason
        post(chair, "/" + id + "/recusals", Map.of("nominationId", s.a().toString(), "reason", "Muộn")).then().statusCode(409)
                .body("errors[0].field", equalTo("nominationId"));
        post(s.m1().token(c), "/" + id + "/recusals", Map.of("nominationId", s.a().toString(), "reason", " ")).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        // someone outside the council: a council user of the commune who is not a member, the leader, the office
        Councillor outsider = fx.councillor(c, "ngoai", "Đinh Văn Ngoại");
        post(outsider.token(c), "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"))).then().statusCode(403)
                .contentType("application/problem+json");
        post(c.leaderToken(), "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"))).then().statusCode(403);
        post(c.officeToken(), "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"))).then().statusCode(403);
        // outside the commune: 404; without a token: 401
        Commune other = Communes.create();
        post(Tokens.role("council").unit(other.office().id(), other.office().path()).scope(other.commune().path()).bearer(),
                "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"))).then().statusCode(404);
        given().contentType(ContentType.JSON).body(ballots(vote(s.b(), "AGREE"))).when().post(BASE + "/" + id + "/ballots")
                .then().statusCode(401);

        // nothing of the above was counted: one vote on A (the chair's), none on B
        given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id).then().statusCode(200)
                .body("agenda[0].votedCount", equalTo(1))
                .body("agenda[1].votedCount", equalTo(0))
                .body("agenda[0].recusals.size()", equalTo(1));

        // after the voting window: the test clock moves past it (never a sleep)
        clock.setOffset(Duration.ofHours(3));
        try {
            post(s.m1().token(c), "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"))).then().statusCode(409)
                    .body("detail", containsString("hết thời hạn biểu quyết"));
        } finally {
            clock.setOffset(Duration.ZERO);
        }
        // after the close
        post(chair, "/" + id + "/close", null).then().statusCode(200);
        post(s.m1().token(c), "/" + id + "/ballots", ballots(vote(s.b(), "AGREE"))).then().statusCode(409)
                .body("detail", containsString("đã kết thúc"));
        post(chair, "/" + id + "/close", null).then().statusCode(409);
        given().header("Authorization", c.officeToken()).when().get(BASE + "/" + id).then().statusCode(200)
                .body("agenda[1].tally.agree", equalTo(0))
                .body("agenda[1].tally.notVoted", equalTo(5))
                .body("agenda[1].tally.passed", equalTo(false));
    }

    // --- create, attendance, open ------------------------------------------------------------------

    @Test
    void creatingASessionChecksMembersAndAgendaAndChangesNothingOnBadInput() {
        Setup s = setup();
        Commune c = s.c();
        UUID received = fx.nomination(c, s.roundId(), s.ruleSetId(), "Ngô Thị Thu", NominationStatus.RECEIVED);
        Councillor officeUser = fx.user(c, c.key() + ".office2", "Bùi Văn Văn", "office", c.office().path());
        Commune other = Communes.create();
        Councillor elsewhere = fx.user(other, other.key() + ".council", "Lý Thị Xa", "council", other.office().path());

        Map<String, Object> twoChairs = createBody(s, false, null);
        twoChairs.put("members", List.of(Map.of("userId", s.chair().id().toString(), "seat", "CHAIR"),
                Map.of("userId", s.m1().id().toString(), "seat", "CHAIR")));
        post(c.officeToken(), "", twoChairs).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("members"));

        Map<String, Object> notCouncil = createBody(s, false, null);
        notCouncil.put("members", List.of(Map.of("userId", s.chair().id().toString(), "seat", "CHAIR"),
                Map.of("userId", s.m1().id().toString(), "seat", "MEMBER"),
                Map.of("userId", officeUser.id().toString(), "seat", "MEMBER"),
                Map.of("userId", elsewhere.id().toString(), "seat", "MEMBER"),
                Map.of("userId", UUID.randomUUID().toString(), "seat", "MEMBER"),
                Map.of("userId", s.m1().id().toString(), "seat", "MEMBER")));
        post(c.officeToken(), "", notCouncil).then().statusCode(400)
                .body("errors.field", contains("members[2].userId", "members[3].userId", "members[4].userId",
                        "members[5].userId"));

        post(c.officeToken(), "", createBody(s, false, List.of(s.a(), received))).then().statusCode(400)
                .body("errors.field", contains("nominationIds[1]"));
        Map<String, Object> noSeat = createBody(s, false, null);
        noSeat.put("members", List.of(Map.of("userId", s.chair().id().toString())));
        noSeat.put("title", "");
        noSeat.put("quorumPercent", 0);
        post(c.officeToken(), "", noSeat).then().statusCode(400)
                .body("errors.field", hasItem("members[0].seat"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("quorumPercent"));

        // nothing changed: no session, both dossiers still waiting
        assertEquals(0, fx.sessionsOfRound(s.roundId()));
        assertEquals(NominationStatus.APPRAISED, fx.status(s.a()));

        // who may create: the office of the commune only
        post(c.leaderToken(), "", createBody(s, false, null)).then().statusCode(403).contentType("application/problem+json");
        post(s.chair().token(c), "", createBody(s, false, null)).then().statusCode(403);
        post(c.unitToken(), "", createBody(s, false, null)).then().statusCode(403);
        post(other.officeToken(), "", createBody(s, false, null)).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(createBody(s, false, null)).when().post(BASE).then().statusCode(401);

        // the given agenda: only A; B stays for another session
        post(c.officeToken(), "", createBody(s, false, List.of(s.a()))).then().statusCode(201)
                .body("agenda.nominationId", contains(s.a().toString()));
        assertEquals(NominationStatus.APPRAISED, fx.status(s.b()));
        // A is on an undecided agenda already
        post(c.officeToken(), "", createBody(s, false, List.of(s.a()))).then().statusCode(400)
                .body("errors.field", contains("nominationIds[0]"));
    }

    @Test
    void theChairOpensOnlyWithTheQuorumAndAWindowInTheFuture() {
        Setup s = setup();
        Commune c = s.c();
        String id = create(s, false);
        String chair = s.chair().token(c);
        Map<String, Object> window = Map.of("votingClosesAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());

        // attendance: the office, the chair or the secretary; present ids must be members
        put(s.m1().token(c), "/" + id + "/attendance", Map.of("present", List.of())).then().statusCode(403);
        put(c.leaderToken(), "/" + id + "/attendance", Map.of("present", List.of())).then().statusCode(403);
        put(c.officeToken(), "/" + id + "/attendance", Map.of("present", List.of(s.chair().id().toString(),
                UUID.randomUUID().toString()))).then().statusCode(400).body("errors.field", contains("present[1]"));
        put(c.officeToken(), "/" + id + "/attendance", Map.of("present", List.of(s.chair().id().toString(),
                s.m1().id().toString()))).then().statusCode(200)
                .body("presentCount", equalTo(2)).body("quorumMet", equalTo(false))
                .body("members.find { it.userId == '" + s.m1().id() + "' }.present", equalTo(true));
        put(Communes.create().officeToken(), "/" + id + "/attendance", Map.of("present", List.of())).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("present", List.of())).when().put(BASE + "/" + id + "/attendance")
                .then().statusCode(401);

        // 2 of 5 present: below 50%
        post(chair, "/" + id + "/open", window).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("có mặt 2/5"));
        put(chair, "/" + id + "/attendance", Map.of("present", List.of(s.chair().id().toString(), s.m1().id().toString(),
                s.m2().id().toString()))).then().statusCode(200).body("quorumMet", equalTo(true));
        post(chair, "/" + id + "/open", Map.of("votingClosesAt", Instant.now().minusSeconds(60).toString())).then()
                .statusCode(400).body("errors.field", contains("votingClosesAt"));
        post(chair, "/" + id + "/open", Map.of()).then().statusCode(400).body("errors.field", hasItem("votingClosesAt"));
        post(s.m1().token(c), "/" + id + "/open", window).then().statusCode(403);
        post(c.officeToken(), "/" + id + "/open", window).then().statusCode(403);
        post(Communes.create().officeToken(), "/" + id + "/open", window).then().statusCode(404);
        given().contentType(ContentType.JSON).body(window).when().post(BASE + "/" + id + "/open").then().statusCode(401);
        post(chair, "/" + id + "/open", window).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("openedAt", notNullValue());
        post(chair, "/" + id + "/open", window).then().statusCode(409);
        post(chair, "/" + id + "/close", null).then().statusCode(200);
        put(chair, "/" + id + "/attendance", Map.of("present", List.of())).then().statusCode(409);
        given().when().post(BASE + "/" + id + "/close").then().statusCode(401);
    }

    @Test
    void readsAreScopedAndMembersSeeOnlyTheirSessions() {
        Setup s = setup();
        Commune c = s.c();
        String id = create(s, false);
        Councillor outsider = fx.councillor(c, "ngoai2", "Đinh Thị Ngoài");
        given().when().get(BASE + "/" + id).then().statusCode(401).contentType("application/problem+json");
        given().when().get(BASE).then().statusCode(401);
        given().header("Authorization", c.leaderToken()).when().get(BASE + "/" + id).then().statusCode(200)
                .body("me.member", equalTo(false));
        // a council user of the commune who does not sit on it: 403 on the session, not in their list
        given().header("Authorization", outsider.token(c)).when().get(BASE + "/" + id).then().statusCode(403);
        given().header("Authorization", outsider.token(c)).when().get(BASE + "?roundId=" + s.roundId()).then()
                .statusCode(200).body("total", equalTo(0));
        // the unit: not its business; the board sees sessions of its subtree? no: 403
        given().header("Authorization", c.unitToken()).when().get(BASE).then().statusCode(404);
        given().header("Authorization", c.boardToken()).when().get(BASE + "/" + id).then().statusCode(403);
        // another commune: 404 and an empty list
        Commune other = Communes.create();
        given().header("Authorization", other.officeToken()).when().get(BASE + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", other.officeToken()).when().get(BASE + "?roundId=" + s.roundId()).then()
                .statusCode(200).body("total", equalTo(0));
        given().header("Authorization", c.officeToken()).when().get(BASE + "/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", c.officeToken()).when().get(BASE + "?status=PLANNED&roundId=" + s.roundId()).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().header("Authorization", c.officeToken()).when().get(BASE + "?size=101").then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

}
