package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Plans;
import vn.thiduaso.platform.test.ContractCalls;
import vn.thiduaso.platform.test.OpenApiContractSuite;

/** Every operation of award-service's OpenAPI document is called, and every response matches its declared schema. */
@QuarkusTest
class AwardContractTest implements OpenApiContractSuite {

    @Inject
    Plans plans;

    @Inject
    CouncilFixtures council;

    @Inject
    vn.thiduaso.award.Dossiers dossiers;

    @Inject
    vn.thiduaso.award.DecisionFixtures decisions;

    @Inject
    vn.thiduaso.award.config.AwardClock clock;

    @Override
    public ContractCalls calls() {
        Commune c = Communes.create();
        String admin = Communes.adminToken();
        ContractCalls calls = new ContractCalls().deadLetters("award-service", "directory.users");
        // The platform's admin outbox endpoints (every service serves them).
        vn.thiduaso.platform.test.OutboxAdminCalls.addTo(calls, "award_test");
        calls
                .add("GET /api/v1/award-forms", () -> given().header("Authorization", c.officeToken())
                        .queryParam("active", true).get("/api/v1/award-forms"))
                .add("GET /api/v1/award-forms", () -> given().get("/api/v1/award-forms"))
                .add("GET /api/v1/award-forms", () -> given().header("Authorization", c.officeToken())
                        .queryParam("size", 0).get("/api/v1/award-forms"))
                .add("GET /api/v1/award-forms/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/award-forms/{id}", createForm(admin)))
                .add("GET /api/v1/award-forms/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/award-forms/{id}", UUID.randomUUID()))
                .add("POST /api/v1/award-forms", () -> given().header("Authorization", admin).contentType(ContentType.JSON)
                        .body(form("contract-" + UUID.randomUUID())).post("/api/v1/award-forms"))
                .add("POST /api/v1/award-forms", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(form("contract-" + UUID.randomUUID())).post("/api/v1/award-forms"))
                .add("POST /api/v1/award-forms", () -> given().header("Authorization", admin).contentType(ContentType.JSON)
                        .body(Map.of("code", "")).post("/api/v1/award-forms"))
                .add("PUT /api/v1/award-forms/{id}", () -> {
                    UUID id = createForm(admin);
                    Map<String, Object> update = form("contract-" + UUID.randomUUID());
                    update.put("version", 0);
                    return given().header("Authorization", admin).contentType(ContentType.JSON).body(update)
                            .put("/api/v1/award-forms/{id}", id);
                })
                .add("PUT /api/v1/award-forms/{id}", () -> {
                    UUID id = createForm(admin);
                    Map<String, Object> update = form("contract-" + UUID.randomUUID());
                    update.put("version", 7);
                    return given().header("Authorization", admin).contentType(ContentType.JSON).body(update)
                            .put("/api/v1/award-forms/{id}", id);
                })
                .add("GET /api/v1/award-plans", () -> {
                    plans.issue(c, "150/KH-UBND", "Kế hoạch thi đua " + c.key(), Instant.now(), c.village());
                    return given().header("Authorization", c.officeToken()).get("/api/v1/award-plans");
                })
                .add("GET /api/v1/award-plans/{planId}", () -> {
                    UUID planId = plans.issue(c, "151/KH-UBND", "Kế hoạch thi đua " + c.key(), Instant.now(), c.village());
                    return given().header("Authorization", c.officeToken()).get("/api/v1/award-plans/{id}", planId);
                })
                .add("GET /api/v1/award-plans/{planId}", () -> given().header("Authorization", c.unitToken())
                        .get("/api/v1/award-plans/{id}", UUID.randomUUID()))
                // helper rules: rule sets, rounds, registration, clusters, award history
                .add("GET /api/v1/award-rule-sets", () -> given().header("Authorization", c.unitToken())
                        .get("/api/v1/award-rule-sets"))
                .add("GET /api/v1/award-rule-sets/in-force", () -> given().header("Authorization", c.unitToken())
                        .queryParam("on", "2024-06-01").get("/api/v1/award-rule-sets/in-force"))
                .add("GET /api/v1/award-rule-sets/{id}", () -> given().header("Authorization", c.unitToken())
                        .get("/api/v1/award-rule-sets/{id}", "a2a0e000-0000-4000-8000-000000000001"))
                .add("POST /api/v1/award-rule-sets", () -> given().header("Authorization", admin).contentType(ContentType.JSON)
                        .body(Map.of("code", "")).post("/api/v1/award-rule-sets"))
                .add("GET /api/v1/award-rounds", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/award-rounds"))
                .add("GET /api/v1/award-rounds/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/award-rounds/{id}", UUID.randomUUID()))
                .add("POST /api/v1/award-rounds", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of("occasion", "ANNUAL")).post("/api/v1/award-rounds"))
                .add("PUT /api/v1/award-rounds/{id}", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of("version", 0)).put("/api/v1/award-rounds/{id}", UUID.randomUUID()))
                .add("POST /api/v1/award-rounds/{id}/close", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of()).post("/api/v1/award-rounds/{id}/close", UUID.randomUUID()))
                .add("GET /api/v1/emulation-registrations", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/emulation-registrations"))
                .add("PUT /api/v1/emulation-registrations/{unitId}/{year}", () -> given()
                        .header("Authorization", c.unitToken()).contentType(ContentType.JSON)
                        .body(Map.of("formCodes", List.of("giay-khen-chu-tich-ubnd-xa"), "note", "Hợp đồng"))
                        .put("/api/v1/emulation-registrations/{u}/{y}", c.village().id(), 2027))
                .add("GET /api/v1/emulation-clusters", () -> given().header("Authorization", c.officeToken()).get("/api/v1/emulation-clusters"))
                .add("GET /api/v1/emulation-clusters/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/emulation-clusters/{id}", UUID.randomUUID()))
                .add("PUT /api/v1/emulation-clusters/{id}/covenant", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of("text", "Giao ước"))
                        .put("/api/v1/emulation-clusters/{id}/covenant", UUID.randomUUID()))
                .add("PUT /api/v1/emulation-clusters/{id}/scores", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of("scores", List.of()))
                        .put("/api/v1/emulation-clusters/{id}/scores", UUID.randomUUID()))
                .add("GET /api/v1/award-records", () -> given().header("Authorization", c.officeToken())
                        .queryParam("q", "nguyen").get("/api/v1/award-records"))
                .add("GET /api/v1/award-records/{id}", () -> given().header("Authorization", c.officeToken())
                        .get("/api/v1/award-records/{id}", UUID.randomUUID()))
                .add("POST /api/v1/award-records", () -> given().header("Authorization", c.officeToken())
                        .contentType(ContentType.JSON).body(Map.of("nomineeKind", "INDIVIDUAL"))
                        .post("/api/v1/award-records"));
        nominationCalls(calls, c);
        DecisionContractCalls.addTo(calls, decisions, clock);
        return BoardContractCalls.register(CouncilContractCalls.addTo(calls, council));
    }

    /** The dossier's operations: each happy path and a refusal. */
    private void nominationCalls(ContractCalls calls, Commune c) {
        String unit = c.unitToken();
        String office = c.officeToken();
        java.util.function.Supplier<String> draft = () -> NominationCalls.createId(unit,
                NominationCalls.individual(dossiers.openRound(c), "Hợp Đồng " + UUID.randomUUID(),
                        vn.thiduaso.award.Dossiers.XA));
        java.util.function.Supplier<String> submitted = () -> {
            String id = draft.get();
            NominationCalls.post(unit, id, "submit", null).statusCode(200);
            return id;
        };
        java.util.function.Supplier<String> received = () -> {
            String id = submitted.get();
            NominationCalls.post(office, id, "receive", null).statusCode(200);
            return id;
        };
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        calls.add("POST /api/v1/nominations", () -> given().header("Authorization", unit).contentType(ContentType.JSON)
                        .body(NominationCalls.individual(dossiers.openRound(c), "Hợp Đồng A", vn.thiduaso.award.Dossiers.XA))
                        .post("/api/v1/nominations"))
                .add("POST /api/v1/nominations", () -> given().header("Authorization", unit).contentType(ContentType.JSON)
                        .body(Map.of("roundId", dossiers.openRound(c))).post("/api/v1/nominations"))
                .add("GET /api/v1/nominations", () -> given().header("Authorization", office).get("/api/v1/nominations"))
                .add("GET /api/v1/nominations/{id}", () -> given().header("Authorization", unit)
                        .get("/api/v1/nominations/{id}", draft.get()))
                .add("GET /api/v1/nominations/{id}", () -> given().header("Authorization", unit)
                        .get("/api/v1/nominations/{id}", UUID.randomUUID()))
                .add("PUT /api/v1/nominations/{id}", () -> {
                    Map<String, Object> body = new HashMap<>(NominationCalls.individual(UUID.randomUUID(), "Hợp Đồng B",
                            vn.thiduaso.award.Dossiers.XA));
                    body.remove("roundId");
                    body.put("version", 99);
                    return given().header("Authorization", unit).contentType(ContentType.JSON).body(body)
                            .put("/api/v1/nominations/{id}", draft.get());
                })
                .add("GET /api/v1/nominations/{id}/eligibility", () -> given().header("Authorization", unit)
                        .get("/api/v1/nominations/{id}/eligibility", draft.get()))
                .add("POST /api/v1/nominations/{id}/submit", () -> given().header("Authorization", unit)
                        .contentType(ContentType.JSON).post("/api/v1/nominations/{id}/submit", draft.get()))
                .add("POST /api/v1/nominations/{id}/recall", () -> given().header("Authorization", unit)
                        .contentType(ContentType.JSON).post("/api/v1/nominations/{id}/recall", submitted.get()))
                .add("POST /api/v1/nominations/{id}/withdraw", () -> given().header("Authorization", unit)
                        .contentType(ContentType.JSON).body(Map.of("reason", "Đổi đối tượng"))
                        .post("/api/v1/nominations/{id}/withdraw", draft.get()))
                .add("POST /api/v1/nominations/{id}/receive", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).post("/api/v1/nominations/{id}/receive", submitted.get()))
                .add("POST /api/v1/nominations/{id}/assign", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).body(Map.of("officer", "khong-co"))
                        .post("/api/v1/nominations/{id}/assign", received.get()))
                .add("POST /api/v1/nominations/{id}/appraise", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).body(Map.of("eligible", true))
                        .post("/api/v1/nominations/{id}/appraise", received.get()))
                .add("POST /api/v1/nominations/{id}/return", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).body(Map.of("reason", "Bổ sung hồ sơ"))
                        .post("/api/v1/nominations/{id}/return", submitted.get()))
                .add("POST /api/v1/nominations/{id}/override", () -> given().header("Authorization", office)
                        .contentType(ContentType.JSON).body(Map.of("reason", "Thử"))
                        .post("/api/v1/nominations/{id}/override", draft.get()))
                .add("GET /api/v1/nominations/{id}/log", () -> given().header("Authorization", unit)
                        .get("/api/v1/nominations/{id}/log", draft.get()))
                .add("GET /api/v1/nominations/{id}/log/document", () -> given().header("Authorization", unit)
                        .queryParam("format", "pdf").get("/api/v1/nominations/{id}/log/document", draft.get()))
                .add("POST /api/v1/nominations/{id}/attachments", () -> given().header("Authorization", unit)
                        .multiPart("file", "to-trinh.pdf", pdf, "application/pdf").multiPart("kind", "OTHER")
                        .post("/api/v1/nominations/{id}/attachments", draft.get()))
                .add("GET /api/v1/nominations/{id}/attachments/{attachmentId}", () -> given().header("Authorization", unit)
                        .get("/api/v1/nominations/{id}/attachments/{aid}", draft.get(), UUID.randomUUID()))
                .add("DELETE /api/v1/nominations/{id}/attachments/{attachmentId}", () -> given()
                        .header("Authorization", unit)
                        .delete("/api/v1/nominations/{id}/attachments/{aid}", draft.get(), UUID.randomUUID()))
                .add("GET /api/v1/award-rounds/{roundId}/nominations/import-template", () -> given()
                        .header("Authorization", unit)
                        .get("/api/v1/award-rounds/{id}/nominations/import-template", dossiers.openRound(c)))
                .add("POST /api/v1/award-rounds/{roundId}/nominations/import", () -> given().header("Authorization", unit)
                        .multiPart("file", "x.xlsx", pdf).post("/api/v1/award-rounds/{id}/nominations/import",
                                dossiers.openRound(c)));
    }

    private static UUID createForm(String admin) {
        return UUID.fromString(given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(form("contract-" + UUID.randomUUID())).post("/api/v1/award-forms")
                .then().statusCode(201).extract().path("id"));
    }

    private static Map<String, Object> form(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code.substring(0, Math.min(code.length(), 60)));
        body.put("name", "Giấy khen thử hợp đồng");
        body.put("level", "COMMUNE");
        body.put("recipientKinds", List.of("COLLECTIVE", "INDIVIDUAL"));
        body.put("rank", 1000);
        return body;
    }
}
