package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.api.CouncilFixtures.Councillor;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.platform.test.ContractCalls;

/** The council endpoints' calls for award-service's OpenAPI contract test (happy path and problems). */
final class CouncilContractCalls {

    private static final String BASE = "/api/v1/council-sessions";

    /** A session in the commune: its id, the chair, a member and the agenda's nomination. */
    record Session(Commune c, String id, Councillor chair, Councillor member, UUID nominationId) {
    }

    static ContractCalls addTo(ContractCalls calls, CouncilFixtures fx) {
        return calls
                .add("POST " + BASE, () -> {
                    Session s = planned(fx, false);
                    return json(s.c().officeToken()).body(Map.of("roundId", fx.round(s.c()).toString(), "title", "Phiên họp",
                            "members", List.of(Map.of("userId", s.chair().id().toString(), "seat", "CHAIR")),
                            "nominationIds", List.of(UUID.randomUUID().toString()))).post(BASE);
                })
                .add("POST " + BASE, () -> json(Communes.create().officeToken()).body(Map.of("title", "")).post(BASE))
                .add("POST " + BASE, () -> json(Communes.create().leaderToken()).body(Map.of()).post(BASE))
                .add("GET " + BASE, () -> {
                    Session s = planned(fx, false);
                    return given().header("Authorization", s.c().officeToken()).get(BASE);
                })
                .add("GET " + BASE, () -> given().get(BASE))
                .add("GET " + BASE + "/{id}", () -> {
                    Session s = open(fx, true);
                    return given().header("Authorization", s.member().token(s.c())).get(BASE + "/{id}", s.id());
                })
                .add("GET " + BASE + "/{id}", () -> given().header("Authorization", Communes.create().officeToken())
                        .get(BASE + "/{id}", UUID.randomUUID()))
                .add("PUT " + BASE + "/{id}/attendance", () -> {
                    Session s = planned(fx, false);
                    return json(s.c().officeToken()).body(Map.of("present", List.of(s.chair().id().toString())))
                            .put(BASE + "/{id}/attendance", s.id());
                })
                .add("PUT " + BASE + "/{id}/attendance", () -> {
                    Session s = planned(fx, false);
                    return json(s.c().officeToken()).body(Map.of("present", List.of(UUID.randomUUID().toString())))
                            .put(BASE + "/{id}/attendance", s.id());
                })
                .add("POST " + BASE + "/{id}/open", () -> {
                    Session s = planned(fx, false);
                    present(s);
                    return json(s.chair().token(s.c())).body(Map.of("votingClosesAt", later()))
                            .post(BASE + "/{id}/open", s.id());
                })
                .add("POST " + BASE + "/{id}/open", () -> {
                    Session s = planned(fx, false);
                    return json(s.chair().token(s.c())).body(Map.of("votingClosesAt", later()))
                            .post(BASE + "/{id}/open", s.id());
                })
                .add("POST " + BASE + "/{id}/recusals", () -> {
                    Session s = open(fx, false);
                    return json(s.member().token(s.c())).body(Map.of("nominationId", s.nominationId().toString(),
                            "reason", "Người thân")).post(BASE + "/{id}/recusals", s.id());
                })
                .add("POST " + BASE + "/{id}/recusals", () -> {
                    Session s = open(fx, false);
                    return json(s.member().token(s.c())).body(Map.of("nominationId", UUID.randomUUID().toString(),
                            "reason", "Người thân")).post(BASE + "/{id}/recusals", s.id());
                })
                .add("POST " + BASE + "/{id}/ballots", () -> {
                    Session s = open(fx, true);
                    return json(s.member().token(s.c())).body(ballot(s, "AGREE")).post(BASE + "/{id}/ballots", s.id());
                })
                .add("POST " + BASE + "/{id}/ballots", () -> {
                    Session s = open(fx, false);
                    json(s.member().token(s.c())).body(ballot(s, "AGREE")).post(BASE + "/{id}/ballots", s.id());
                    return json(s.member().token(s.c())).body(ballot(s, "DISAGREE")).post(BASE + "/{id}/ballots", s.id());
                })
                .add("POST " + BASE + "/{id}/ballots", () -> {
                    Session s = open(fx, false);
                    return json(s.c().leaderToken()).body(ballot(s, "AGREE")).post(BASE + "/{id}/ballots", s.id());
                })
                .add("POST " + BASE + "/{id}/close", () -> {
                    Session s = open(fx, false);
                    return given().header("Authorization", s.chair().token(s.c())).post(BASE + "/{id}/close", s.id());
                })
                .add("POST " + BASE + "/{id}/close", () -> {
                    Session s = planned(fx, false);
                    return given().header("Authorization", s.chair().token(s.c())).post(BASE + "/{id}/close", s.id());
                })
                .add("GET " + BASE + "/{id}/minutes", () -> {
                    Session s = open(fx, false);
                    given().header("Authorization", s.chair().token(s.c())).post(BASE + "/{id}/close", s.id());
                    return given().header("Authorization", s.c().officeToken()).queryParam("format", "pdf")
                            .get(BASE + "/{id}/minutes", s.id());
                })
                .add("GET " + BASE + "/{id}/minutes", () -> {
                    Session s = planned(fx, false);
                    return given().header("Authorization", s.c().officeToken()).queryParam("format", "docx")
                            .get(BASE + "/{id}/minutes", s.id());
                });
    }

    private static RequestSpecification json(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    private static String later() {
        return Instant.now().plus(1, ChronoUnit.HOURS).toString();
    }

    private static Map<String, Object> ballot(Session s, String choice) {
        return Map.of("votes", List.of(Map.of("nominationId", s.nominationId().toString(), "choice", choice)));
    }

    /** A planned session of two members (chair and member) over one appraised nomination. */
    static Session planned(CouncilFixtures fx, boolean secret) {
        Commune c = Communes.create();
        UUID ruleSet = fx.ruleSet(50);
        UUID round = fx.round(c);
        Councillor chair = fx.councillor(c, "chutich", "Nguyễn Văn Hùng");
        Councillor member = fx.councillor(c, "uyvien", "Trần Thị Mai");
        UUID nomination = fx.nomination(c, round, ruleSet, "Đỗ Thị Lan", NominationStatus.APPRAISED);
        String id = json(c.officeToken()).body(Map.of("roundId", round.toString(), "title", "Phiên họp xét khen thưởng",
                "secretBallot", secret, "members", List.of(Map.of("userId", chair.id().toString(), "seat", "CHAIR"),
                        Map.of("userId", member.id().toString(), "seat", "MEMBER"))))
                .post(BASE).then().statusCode(201).extract().path("id");
        return new Session(c, id, chair, member, nomination);
    }

    /** The same session, both present and opened by the chair. */
    static Session open(CouncilFixtures fx, boolean secret) {
        Session s = planned(fx, secret);
        present(s);
        json(s.chair().token(s.c())).body(Map.of("votingClosesAt", later())).post(BASE + "/{id}/open", s.id())
                .then().statusCode(200);
        return s;
    }

    private static void present(Session s) {
        json(s.c().officeToken()).body(Map.of("present", List.of(s.chair().id().toString(), s.member().id().toString())))
                .put(BASE + "/{id}/attendance", s.id()).then().statusCode(200);
    }

    private CouncilContractCalls() {
    }
}
