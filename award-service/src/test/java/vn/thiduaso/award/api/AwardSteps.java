package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.thiduaso.award.BoardFixtures;
import vn.thiduaso.award.BoardFixtures.World;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.DecisionFixtures;
import vn.thiduaso.award.DecisionFixtures.Round;
import vn.thiduaso.award.Dossiers;
import vn.thiduaso.award.PlanEnvelopes;
import vn.thiduaso.award.api.CouncilFixtures.Councillor;
import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.TestKafka;

/**
 * The steps that bring an object of one commune's award cycle to a given state (a dossier submitted
 * or received, a posting, a drafted decision, a council session planned or open, a forwarding, a
 * cluster), through the API as its users would. The tables of award-service (AwardScopeTest,
 * AwardMassAssignmentTest) each build their world and take fresh objects from here.
 */
final class AwardSteps {

    private final World w;
    private final Commune c;
    private final UUID nominationRound;
    private final Councillor chair;
    private final CouncilFixtures council;
    private final DecisionFixtures decisions;

    AwardSteps(World w, UUID nominationRound, Councillor chair, CouncilFixtures council, DecisionFixtures decisions) {
        this.w = w;
        this.c = w.c();
        this.nominationRound = nominationRound;
        this.chair = chair;
        this.council = council;
        this.decisions = decisions;
    }

