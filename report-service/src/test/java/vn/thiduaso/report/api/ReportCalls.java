package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.report.IssuedPlans.Structure;

/** REST calls on reports that several tests make, written as the SPA would send them. */
final class ReportCalls {

    static String create(String token, UUID requirementId) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("requirementId", requirementId.toString()))
                .when().post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
    }

    static Response put(String token, String reportId, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reports/{id}", reportId);
    }

    static Response action(String token, String reportId, String action, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports/{id}/" + action, reportId);
    }

    static Response action(String token, String reportId, String action, long version) {
        return action(token, reportId, action, Map.of("version", version));
    }

    static int version(String token, String reportId) {
        return given().header("Authorization", token).when().get("/api/v1/reports/{id}", reportId)
                .then().statusCode(200).extract().path("version");
    }

    static Map<String, Object> villageDraft(vn.thiduaso.report.IssuedPlans.Structured s, long version) {
        return villageDraft(s.structure(), version);
    }

    /** A complete, valid draft of a village's report against {@code s}. */
    static Map<String, Object> villageDraft(Structure s, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("summary", "Thôn Đông hoàn thành phần lớn chỉ tiêu năm.");
        body.put("contents", List.of(
                Map.of("contentId", s.content1().toString(), "text", "Tổ chức 12 buổi hướng dẫn kỹ năng số."),
                Map.of("contentId", s.content11().toString(), "text", "340 lượt người dân được hướng dẫn.")));
        body.put("targets", List.of(
                Map.of("targetId", s.percentTarget().toString(), "numerator", 46, "denominator", 50, "value", 3,
                        "note", "Số liệu đến 30/11"),
                Map.of("targetId", s.villageTarget().toString(), "value", 12)));
        body.put("difficulties", "Thiếu thiết bị cho người cao tuổi.");
        body.put("proposals", "Đề nghị hỗ trợ 5 máy tính bảng.");
        body.put("selfAssessment", Map.of("grade", "GOOD", "text", "Hoàn thành tốt nhiệm vụ."));
        body.put("proposedAwards", List.of(Map.of("awardFormCode", s.awardForm(), "nominee", "Thôn Đông",
                "reason", "Dẫn đầu phong trào chuyển đổi số")));
        return body;
    }

    private ReportCalls() {
    }
}
