package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thiduaso.report.api.ReportCalls.action;
import static vn.thiduaso.report.api.ReportCalls.create;
import static vn.thiduaso.report.api.ReportCalls.put;
import static vn.thiduaso.report.api.ReportCalls.villageDraft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Structured;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/**
 * The issue's "bad input": each is a problem+json naming the field (or a 409 for a state that does
 * not allow the step), and nothing of what was stored changes.
 */
@QuarkusTest
class ReportBadInputTest {

    private static final String DB = ReportServiceTestEnvironment.DATABASE;

    @Inject
    IssuedPlans plans;

    private Commune c;
    private Structured s;
    private String unit;
    private String id;
    private String stored;

    @BeforeEach
    void aSavedDraft() {
        c = plans.commune();
        s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        unit = c.unitToken(c.village());
        id = create(unit, plans.requirement(s.obligationId(), 2027, c.village()));
        put(unit, id, villageDraft(s, 0)).then().statusCode(200);
        stored = snapshot();
    }

    @Test
    void aValueThatIsNotANumberIsRefusedNamingItsPath() {
        Map<String, Object> draft = draftWithTarget(1, Map.of("targetId", s.structure().villageTarget().toString(),
                "value", "mười hai"));
        expect400(put(unit, id, draft), "targets[1].value");
    }

    @Test
    void negativeValuesAreRefused() {
        expect400(put(unit, id, draftWithTarget(1, Map.of("targetId", s.structure().villageTarget().toString(),
                "value", -1))), "targets[1].value", "Giá trị không được âm");
        expect400(put(unit, id, draftWithTarget(0, Map.of("targetId", s.structure().percentTarget().toString(),
                "numerator", 5, "denominator", -10))), "targets[0].denominator", "Giá trị không được âm");
    }

    @Test
    void aNumeratorAboveItsDenominatorIsRefused() {
        expect400(put(unit, id, draftWithTarget(0, Map.of("targetId", s.structure().percentTarget().toString(),
                "numerator", 51, "denominator", 50))), "targets[0].numerator", "Tử số không được lớn hơn mẫu số");
    }

    @Test
    void unknownTargetsContentsAndAwardFormsAndTooLongTextsAreRefused() {
        // a target of another group (schools) does not apply to a village
        expect400(put(unit, id, draftWithTarget(1, Map.of("targetId", s.structure().schoolTarget().toString(),
                "value", 1))), "targets[1].targetId");
        Map<String, Object> draft = villageDraft(s, 1);
        draft.put("contents", List.of(Map.of("contentId", UUID.randomUUID().toString(), "text", "…")));
        expect400(put(unit, id, draft), "contents[0].contentId");
        draft = villageDraft(s, 1);
        draft.put("proposedAwards", List.of(Map.of("awardFormCode", "huan-chuong-lao-dong", "nominee", "Thôn Đông")));
        expect400(put(unit, id, draft), "proposedAwards[0].awardFormCode");
        draft = villageDraft(s, 1);
        draft.put("summary", "a".repeat(20001));
        expect400(put(unit, id, draft), "summary", "Tối đa 20000 ký tự");
        draft = villageDraft(s, 1);
        draft.put("selfAssessment", Map.of("grade", "BEST"));
        expect400(put(unit, id, draft), "selfAssessment.grade");
        draft = villageDraft(s, 1);
        draft.remove("version");
        expect400(put(unit, id, draft), "version");
    }

    @Test
    void aNulCharacterIsRefusedNamingItsFieldInsteadOfFailingInTheDatabase() {
        Map<String, Object> draft = villageDraft(s, 1);
        draft.put("difficulties", "Thiếu kinh phí\u0000");
        expect400(put(unit, id, draft), "difficulties", "Không được chứa ký tự NUL (U+0000)");
    }

