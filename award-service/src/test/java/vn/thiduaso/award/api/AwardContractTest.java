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

    @Override
    public ContractCalls calls() {
        Commune c = Communes.create();
        String admin = Communes.adminToken();
        return BoardContractCalls.register(new ContractCalls()
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
                        .get("/api/v1/award-plans/{id}", UUID.randomUUID())));
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
