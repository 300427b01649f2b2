package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thiduaso.award.Dossiers;

/** Request bodies and calls the nomination tests share. */
final class NominationCalls {

    static Map<String, Object> individual(UUID roundId, String fullName, String formCode) {
        return Map.of("roundId", roundId, "formCode", formCode, "nomineeKind", "INDIVIDUAL",
                "nominee", Map.of("fullName", fullName, "dateOfBirth", "1985-04-12", "gender", "Nữ",
                        "position", "Trưởng thôn"),
                "achievements", "Hoàn thành xuất sắc nhiệm vụ năm " + Dossiers.YEAR,
                "standards", List.of(Map.of("code", "s1", "met", true), Map.of("code", "s2", "met", true)),
                "reportIds", List.of());
    }

    static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/nominations").then();
    }

    static String createId(String token, Map<String, Object> body) {
        return create(token, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse post(String token, String id, String action, Object body) {
        var req = given().header("Authorization", token).contentType(ContentType.JSON);
        if (body != null) {
            req = req.body(body);
        }
        return req.when().post("/api/v1/nominations/{id}/" + action, id).then();
    }

    static ValidatableResponse get(String token, String id) {
        return given().header("Authorization", token).when().get("/api/v1/nominations/{id}", id).then();
    }

    private NominationCalls() {
    }
}