    @Test
    void trailingGarbageAndBrokenJsonAreRefusedSayingWhereWithoutEchoingTheInput() throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(villageDraft(s, 1));
        Response trailing = given().header("Authorization", unit).contentType(ContentType.JSON).body(body + " {\"x\":1}")
                .when().put("/api/v1/reports/{id}", id);
        expect400(trailing, "body");
        trailing.then().body("errors[0].message", org.hamcrest.Matchers.startsWith("Có dữ liệu thừa sau tài liệu JSON (dòng 1, cột"));
        Response broken = given().header("Authorization", unit).contentType(ContentType.JSON)
                .body("{\n  \"summary\": \"bí mật\",\n  \"version\": }").when().put("/api/v1/reports/{id}", id);
        expect400(broken, "body", "Nội dung JSON sai cú pháp (dòng 3, cột 14)");
        broken.then().body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("bí mật")));
    }

    @Test
    void aJsonBodyAboveTwoMebibytesIs413BeforeItIsRead() {
        Map<String, Object> draft = villageDraft(s, 1);
        draft.put("difficulties", "x".repeat(3 * 1024 * 1024));
        put(unit, id, draft).then().statusCode(413).contentType("application/problem+json");
        assertEquals(stored, snapshot());
    }

    @Test
    void aStaleVersionIs409WithTheCurrentVersion() {
        put(unit, id, villageDraft(s, 0)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(1));
        action(unit, id, "submit", 0).then().statusCode(409).body("currentVersion", equalTo(1));
        assertEquals(stored, snapshot());
    }

    @Test
    void editingAfterSubmissionAndSubmittingTwiceAre409() {
        action(unit, id, "submit", 1).then().statusCode(200);
        String submitted = snapshot();
        put(unit, id, villageDraft(s, 2)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Báo cáo đã gửi, không sửa được cho đến khi được trả lại"));
        action(unit, id, "submit", 2).then().statusCode(409).body("detail", equalTo("Báo cáo đã được gửi"));
        assertEquals(submitted, snapshot());
    }

    @Test
    void anotherUnitsReportCannotBeEditedOrSent() {
        put(c.unitToken(c.school()), id, villageDraft(s, 1)).then().statusCode(404).contentType("application/problem+json");
        action(c.unitToken(c.school()), id, "submit", 1).then().statusCode(404);
        put(plans.neighbourOf(c).officeToken(), id, villageDraft(s, 1)).then().statusCode(404);
        for (String token : new String[] { c.councilToken(), c.leaderToken(), c.boardToken() }) {
            put(token, id, villageDraft(s, 1)).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(villageDraft(s, 1)).when().put("/api/v1/reports/{id}", id)
                .then().statusCode(401);
        assertEquals(stored, snapshot());
    }

    @Test
    void aPeriodWhosePlanIsClosedTakesNoNewReportAndNoChange() {
        UUID school = plans.requirement(s.obligationId(), 2027, c.school());
        plans.deliver(IssuedPlans.closedEnvelope(s.plan()));
        given().header("Authorization", c.unitToken(c.school())).contentType(ContentType.JSON)
                .body(Map.of("requirementId", school.toString()))
                .when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("requirementId"));
        put(unit, id, villageDraft(s, 1)).then().statusCode(409);
        action(unit, id, "submit", 1).then().statusCode(409);
        assertEquals(stored, snapshot());
        assertEquals(0, TestDatabase.count(DB, "select count(*) from report where requirement_id = '" + school + "'"));
    }

    @Test
    void returningWithoutAReasonOrWithAPastDeadlineIsRefused() {
        action(unit, id, "submit", 1).then().statusCode(200);
        String submitted = snapshot();
        stored = submitted;
        expect400(action(c.officeToken(), id, "return", Map.of("version", 2)), "reason", "Cần ghi lý do");
        expect400(action(c.officeToken(), id, "return", Map.of("version", 2, "reason", "   ")), "reason");
        expect400(action(c.officeToken(), id, "return", Map.of("version", 2, "reason", "Thiếu số liệu",
                "dueDate", "2020-01-01")), "dueDate");
        expect400(action(c.officeToken(), id, "return", Map.of("version", 2, "reason", "Thiếu số liệu",
                "dueDate", "mai")), "dueDate");
        expect400(action(c.officeToken(), id, "reopen", Map.of("version", 2)), "reason");
        // wrong role, wrong commune
        action(c.unitToken(c.village()), id, "return", Map.of("version", 2, "reason", "x")).then().statusCode(403);
        action(c.leaderToken(), id, "accept", 2).then().statusCode(403);
        action(plans.neighbourOf(c).officeToken(), id, "return", Map.of("version", 2, "reason", "x"))
                .then().statusCode(404).contentType("application/problem+json");
        action(plans.neighbourOf(c).officeToken(), id, "accept", 2).then().statusCode(404);
        action(c.officeToken(), id, "reopen", Map.of("version", 2, "reason", "Chưa tiếp nhận")).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("version", 2, "reason", "x"))
                .when().post("/api/v1/reports/{id}/return", id).then().statusCode(401);
        assertEquals(submitted, snapshot());
        assertEquals(1, TestDatabase.count(DB, "select count(*) from outbox_event where event_type = 'ReportSubmitted'"
                + " and envelope like '%" + id + "%'"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from outbox_event where event_type = 'ReportReturned'"
                + " and envelope like '%" + id + "%'"));
    }

    /** The draft with target row {@code index} replaced. */
    private Map<String, Object> draftWithTarget(int index, Map<String, Object> target) {
        Map<String, Object> draft = villageDraft(s, 1);
        @SuppressWarnings("unchecked")
        List<Object> targets = new java.util.ArrayList<>((List<Object>) draft.get("targets"));
        targets.set(index, target);
        draft.put("targets", targets);
        return draft;
    }

    private void expect400(Response response, String field, String... message) {
        var then = response.then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        for (String m : message) {
            then.body("errors.message", hasItem(m));
        }
        assertEquals(stored, snapshot(), "nothing changed");
    }

    /** Everything stored of the report: its row, sections, values, awards, attachments and history. */
    private String snapshot() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("report", TestDatabase.text(DB, "select status || ':' || version || ':' || narrative || ':' || difficulties"
                + " || ':' || coalesce(self_assessment_grade, '') from report where id = '" + id + "'"));
        parts.put("sections", TestDatabase.text(DB, "select coalesce(string_agg(content_id || '=' || text, ';' order by position), '')"
                + " from report_content_section where report_id = '" + id + "'"));
        parts.put("values", TestDatabase.text(DB, "select coalesce(string_agg(target_id || '=' || coalesce(value::text, '')"
                + " || '/' || coalesce(numerator::text, '') || '/' || coalesce(denominator::text, ''), ';' order by target_id), '')"
                + " from report_target_value where report_id = '" + id + "'"));
        parts.put("awards", TestDatabase.text(DB, "select coalesce(string_agg(award_form_code || '=' || nominee, ';'), '')"
                + " from report_proposed_award where report_id = '" + id + "'"));
        parts.put("history", TestDatabase.text(DB, "select count(*)::text from report_history where report_id = '" + id + "'"));
        return parts.toString();
    }
}
