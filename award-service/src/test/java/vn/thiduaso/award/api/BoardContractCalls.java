package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import vn.thiduaso.award.BoardFixtures;
import vn.thiduaso.award.BoardFixtures.World;
import vn.thiduaso.platform.test.ContractCalls;

/** The contract calls of forwarding, the board, the fund and certificates (registered by AwardContractTest). */
final class BoardContractCalls {

    static ContractCalls register(ContractCalls calls) {
        World w = BoardFixtures.world();
        String office = w.c().officeToken();
        String board = w.c().boardToken();
        UUID forwarded = BoardFixtures.postedNomination(w, BoardFixtures.HIGHER_FORM, "Nguyễn Văn Hợp Đồng", 1);
        UUID attachment = BoardFixtures.attachment(forwarded, "to-trinh.pdf", "%PDF-1.7".getBytes());
        String forwarding = given().header("Authorization", office).contentType(ContentType.JSON)
                .body(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of(forwarded.toString())))
                .post("/api/v1/forwardings").then().statusCode(201).extract().path("id");
        return calls
                .add("POST /api/v1/forwardings", () -> {
                    UUID n = BoardFixtures.postedNomination(w, BoardFixtures.HIGHER_FORM, "Trần Hợp Đồng " + UUID.randomUUID(), 1);
                    return given().header("Authorization", office).contentType(ContentType.JSON)
                            .body(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of(n.toString())))
                            .post("/api/v1/forwardings");
                })
                .add("POST /api/v1/forwardings", () -> given().header("Authorization", office).contentType(ContentType.JSON)
                        .body(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of())).post("/api/v1/forwardings"))
                .add("GET /api/v1/forwardings", () -> given().header("Authorization", office).get("/api/v1/forwardings"))
                .add("GET /api/v1/forwardings/{id}", () -> given().header("Authorization", board)
                        .get("/api/v1/forwardings/{id}", forwarding))
                .add("GET /api/v1/forwardings/{id}", () -> given().header("Authorization", board)
                        .get("/api/v1/forwardings/{id}", UUID.randomUUID()))
                .add("GET /api/v1/forwardings/{id}/bundle", () -> given().header("Authorization", office)
                        .get("/api/v1/forwardings/{id}/bundle", forwarding))
                .add("GET /api/v1/board/nominations", () -> given().header("Authorization", board).get("/api/v1/board/nominations"))
                .add("GET /api/v1/board/nominations/{id}", () -> given().header("Authorization", board)
                        .get("/api/v1/board/nominations/{id}", forwarded))
                .add("GET /api/v1/board/nominations/{id}/attachments/{attachmentId}", () -> given().header("Authorization", board)
                        .get("/api/v1/board/nominations/{id}/attachments/{a}", forwarded, attachment))
                .add("POST /api/v1/board/nominations/{id}/decision", () -> {
                    UUID n = BoardFixtures.postedNomination(w, BoardFixtures.HIGHER_FORM, "Lê Hợp Đồng " + UUID.randomUUID(), 1);
                    given().header("Authorization", office).contentType(ContentType.JSON)
                            .body(Map.of("roundId", w.roundId().toString(), "nominationIds", List.of(n.toString())))
                            .post("/api/v1/forwardings").then().statusCode(201);
                    return given().header("Authorization", board).header("Idempotency-Key", UUID.randomUUID().toString())
                            .contentType(ContentType.JSON).body(Map.of("outcome", "REFUSED", "decisionNumber", "1/BTĐKT",
                                    "decisionDate", "2025-12-20", "note", "Chưa đủ điều kiện"))
                            .post("/api/v1/board/nominations/{id}/decision", n);
                })
                .add("POST /api/v1/board/nominations/{id}/decision", () -> given().header("Authorization", board)
                        .contentType(ContentType.JSON).body(Map.of("outcome", "ACCEPTED"))
                        .post("/api/v1/board/nominations/{id}/decision", forwarded))
                .add("GET /api/v1/funds/{communeId}/{year}", () -> given().header("Authorization", office)
                        .get("/api/v1/funds/{c}/2025", w.c().commune().id()))
                .add("POST /api/v1/funds/{communeId}/{year}/entries", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).body(Map.of("kind", "BUDGET", "amountVnd", 5_000_000))
                        .post("/api/v1/funds/{c}/2025/entries", w.c().commune().id()))
                .add("PUT /api/v1/certificate-layouts/{formCode}", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).body(layout()).put("/api/v1/certificate-layouts/{f}", BoardFixtures.COMMUNE_FORM))
                .add("GET /api/v1/certificate-layouts", () -> given().header("Authorization", office).get("/api/v1/certificate-layouts"))
                .add("GET /api/v1/award-records/{id}/certificate", () -> given().header("Authorization", office)
                        .get("/api/v1/award-records/{id}/certificate", UUID.randomUUID()))
                .add("GET /api/v1/decisions/{id}/certificates", () -> given().header("Authorization", office)
                        .get("/api/v1/decisions/{id}/certificates", UUID.randomUUID()));
    }

    private static Map<String, Object> layout() {
        Map<String, Object> box = Map.of("x", 20, "y", 40, "width", 150, "fontSize", 14);
        return Map.of("pageWidthMm", 297, "pageHeightMm", 210, "fields", Map.of("recipient", box, "achievement", box,
                "decisionNumber", box, "decisionDate", box, "signer", box));
    }

    private BoardContractCalls() {
    }
}
