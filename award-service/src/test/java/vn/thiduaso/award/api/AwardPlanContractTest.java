package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Plans;

/** The award-plan responses carry exactly the fields their OpenAPI schemas name (no stray suedAt…). */
@QuarkusTest
class AwardPlanContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Plans plans;

    @Test
    void detailAndSummaryHaveExactlyTheFieldsOfTheirSchemas() throws Exception {
        Commune c = Communes.create();
        UUID planId = plans.issue(c, "150/KH-UBND", "Kế hoạch thi đua " + c.key(), Instant.now(), c.village());
        JsonNode openApi = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode schemas = openApi.get("components").get("schemas");

        JsonNode detail = JSON.readTree(given().header("Authorization", c.officeToken())
                .when().get("/api/v1/award-plans/{id}", planId).then().statusCode(200).extract().asString());
        assertEquals(names(schemas.get("AwardPlanDetail").get("properties")), names(detail));
        assertEquals(names(schemas.get("AddresseeView").get("properties")), names(detail.get("addressees").get(0)));

        JsonNode list = JSON.readTree(given().header("Authorization", c.officeToken())
                .when().get("/api/v1/award-plans").then().statusCode(200).extract().asString());
        assertEquals(names(schemas.get("AwardPlanSummary").get("properties")), names(list.get("items").get(0)));
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