    static RequestSpecification json(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    static String rand() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    String draftNomination() {
        return NominationCalls.createId(c.unitToken(),
                NominationCalls.individual(nominationRound, "Phạm Thị Phạm Vi " + rand(), Dossiers.XA));
    }

    String submitted() {
        String id = draftNomination();
        NominationCalls.post(c.unitToken(), id, "submit", null).statusCode(200);
        return id;
    }

    String received() {
        String id = submitted();
        NominationCalls.post(c.officeToken(), id, "receive", null).statusCode(200);
        return id;
    }

    Round decisionRound() {
        return new Round(c, council.round(c), decisions.ruleSet(), "xa-" + c.key());
    }

    /** [posting id, nomination id, round id]. */
    String[] posted() {
        Round r = decisionRound();
        UUID n = decisions.passed(r, "Phạm Văn Công Khai " + rand(), DecisionFixtures.GIAY_KHEN);
        String id = json(c.officeToken()).body(Map.of("roundId", r.roundId())).post("/api/v1/public-postings")
                .then().statusCode(201).extract().path("id");
        return new String[] { id, n.toString(), r.roundId().toString() };
    }

    /** [decision id, nomination id]. */
    String[] drafted() {
        String[] p = posted();
        String id = json(c.officeToken()).body(draftBody(p[2], p[1])).post("/api/v1/decisions")
                .then().statusCode(201).extract().path("id");
        return new String[] { id, p[1] };
    }

    static Map<String, Object> draftBody(String round, String nomination) {
        return Map.of("roundId", round, "title", "Về việc tặng Giấy khen năm 2025", "basis",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "nominationIds", List.of(nomination));
    }

    static RequestSpecification forwardedFrom(RequestSpecification r) {
        ThreadLocalRandom x = ThreadLocalRandom.current();
        return r.header("X-Forwarded-For", "10." + x.nextInt(1, 250) + "." + x.nextInt(1, 250) + "." + x.nextInt(1, 250));
    }

    String awardRecord() {
        UUID id = UUID.randomUUID();
        BoardFixtures.sql("insert into award_record (id, commune_id, commune_path, unit_id, unit_path, unit_name, nominee_kind,"
                + " nominee_name, nominee_key, form_code, form_name, form_rank, year, achievement, decision_number, decision_date,"
                + " deciding_authority, cash_amount_vnd, source, created_at) values ('%s', '%s', '%s', '%s', '%s', 'Thôn Đông',"
                + " 'INDIVIDUAL', '%s', 'k-%s', '%s', 'Giấy khen của Chủ tịch UBND xã/phường', 6, 2025,"
                + " 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025', '12/QĐ-UBND', '2025-12-20',"
                + " 'COMMUNE_CHAIRMAN', %d, 'NOMINATION', now())", id, c.commune().id(), c.commune().path(),
                c.village().id(), c.village().path(), "Nguyễn Văn Khen " + rand(), id, BoardFixtures.COMMUNE_FORM, 702000);
        return id.toString();
    }

    String forwardedNomination() {
        return BoardFixtures.postedNomination(w, BoardFixtures.HIGHER_FORM, "Trần Văn Chuyển " + rand(), 1).toString();
    }

    /** [session id, member id, nomination id]. */
    String[] plannedSession() {
        UUID round = council.round(c);
        UUID ruleSet = council.ruleSet(50);
        Councillor member = council.councillor(c, "uyvien" + rand(), "Trần Thị Mai");
        UUID nomination = council.nomination(c, round, ruleSet, "Đỗ Thị Lan " + rand(),
                vn.thiduaso.award.domain.NominationStatus.APPRAISED);
        String id = json(c.officeToken()).body(Map.of("roundId", round.toString(), "title", "Phiên họp xét khen thưởng",
                "secretBallot", false, "members", List.of(Map.of("userId", chair.id().toString(), "seat", "CHAIR"),
                        Map.of("userId", member.id().toString(), "seat", "MEMBER"))))
                .post("/api/v1/council-sessions").then().statusCode(201).extract().path("id");
        return new String[] { id, member.id().toString(), nomination.toString() };
    }

    String[] attended() {
        String[] s = plannedSession();
        json(c.officeToken()).body(Map.of("present", List.of(chair.id().toString(), s[1])))
                .put("/api/v1/council-sessions/{id}/attendance", s[0]).then().statusCode(200);
        return s;
    }

    String[] openSession() {
        String[] s = attended();
        json(chair.token(c)).body(Map.of("votingClosesAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()))
                .post("/api/v1/council-sessions/{id}/open", s[0]).then().statusCode(200);
        return s;
    }

    String cluster() {
        UUID clusterId = UUID.randomUUID();
        ObjectNode payload = PlanEnvelopes.object()
                .put("id", clusterId.toString()).put("communeId", c.commune().id().toString())
                .put("communePath", c.commune().path()).put("name", "Khối thôn, tổ dân phố " + c.key() + rand()).put("year", 2027)
                .put("headUnitId", c.village().id().toString()).put("deputyUnitId", c.otherVillage().id().toString());
        payload.putArray("memberUnitIds").add(c.village().id().toString()).add(c.otherVillage().id().toString());
        TestKafka.send("directory.clusters", clusterId.toString(), TestEvents.envelope(UUID.randomUUID(),
                "ClusterUpserted", 1, Instant.now(), "plan-service", clusterId.toString(), c.commune().path(), payload));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", c.officeToken())
                .get("/api/v1/emulation-clusters/{id}", clusterId).then().statusCode(200));
        return clusterId.toString();
    }

    static Map<String, Object> layout() {
        Map<String, Object> box = Map.of("x", 20, "y", 40, "width", 150, "fontSize", 14);
        return Map.of("pageWidthMm", 297, "pageHeightMm", 210, "fields", Map.of("recipient", box, "achievement", box,
                "decisionNumber", box, "decisionDate", box, "signer", box));
    }

    static RequestSpecification publicJson() {
        return forwardedFrom(given().contentType(ContentType.JSON));
    }

    String objection() {
        String[] p = posted();
        return publicJson().body(Map.of("nominationId", p[1], "name", "Hà Văn Quang", "contact", "0903 111 222",
                "text", "Chưa xứng đáng.")).post("/api/v1/public/postings/{id}/objections", p[0])
                .then().statusCode(201).extract().path("id");
    }

    String forwarding(String nomination) {
        return json(c.officeToken()).body(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of(nomination)))
                .post("/api/v1/forwardings").then().statusCode(201).extract().path("id");
    }

    String forwarded() {
        String n = forwardedNomination();
        forwarding(n);
        return n;
    }
}
