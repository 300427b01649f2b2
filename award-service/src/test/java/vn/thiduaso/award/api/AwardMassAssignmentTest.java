package vn.thiduaso.award.api;

import static vn.thiduaso.award.api.AwardSteps.draftBody;
import static vn.thiduaso.award.api.AwardSteps.forwardedFrom;
import static vn.thiduaso.award.api.AwardSteps.json;
import static vn.thiduaso.award.api.AwardSteps.layout;
import static vn.thiduaso.award.api.AwardSteps.rand;
import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.BoardFixtures;
import vn.thiduaso.award.BoardFixtures.World;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.DecisionFixtures;
import vn.thiduaso.award.DecisionFixtures.Round;
import vn.thiduaso.award.Dossiers;
import vn.thiduaso.award.Plans;
import vn.thiduaso.award.api.CouncilFixtures.Councillor;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.platform.test.MassAssignment;
import vn.thiduaso.platform.test.MassAssignmentSuite;
import vn.thiduaso.platform.test.TestDatabase;

/**
 * Issue 8 item 10 for award-service: every JSON write of its OpenAPI document, sent with the hostile
 * fields added, stores none of them (the read-back is every table of the service's database, so a
 * hostile value stored in a side table, a log or an outbox event counts too) and answers none of them.
 */
@QuarkusTest
class AwardMassAssignmentTest implements MassAssignmentSuite {

    private static final String DB = AwardServiceTestEnvironment.DATABASE;

    @Inject
    Plans plans;

    @Inject
    CouncilFixtures council;

    @Inject
    Dossiers dossiers;

    @Inject
    DecisionFixtures decisions;

    @Inject
    AwardClock clock;

    private World w;
    private Commune c;
    private Councillor chair;
    private UUID nominationRound;
    private String officer;
    private AwardSteps steps;

    /** The world of AwardScopeTest, built once, on the first row that runs. */
    private synchronized void init() {
        if (w != null) {
            return;
        }
        w = BoardFixtures.world();
        c = w.c();
        nominationRound = dossiers.openRound(c);
        decisions.ruleSet();
        chair = council.councillor(c, "chutich", "Nguyễn Văn Hùng");
        officer = dossiers.officer(c, c.key() + ".thuly");
        steps = new AwardSteps(w, nominationRound, chair, council, decisions);
    }

    @Override
    public MassAssignment writes() {
        MassAssignment m = new MassAssignment();
        SERVER_OWNED.forEach(m::serverOwned);
        m.accepts("PUT /api/v1/award-forms/{id}", "version")
                .accepts("POST /api/v1/award-records", "unitId")
                .accepts("PUT /api/v1/award-rounds/{id}", "version")
                .accepts("POST /api/v1/award-rounds/{id}/close", "version")
                .accepts("PUT /api/v1/certificate-layouts/{formCode}", "version")
                .accepts("PUT /api/v1/decisions/{id}", "version")
                .accepts("PUT /api/v1/emulation-registrations/{unitId}/{year}", "version")
                .accepts("PUT /api/v1/nominations/{id}", "version");
        catalogue(m);
        rounds(m);
        nominations(m);
        sessions(m);
        postingsAndDecisions(m);
        recordsAndBoard(m);
        emulation(m);
        m.add("PUT /api/v1/admin/clock", () -> write(Map.of("offsetSeconds", 0),
                b -> json(Communes.adminToken()).body(b).put("/api/v1/admin/clock")));
        return m;
    }

    // --- helpers -------------------------------------------------------------------------------

    /**
     * Every table of the database as text: a hostile value stored anywhere (the row, its history, an
     * outbox event) is found.
     */
    static String everything() {
        return TestDatabase.text(DB, "select string_agg(query_to_xml(format('select * from %I.%I', table_schema, table_name),"
                + " true, false, '')::text, '') from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE' and table_name not like 'flyway%'");
    }

