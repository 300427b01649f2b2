package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.DecisionFixtures;
import vn.thiduaso.award.DecisionFixtures.Round;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.platform.test.ContractCalls;
import vn.thiduaso.platform.test.TestDatabase;

/**
 * The contract calls of posting, objections, the public pages, commune decisions, annulment and the clock
 * control (registered by AwardContractTest): a happy path and a refusal each. The clock is moved only inside
 * a call and put back before the call returns.
 */
final class DecisionContractCalls {

    /** A round with one PASSED Giấy khen nomination, posted: its posting id. */
    private record Posted(Round round, UUID nomination, String postingId) {
    }

    static ContractCalls addTo(ContractCalls calls, DecisionFixtures fx, AwardClock clock) {
        Supplier<Posted> posted = () -> {
            Round r = fx.round(Communes.create());
            UUID n = fx.passed(r, "Phạm Hợp Đồng " + UUID.randomUUID().toString().substring(0, 6), DecisionFixtures.GIAY_KHEN);
            String id = json(r.commune().officeToken()).body(Map.of("roundId", r.roundId())).post("/api/v1/public-postings")
                    .then().statusCode(201).extract().path("id");
            return new Posted(r, n, id);
        };
        Supplier<Map.Entry<Posted, String>> drafted = () -> {
            Posted p = posted.get();
            String id = json(p.round().commune().officeToken()).body(draftBody(p)).post("/api/v1/decisions")
                    .then().statusCode(201).extract().path("id");
            return Map.entry(p, id);
        };
        Supplier<Map.Entry<Posted, String>> signed = () -> {
            Map.Entry<Posted, String> d = drafted.get();
            afterTheWindow(clock, () -> json(d.getKey().round().commune().leaderToken()).body("{}")
                    .post("/api/v1/decisions/{id}/sign", d.getValue()).then().statusCode(200).extract().response());
            return d;
        };
        Supplier<Map.Entry<Posted, String>> objection = () -> {
            Posted p = posted.get();
            return Map.entry(p, publicJson().body(Map.of("nominationId", p.nomination(), "name", "Hà Văn Quang", "contact", "0903 111 222",
                    "text", "Chưa xứng đáng.")).post("/api/v1/public/postings/{id}/objections", p.postingId())
                    .then().statusCode(201).extract().<String>path("id"));
        };
        return calls
                .add("POST /api/v1/public-postings", () -> {
                    Round r = fx.round(Communes.create());
                    fx.passed(r, "Ngô Hợp Đồng", DecisionFixtures.GIAY_KHEN);
                    return json(r.commune().officeToken()).body(Map.of("roundId", r.roundId())).post("/api/v1/public-postings");
                })
                .add("POST /api/v1/public-postings", () -> json(Communes.create().officeToken()).body(Map.of())
                        .post("/api/v1/public-postings"))
                .add("GET /api/v1/public-postings", () -> {
                    Posted p = posted.get();
                    return given().header("Authorization", p.round().commune().leaderToken())
                            .queryParam("roundId", p.round().roundId()).get("/api/v1/public-postings");
                })
                .add("GET /api/v1/public-postings", () -> given().get("/api/v1/public-postings"))
                .add("GET /api/v1/public-postings/{id}", () -> {
                    Posted p = posted.get();
                    return given().header("Authorization", p.round().commune().officeToken())
                            .get("/api/v1/public-postings/{id}", p.postingId());
                })
                .add("GET /api/v1/public-postings/{id}", () -> given().header("Authorization", Communes.create().officeToken())
                        .get("/api/v1/public-postings/{id}", UUID.randomUUID()))
                .add("GET /api/v1/public/communes", () -> given().get("/api/v1/public/communes"))
                .add("GET /api/v1/public/communes", () -> given().queryParam("size", 0).get("/api/v1/public/communes"))
                .add("GET /api/v1/public/postings", () -> given().queryParam("commune", posted.get().round().communeCode())
                        .get("/api/v1/public/postings"))
                .add("GET /api/v1/public/postings", () -> given().queryParam("size", 101).get("/api/v1/public/postings"))
                .add("GET /api/v1/public/postings/{id}", () -> given().get("/api/v1/public/postings/{id}", posted.get().postingId()))
                .add("GET /api/v1/public/postings/{id}", () -> given().get("/api/v1/public/postings/{id}", UUID.randomUUID()))
                .add("POST /api/v1/public/postings/{id}/objections", () -> publicJson()
                        .body(Map.of("name", "Bùi Văn Tâm", "contact", "0912 345 678", "text", "Đề nghị xem lại thành tích."))
                        .post("/api/v1/public/postings/{id}/objections", posted.get().postingId()))
                .add("POST /api/v1/public/postings/{id}/objections", () -> publicJson()
                        .body(Map.of("name", " ", "contact", "x", "text", "y"))
                        .post("/api/v1/public/postings/{id}/objections", posted.get().postingId()))
                .add("GET /api/v1/public/honours", () -> given().queryParam("commune", signed.get().getKey().round().communeCode())
                        .get("/api/v1/public/honours"))
                .add("GET /api/v1/public/honours", () -> given().get("/api/v1/public/honours"))
                .add("POST /api/v1/objections/{id}/resolution", () -> {
                    Map.Entry<Posted, String> o = objection.get();
                    return json(o.getKey().round().commune().officeToken())
                            .body(Map.of("upheld", false, "resolution", "Không có cơ sở."))
                            .post("/api/v1/objections/{id}/resolution", o.getValue());
                })
                .add("POST /api/v1/objections/{id}/resolution", () -> json(Communes.create().leaderToken())
                        .body(Map.of("upheld", false, "resolution", "Không có cơ sở."))
                        .post("/api/v1/objections/{id}/resolution", UUID.randomUUID()))
                .add("POST /api/v1/decisions", () -> {
                    Posted p = posted.get();
                    return json(p.round().commune().officeToken()).body(draftBody(p)).post("/api/v1/decisions");
                })
                .add("POST /api/v1/decisions", () -> json(Communes.create().officeToken())
                        .body(Map.of("roundId", UUID.randomUUID(), "title", "")).post("/api/v1/decisions"))
                .add("GET /api/v1/decisions", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return given().header("Authorization", d.getKey().round().commune().councilToken())
                            .queryParam("roundId", d.getKey().round().roundId()).get("/api/v1/decisions");
                })
                .add("GET /api/v1/decisions", () -> given().get("/api/v1/decisions"))
                .add("GET /api/v1/decisions/{id}", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return given().header("Authorization", d.getKey().round().commune().officeToken())
                            .get("/api/v1/decisions/{id}", d.getValue());
                })
                .add("GET /api/v1/decisions/{id}", () -> given().header("Authorization", Communes.create().leaderToken())
                        .get("/api/v1/decisions/{id}", UUID.randomUUID()))
                .add("PUT /api/v1/decisions/{id}", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return json(d.getKey().round().commune().officeToken()).body(Map.of("version", 0, "title",
                            "Về việc tặng Giấy khen (sửa)", "nominationIds", List.of(d.getKey().nomination())))
                            .put("/api/v1/decisions/{id}", d.getValue());
                })
                .add("PUT /api/v1/decisions/{id}", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return json(d.getKey().round().commune().officeToken()).body(Map.of("version", 5, "title", "y",
                            "nominationIds", List.of(d.getKey().nomination()))).put("/api/v1/decisions/{id}", d.getValue());
                })
                .add("POST /api/v1/decisions/{id}/sign", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return afterTheWindow(clock, () -> json(d.getKey().round().commune().leaderToken()).body("{}")
                            .post("/api/v1/decisions/{id}/sign", d.getValue()));
                })
                .add("POST /api/v1/decisions/{id}/sign", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return json(d.getKey().round().commune().leaderToken()).body("{}")
                            .post("/api/v1/decisions/{id}/sign", d.getValue());
                })
                .add("GET /api/v1/decisions/{id}/document", () -> {
                    Map.Entry<Posted, String> d = drafted.get();
                    return given().header("Authorization", d.getKey().round().commune().officeToken())
                            .queryParam("format", "pdf").get("/api/v1/decisions/{id}/document", d.getValue());
                })
                .add("GET /api/v1/decisions/{id}/document", () -> given().header("Authorization", Communes.create().officeToken())
                        .queryParam("format", "odt").get("/api/v1/decisions/{id}/document", UUID.randomUUID()))
                .add("POST /api/v1/award-records/{id}/annulment", () -> {
                    Map.Entry<Posted, String> d = signed.get();
                    return json(d.getKey().round().commune().leaderToken()).body(Map.of("reason", "Kê khai không trung thực",
                            "decisionRef", "15/QĐ-UBND ngày 10/01/2027"))
                            .post("/api/v1/award-records/{id}/annulment", recordOf(d.getKey().nomination()));
                })
                .add("POST /api/v1/award-records/{id}/annulment", () -> json(Communes.create().leaderToken())
                        .body(Map.of("reason", "x")).post("/api/v1/award-records/{id}/annulment", UUID.randomUUID()))
                .add("GET /api/v1/admin/clock", () -> given().header("Authorization", Communes.adminToken())
                        .get("/api/v1/admin/clock"))
                .add("GET /api/v1/admin/clock", () -> given().header("Authorization", Communes.create().officeToken())
                        .get("/api/v1/admin/clock"))
                .add("PUT /api/v1/admin/clock", () -> json(Communes.adminToken()).body(Map.of("offsetSeconds", 0))
                        .put("/api/v1/admin/clock"))
                .add("PUT /api/v1/admin/clock", () -> json(Communes.adminToken()).body(Map.of()).put("/api/v1/admin/clock"));
    }

    private static Map<String, Object> draftBody(Posted p) {
        return Map.of("roundId", p.round().roundId(), "title", "Về việc tặng Giấy khen năm 2025", "basis",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "nominationIds", List.of(p.nomination()));
    }

    /** The call with the award clock 40 days on (past every posting window), the clock put back after it. */
    private static Response afterTheWindow(AwardClock clock, Supplier<Response> call) {
        clock.setOffset(Duration.ofDays(40));
        try {
            return call.get();
        } finally {
            clock.setOffset(Duration.ZERO);
        }
    }

    private static RequestSpecification json(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    /** A public request from its own client address (the rate limit counts per address). */
    private static RequestSpecification publicJson() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "10." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(1, 250));
    }

    private static String recordOf(UUID nomination) {
        return TestDatabase.text(AwardServiceTestEnvironment.DATABASE,
                "select id from award_record where nomination_id = '" + nomination + "'");
    }

    private DecisionContractCalls() {
    }
}