    /**
     * The read-back is {@link #everything()} after the write, without a hostile value that the
     * database held already before it (stored by an earlier row: that row fails, not every later one).
     */
    private MassAssignment.Write write(Map<String, ?> body, Function<Map<String, Object>, Response> send) {
        String before = everything();
        return new MassAssignment.Write(MassAssignment.body(body), send, r -> {
            String after = everything();
            for (Object value : hostileValues()) {
                if (before.contains(String.valueOf(value))) {
                    after = after.replace(String.valueOf(value), "");
                }
            }
            return after;
        });
    }

    private static List<Object> hostileValues() {
        List<Object> values = new java.util.ArrayList<>(MassAssignment.HOSTILE.values());
        values.addAll(SERVER_OWNED.values());
        return values;
    }

    private static final Map<String, Object> SERVER_OWNED = orderedServerOwned();

    private static Map<String, Object> orderedServerOwned() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("createdAt", "2001-02-03T04:05:06Z");
        m.put("createdBy", "0badc0de-0000-4000-8000-00000000e001");
        m.put("submittedBy", "hostile-submitter");
        m.put("signedBy", "hostile-signer");
        m.put("decidedBy", "hostile-decider");
        m.put("path", "/hostile/path");
        m.put("communePath", "/hostile/commune/path");
        m.put("source", "HOSTILE_SOURCE");
        m.put("communeId", "0badc0de-0000-4000-8000-00000000e002");
        return m;
    }

    private static Map<String, Object> form(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Giấy khen thử gán hàng loạt");
        body.put("level", "COMMUNE");
        body.put("recipientKinds", List.of("COLLECTIVE", "INDIVIDUAL"));
        body.put("rank", 1000);
        return body;
    }

    private static String newForm() {
        return json(Communes.adminToken()).body(form("ma-" + rand())).post("/api/v1/award-forms")
                .then().statusCode(201).extract().path("id");
    }

    // --- rows ----------------------------------------------------------------------------------

    private void catalogue(MassAssignment m) {
        m.add("POST /api/v1/award-forms", () -> write(form("ma-" + rand()),
                b -> json(Communes.adminToken()).body(b).post("/api/v1/award-forms")));
        m.add("PUT /api/v1/award-forms/{id}", () -> {
            String id = newForm();
            Map<String, Object> body = form("ma-" + rand());
            body.put("version", 0);
            body.put("active", true);
            body.put("decidingLevel", "COMMUNE");
            return write(body, b -> json(Communes.adminToken()).body(b).put("/api/v1/award-forms/{id}", id));
        });
        m.add("POST /api/v1/award-rule-sets", () -> {
            String code = "MA-" + ThreadLocalRandom.current().nextInt(1_000_000);
            LocalDate from = LocalDate.of(2060, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 39));
            return write(Map.of("code", code, "name", "Bộ quy tắc thử " + code, "legalBasis", "Thử nghiệm",
                    "effectiveFrom", from.toString(),
                    "rules", List.of(Map.of("formCode", "giay-khen-chu-tich-ubnd-xa", "decidingAuthority", "COMMUNE_CHAIRMAN",
                            "recipientKinds", List.of("INDIVIDUAL"),
                            "standards", List.of(Map.of("code", "tot", "text", "Hoàn thành tốt nhiệm vụ", "appliesTo", List.of())),
                            "minIntervalYears", 0, "prerequisites", List.of(), "voteThresholdPercent", 60,
                            "postingWorkingDays", 7, "cashCoefficients", Map.of("INDIVIDUAL", 0.4)))),
                    b -> json(Communes.adminToken()).body(b).post("/api/v1/award-rule-sets"));
        });
    }

    private void rounds(MassAssignment m) {
        m.add("POST /api/v1/award-rounds", () -> {
            init();
            UUID planId = plans.issue(c, "15/KH-UBND", "Kế hoạch " + rand(), Instant.now(), c.village());
            return write(Map.of("planId", planId.toString(), "occasion", "ANNUAL", "year", 2027, "formCodes",
                    List.of("giay-khen-chu-tich-ubnd-xa"), "nominationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).toString()),
                    b -> json(c.officeToken()).body(b).post("/api/v1/award-rounds"));
        });
        m.accepts("POST /api/v1/award-rounds", "communeId");
        m.add("PUT /api/v1/award-rounds/{id}", () -> {
            init();
            UUID round = council.round(c);
            return write(Map.of("version", 0, "title", "Khen thưởng tổng kết năm 2026 (sửa)"),
                    b -> json(c.officeToken()).body(b).put("/api/v1/award-rounds/{id}", round));
        });
        m.add("POST /api/v1/award-rounds/{id}/close", () -> {
            init();
            UUID round = council.round(c);
            return write(Map.of(), b -> json(c.officeToken()).body(b).post("/api/v1/award-rounds/{id}/close", round));
        });
    }

    private void nominations(MassAssignment m) {
        m.accepts("POST /api/v1/nominations", "roundId", "nominatingUnitId");
        m.accepts("PUT /api/v1/nominations/{id}", "nominatingUnitId");
        m.add("POST /api/v1/nominations", () -> {
            init();
            Map<String, Object> body = new HashMap<>(NominationCalls.individual(nominationRound, "Lê Văn Đề Nghị " + rand(),
                    Dossiers.XA));
            body.put("nominatingUnitId", c.village().id().toString());
            return write(body, b -> json(c.unitToken()).body(b).post("/api/v1/nominations"));
        });
        m.add("PUT /api/v1/nominations/{id}", () -> {
            init();
            String id = steps.draftNomination();
            Map<String, Object> body = new HashMap<>(NominationCalls.individual(nominationRound, "Lê Văn Sửa " + rand(), Dossiers.XA));
            body.remove("roundId");
            body.put("version", 0);
            return write(body, b -> json(c.unitToken()).body(b).put("/api/v1/nominations/{id}", id));
        });
        m.add("POST /api/v1/nominations/{id}/withdraw", () -> {
            init();
            String id = steps.draftNomination();
            return write(Map.of("reason", "Đổi đối tượng"), b -> json(c.unitToken()).body(b).post("/api/v1/nominations/{id}/withdraw", id));
        });
        m.add("POST /api/v1/nominations/{id}/assign", () -> {
            init();
            String id = steps.received();
            return write(Map.of("officer", officer), b -> json(c.officeToken()).body(b).post("/api/v1/nominations/{id}/assign", id));
        });
        m.add("POST /api/v1/nominations/{id}/appraise", () -> {
            init();
            String id = steps.received();
            return write(Map.of("eligible", true), b -> json(c.officeToken()).body(b).post("/api/v1/nominations/{id}/appraise", id));
        });
        m.add("POST /api/v1/nominations/{id}/return", () -> {
            init();
            String id = steps.submitted();
            return write(Map.of("reason", "Bổ sung hồ sơ"), b -> json(c.officeToken()).body(b).post("/api/v1/nominations/{id}/return", id));
        });
        m.add("POST /api/v1/nominations/{id}/override", () -> {
            // NominationLifecycleTest's dossier that fails the interval and the prerequisites (override needs one)
            Commune x = Communes.create();
            String name = "Đặng Văn Nam " + rand();
            dossiers.pastAward(x, name, LocalDate.of(1985, 4, 12), Dossiers.XA, Dossiers.YEAR - 1);
            dossiers.registered(x.village(), Dossiers.TINH);
            UUID round = dossiers.openRound(x);
            Map<String, Object> nomination = new HashMap<>(NominationCalls.individual(round, name, Dossiers.TINH));
            nomination.put("standards", List.of(Map.of("code", "t1", "met", true)));
            String id = NominationCalls.createId(x.unitToken(), nomination);
            return write(Map.of("reason", "Chủ tịch cho phép"),
                    b -> json(x.officeToken()).body(b).post("/api/v1/nominations/{id}/override", id));
        });
    }

    private void sessions(MassAssignment m) {
        m.accepts("POST /api/v1/council-sessions", "roundId");
        m.add("POST /api/v1/council-sessions", () -> {
            init();
            UUID round = council.round(c);
            council.nomination(c, round, council.ruleSet(50), "Đỗ Thị Hạnh " + rand(), vn.thiduaso.award.domain.NominationStatus.APPRAISED);
            return write(Map.of("roundId", round.toString(), "title", "Phiên họp", "members",
                    List.of(Map.of("userId", chair.id().toString(), "seat", "CHAIR"))),
                    b -> json(c.officeToken()).body(b).post("/api/v1/council-sessions"));
        });
        m.add("PUT /api/v1/council-sessions/{id}/attendance", () -> {
            init();
            String[] s = steps.plannedSession();
            return write(Map.of("present", List.of(chair.id().toString(), s[1])),
                    b -> json(c.officeToken()).body(b).put("/api/v1/council-sessions/{id}/attendance", s[0]));
        });
        m.add("POST /api/v1/council-sessions/{id}/open", () -> {
            init();
            String[] s = steps.attended();
            return write(Map.of("votingClosesAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()),
                    b -> json(chair.token(c)).body(b).post("/api/v1/council-sessions/{id}/open", s[0]));
        });
        m.add("POST /api/v1/council-sessions/{id}/recusals", () -> {
            init();
            String[] s = steps.openSession();
            return write(Map.of("nominationId", s[2], "reason", "Người thân"),
                    b -> json(chair.token(c)).body(b).post("/api/v1/council-sessions/{id}/recusals", s[0]));
        });
        m.add("POST /api/v1/council-sessions/{id}/ballots", () -> {
            init();
            String[] s = steps.openSession();
            return write(Map.of("votes", List.of(Map.of("nominationId", s[2], "choice", "AGREE"))),
                    b -> json(chair.token(c)).body(b).post("/api/v1/council-sessions/{id}/ballots", s[0]));
        });
    }

    private void postingsAndDecisions(MassAssignment m) {
        m.accepts("POST /api/v1/public-postings", "roundId");
        m.accepts("POST /api/v1/decisions", "roundId");
        m.add("POST /api/v1/public-postings", () -> {
            init();
            Round r = steps.decisionRound();
            decisions.passed(r, "Ngô Văn Đăng " + rand(), DecisionFixtures.GIAY_KHEN);
            return write(Map.of("roundId", r.roundId().toString()), b -> json(c.officeToken()).body(b).post("/api/v1/public-postings"));
        });
        m.add("POST /api/v1/objections/{id}/resolution", () -> {
            init();
            String id = steps.objection();
            return write(Map.of("upheld", false, "resolution", "Không có cơ sở."),
                    b -> json(c.officeToken()).body(b).post("/api/v1/objections/{id}/resolution", id));
        });
        m.add("POST /api/v1/public/postings/{id}/objections", () -> {
            init();
            String[] p = steps.posted();
            return write(Map.of("name", "Bùi Văn Tâm", "contact", "0912 345 678", "text", "Đề nghị xem lại thành tích."),
                    b -> forwardedFrom(given().contentType(ContentType.JSON)).body(b)
                            .post("/api/v1/public/postings/{id}/objections", p[0]));
        });
        m.add("POST /api/v1/decisions", () -> {
            init();
            String[] p = steps.posted();
            return write(draftBody(p[2], p[1]), b -> json(c.officeToken()).body(b).post("/api/v1/decisions"));
        });
        m.add("PUT /api/v1/decisions/{id}", () -> {
            init();
            String[] d = steps.drafted();
            return write(Map.of("version", 0, "title", "Về việc tặng Giấy khen (sửa)", "nominationIds", List.of(d[1])),
                    b -> json(c.officeToken()).body(b).put("/api/v1/decisions/{id}", d[0]));
        });
        m.add("POST /api/v1/decisions/{id}/sign", () -> {
            init();
            String[] d = steps.drafted();
            return write(Map.of(), b -> {
                clock.setOffset(Duration.ofDays(40));
                try {
                    return json(c.leaderToken()).body(b).post("/api/v1/decisions/{id}/sign", d[0]);
                } finally {
                    clock.setOffset(Duration.ZERO);
                }
            });
        });
    }

    private void recordsAndBoard(MassAssignment m) {
        m.add("POST /api/v1/award-records", () -> {
            init();
            Map<String, Object> body = new HashMap<>();
            body.put("nomineeKind", "INDIVIDUAL");
            body.put("nomineeName", "Đỗ Thị Hằng " + rand());
            body.put("dateOfBirth", "1980-05-12");
            body.put("positionTitle", "Trưởng thôn");
            body.put("unitId", c.village().id().toString());
            body.put("formCode", "giay-khen-chu-tich-ubnd-xa");
            body.put("year", 2023);
            body.put("movementTitle", "Phong trào thi đua chuyển đổi số");
            body.put("method", "REGULAR");
            body.put("decisionNumber", "15/QĐ-UBND");
            body.put("decisionDate", "2024-01-15");
            return write(body, b -> json(c.officeToken()).body(b).post("/api/v1/award-records"));
        });
        m.add("POST /api/v1/award-records/{id}/annulment", () -> {
            init();
            String id = steps.awardRecord();
            return write(Map.of("reason", "Kê khai không trung thực", "decisionRef", "15/QĐ-UBND ngày 10/01/2027"),
                    b -> json(c.officeToken()).body(b).post("/api/v1/award-records/{id}/annulment", id));
        });
        m.add("PUT /api/v1/certificate-layouts/{formCode}", () -> {
            init();
            return write(layout(), b -> json(c.officeToken()).body(b).put("/api/v1/certificate-layouts/{f}", BoardFixtures.COMMUNE_FORM));
        });
        m.add("POST /api/v1/funds/{communeId}/{year}/entries", () -> {
            init();
            return write(Map.of("kind", "BUDGET", "amountVnd", 5000000), b -> json(c.officeToken()).body(b)
                    .post("/api/v1/funds/{communeId}/{year}/entries", c.commune().id(), 2025));
        });
        m.accepts("POST /api/v1/forwardings", "roundId");
        m.add("POST /api/v1/forwardings", () -> {
            init();
            String n = steps.forwardedNomination();
            return write(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of(n)),
                    b -> json(c.officeToken()).body(b).post("/api/v1/forwardings"));
        });
        m.add("POST /api/v1/board/nominations/{id}/decision", () -> {
            init();
            String n = steps.forwarded();
            return write(Map.of("outcome", "REFUSED", "decisionNumber", "1/BTĐKT", "decisionDate", "2025-12-20", "note",
                    "Chưa đủ điều kiện"), b -> json(c.boardToken()).header("Idempotency-Key", UUID.randomUUID().toString()).body(b)
                            .post("/api/v1/board/nominations/{id}/decision", n));
        });
    }

    private void emulation(MassAssignment m) {
        m.add("PUT /api/v1/emulation-registrations/{unitId}/{year}", () -> {
            init();
            int year = 2030 + ThreadLocalRandom.current().nextInt(60);
            return write(Map.of("formCodes", List.of("giay-khen-chu-tich-ubnd-xa"), "note", "Đăng ký thi đua"),
                    b -> json(c.unitToken()).body(b).put("/api/v1/emulation-registrations/{u}/{y}", c.village().id(), year));
        });
        m.add("PUT /api/v1/emulation-clusters/{id}/covenant", () -> {
            init();
            String cl = steps.cluster();
            return write(Map.of("text", "Các thôn cam kết thi đua"),
                    b -> json(c.unitToken()).body(b).put("/api/v1/emulation-clusters/{id}/covenant", cl));
        });
        m.add("PUT /api/v1/emulation-clusters/{id}/scores", () -> {
            init();
            String cl = steps.cluster();
            return write(Map.of("scores", List.of(Map.of("unitId", c.village().id().toString(), "score", 90, "rank", 1))),
                    b -> json(c.officeToken()).body(b).put("/api/v1/emulation-clusters/{id}/scores", cl));
        });
    }
}
