package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestKafka;

@QuarkusTest
class StructuredPlanResourceTest {

    private static final String DB = "plan_test";

    @Inject
    Communes communes;

    @Test
    void aPlanWithEveryPartReadsBackWithIdsAndUnitNames() {
        Communes.Commune c = communes.create();
        String id = create(c, StructuredPlans.full(c, Plans.randomTitle()));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("planVersion", equalTo(1))
                .body("startYear", equalTo(2025)).body("endYear", equalTo(2030))
                .body("movements.name", hasItem("Bình dân học vụ số"))
                .body("legalBases[0].number", equalTo("2144/UBND-NVKTGS"))
                .body("legalBases[0].date", equalTo("2025-08-15"))
                .body("legalBases[0].id", notNullValue())
                .body("contents[0].id", notNullValue())
                .body("contents[0].children[0].title", equalTo("Học tập số"))
                .body("contents[0].children[0].id", notNullValue())
                .body("targets[0].code", equalTo("CT01"))
                .body("targets[0].values[1].value", equalTo(100))
                .body("milestones[0].kind", equalTo("PRELIMINARY_REVIEW"))
                .body("awardForms[0].code", equalTo("giay-khen-chu-tich-ubnd-xa"))
                .body("assignments[0].unitName", equalTo("Phòng Văn hóa - Xã hội"))
                .body("addressees.unitName", contains("Phòng Văn hóa - Xã hội", "Thôn Đông"))
                .body("reportingObligations[0].reporters.mode", equalTo("KINDS"))
                .body("reportingObligations[0].recipientUnit.name", equalTo("Phòng Văn hóa - Xã hội"))
                .body("reportingObligations[0].secondHop.recipientName", equalTo("Sở Nội vụ"))
                .body("reportingObligations[1].kind", equalTo("PRELIMINARY_REVIEW"))
                .body("reportingObligations[1].reporters.mode", equalTo("ADDRESSEES"))
                .body("unitPlansRequired.dueMonth", equalTo(11))
                .body("otherSections[0].heading", equalTo("Kinh phí thực hiện"))
                .body("recipients", hasSize(2))
                .body("signer.capacity", equalTo("KT. CHỦ TỊCH"))
                .body("place", equalTo("Vĩnh Bảo"));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from plan_version where plan_id = '" + id + "'"));
    }

    @Test
    void patchReplacesOnePartKeepsGivenIdsAndRefusesAStaleVersion() {
        Communes.Commune c = communes.create();
        String id = create(c, StructuredPlans.full(c, Plans.randomTitle()));
        ValidatableResponse before = given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + id).then();
        String firstContentId = before.extract().path("contents[0].id");
        int version = before.extract().path("version");
        String patch = """
                {"version": %d, "contents": [{"id": "%s", "number": "1", "title": "Nội dung đã sửa"},
                                             {"number": "2", "title": "Nội dung mới"}]}
                """.formatted(version, firstContentId);
        int newVersion = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(patch)
                .when().patch("/api/v1/plans/" + id).then().statusCode(200)
                .body("contents", hasSize(2))
                .body("contents[0].id", equalTo(firstContentId))
                .body("contents[0].title", equalTo("Nội dung đã sửa"))
                .body("contents[1].id", notNullValue())
                .body("targets[0].code", equalTo("CT01"))          // other parts untouched
                .body("title", notNullValue())
                .extract().path("version");
        assertTrue(newVersion > version);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(patch)
                .when().patch("/api/v1/plans/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(newVersion));
        // A unit cannot edit; another commune's office cannot either.
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON)
                .body("{\"version\": " + newVersion + ", \"purposes\": [\"x\"]}")
                .when().patch("/api/v1/plans/" + id).then().statusCode(404);
        given().header("Authorization", communes.create().officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": " + newVersion + ", \"purposes\": [\"x\"]}")
                .when().patch("/api/v1/plans/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"version\": 0}").when().patch("/api/v1/plans/" + id)
                .then().statusCode(401);
        // The issuing unit is not editable; unknown fields are named.
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": " + newVersion + ", \"issuingUnitId\": \"" + c.village().id + "\", \"colour\": 1}")
                .when().patch("/api/v1/plans/" + id).then().statusCode(400)
                .body("errors.field", hasItem("issuingUnitId")).body("errors.field", hasItem("colour"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String hidden = create(other, StructuredPlans.full(other, Plans.randomTitle()));
        String full = StructuredPlans.full(c, Plans.randomTitle());
        long plans = TestDatabase.count(DB, "select count(*) from plan");
        long versions = TestDatabase.count(DB, "select count(*) from plan_version");

        refused(c, full.replace("\"dueDay\": 5, \"dueMonth\": 12", "\"dueDay\": 31, \"dueMonth\": 11"),
                "reportingObligations[0].dueDay");
        refused(c, full.replace("\"dueDay\": 5, \"dueMonth\": 12", "\"dueDay\": 29, \"dueMonth\": 2"),
                "reportingObligations[0].dueDay");
        refused(c, full.replace("\"date\": \"2025-08-15\"", "\"date\": \"2025-02-29\""), "legalBases[0].date");
        refused(c, full.replace("\"firstYear\": 2027, \"lastYear\": 2027", "\"firstYear\": 2031, \"lastYear\": 2031"),
                "reportingObligations[1].firstYear");
        refused(c, full.replace("{\"year\": 2026, \"value\": 100}", "{\"year\": 2026, \"value\": 101}"),
                "targets[0].values[1].value");
        refused(c, full.replace("\"giay-khen-chu-tich-ubnd-xa\"", "\"huy-chuong-vang-olympic\""), "awardForms[0].code");
        refused(c, full.replace("\"number\": \"2\", \"title\": \"Thi đua chuyển đổi số\"",
                "\"number\": \"1\", \"title\": \"Thi đua chuyển đổi số\""), "contents[1].number");
        refused(c, full.replace("\"addresseeUnitIds\": [\"" + c.office().id,
                "\"addresseeUnitIds\": [\"" + other.village().id), "addresseeUnitIds[0]");
        refused(c, full.replace("\"assignments\": [{\"unitId\": \"" + c.office().id,
                "\"assignments\": [{\"unitId\": \"" + other.office().id), "assignments[0].unitId");
        refused(c, full.replace("\"title\": \"về việc triển khai\"",
                "\"title\": \"về việc triển khai\", \"parentPlanId\": \"" + hidden + "\""), "legalBases[0].parentPlanId");
        refused(c, full.replace("\"movementIds\": [", "\"movementIds\": [\"" + UUID.randomUUID() + "\", "),
                "movementIds[0]");
        // 2 000 contents (ten times the limit): refused at once naming the list, not processed. (Ten thousand
        // exceed the 50 000 JSON tokens any request body may hold and are refused as "body" before binding.)
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"number\":\"").append(i).append("\",\"title\":\"x\"}");
        }
        long start = System.nanoTime();
        refused(c, full.replaceFirst("\"contents\": \\[", "\"contents\": [" + many + ","), "contents");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "refused fast");
        // A 5 MB text field: 413 before the body is read.
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(full.replace("\"Tuyên truyền\"", "\"" + "a".repeat(5_000_000) + "\""))
                .when().post("/api/v1/plans").then().statusCode(413).contentType("application/problem+json");

        assertEquals(plans, TestDatabase.count(DB, "select count(*) from plan"));
        assertEquals(versions, TestDatabase.count(DB, "select count(*) from plan_version"));
    }

    /** The shapes the seeds needed: group and requested assignees, lead-in and closing, "trên 80 %", a year's note, dashes. */
    private static String groups(Communes.Commune c, String title) {
        return """
                {"title": "%s", "issuingUnitId": "%s", "startYear": 2025, "endYear": 2030,
                 "introduction": ["Ủy ban nhân dân phường Kiến An ban hành Kế hoạch thực hiện Phong trào thi đua, cụ thể như sau:"],
                 "contents": [{"title": "Thi đua nâng cao nhận thức", "body": "Tuyên truyền"},
                              {"number": "", "title": "Thi đua phát triển xã hội số"}],
                 "targets": [{"code": "CT01", "name": "Cán bộ có kỹ năng số", "unitOfMeasure": "%%", "percentage": true,
                              "comparison": "GT", "values": [{"year": 2025, "value": 80},
                              {"year": 2026, "value": 90, "note": "sử dụng tốt trong khu vực công"}]}],
                 "assignments": [{"heading": "Các đơn vị và doanh nghiệp", "unitKinds": ["ENTERPRISE", "VILLAGE"],
                                  "role": "IMPLEMENT", "tasks": ["Triển khai thực hiện"]},
                                 {"unitId": "%s", "role": "COOPERATE", "requested": true, "tasks": ["Tuyên truyền, vận động"]}],
                 "addresseeUnitIds": ["%s", "%s"],
                 "closing": ["Trên đây là Kế hoạch thực hiện Phong trào thi đua của phường."],
                 "recipients": ["Lưu: VT."],
                 "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "capacity": "CHỦ TỊCH", "fullName": "Nguyễn Văn B"}}
                """.formatted(title, c.commune().id, c.office().id, c.office().id, c.village().id);
    }

    @Test
    void groupAndRequestedAssigneesIntroductionClosingStrictTargetsAndDashesAreHeldAndPrinted() throws Exception {
        Communes.Commune c = communes.create();
        String id = create(c, groups(c, Plans.randomTitle()));
        given().header("Authorization", c.officeToken()).when().get("/api/v1/plans/" + id).then().statusCode(200)
                .body("introduction[0]", containsString("cụ thể như sau:"))
                .body("closing[0]", equalTo("Trên đây là Kế hoạch thực hiện Phong trào thi đua của phường."))
                .body("contents.number", contains(null, null))
                .body("targets[0].comparison", equalTo("GT"))
                .body("targets[0].values[1].note", equalTo("sử dụng tốt trong khu vực công"))
                .body("assignments[0].unitId", equalTo(null))
                .body("assignments[0].heading", equalTo("Các đơn vị và doanh nghiệp"))
                .body("assignments[0].unitKinds", contains("ENTERPRISE", "VILLAGE"))
                .body("assignments[0].requested", equalTo(false))
                .body("assignments[1].unitName", equalTo("Phòng Văn hóa - Xã hội"))
                .body("assignments[1].requested", equalTo(true));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from plan_version where plan_id = '" + id
                + "' and content->'assignments'->0->>'heading' = 'Các đơn vị và doanh nghiệp'"
                + " and content->'targets'->0->>'comparison' = 'GT'"));

        byte[] docx = given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + id + "/document.docx")
                .then().statusCode(200).extract().asByteArray();
        String text;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        int intro = text.indexOf("cụ thể như sau:");
        int firstSection = text.indexOf("I. NỘI DUNG THI ĐUA");
        int closing = text.indexOf("Trên đây là Kế hoạch thực hiện Phong trào thi đua của phường./.");
        assertTrue(intro >= 0 && firstSection > intro, "the introduction comes before section I: " + text);
        assertTrue(closing > text.indexOf("III. TỔ CHỨC THỰC HIỆN"), "the closing comes after the last section: " + text);
        assertTrue(text.contains("- Thi đua nâng cao nhận thức"), "an unnumbered content is a dash: " + text);
        assertTrue(text.contains("1. Các đơn vị và doanh nghiệp"), text);
        assertTrue(text.contains("2. Đề nghị Phòng Văn hóa - Xã hội"), text);
        assertTrue(text.contains("> 80"), text);
        assertTrue(text.contains("> 90 (sử dụng tốt trong khu vực công)"), text);

        try (TestKafka.TopicProbe topic = TestKafka.probe(Topics.PLANS)) {
            issue(c, id, 0);
            String value = topic.await(Duration.ofSeconds(20), "\"PlanIssued\"", id).value();
            assertTrue(value.contains("\"comparison\":\"GT\""), value);
            assertTrue(value.contains("\"note\":\"sử dụng tốt trong khu vực công\""), value);
        }
    }

    @Test
    void anAssignmentNamesItsAssigneeWithKnownUnitKinds() {
        Communes.Commune c = communes.create();
        long versions = TestDatabase.count(DB, "select count(*) from plan_version");
        String body = groups(c, Plans.randomTitle());
        refused(c, body.replace("{\"heading\": \"Các đơn vị và doanh nghiệp\", \"unitKinds\": [\"ENTERPRISE\", \"VILLAGE\"],",
                "{"), "assignments[0]");
        refused(c, body.replace("\"unitKinds\": [\"ENTERPRISE\", \"VILLAGE\"]", "\"unitKinds\": [\"SPACESHIP\"]"),
                "assignments[0].unitKinds[0]");
        refused(c, body.replace("{\"year\": 2025, \"value\": 80}", "{\"year\": 2025, \"value\": 80, \"comparison\": \"ABOUT\"}"),
                "targets[0].values[0].comparison");
        assertEquals(versions, TestDatabase.count(DB, "select count(*) from plan_version"));
    }

    @Test
    void issuedPlanIsImmutableAndIssuingNeedsAnAddressee() {
        Communes.Commune c = communes.create();
        String empty = create(c, "{\"title\": \"" + Plans.randomTitle() + "\", \"issuingUnitId\": \"" + c.commune().id + "\"}");
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body("{\"version\": 0}")
                .when().post("/api/v1/plans/" + empty + "/issue").then().statusCode(400)
                .body("errors.field", hasItem("addresseeUnitIds"));

        String id = create(c, StructuredPlans.full(c, Plans.randomTitle()));
        issue(c, id, 0);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": 1, \"purposes\": [\"đổi\"]}")
                .when().patch("/api/v1/plans/" + id).then().statusCode(409).contentType("application/problem+json");
        assertEquals(0, TestDatabase.count(DB, "select count(*) from plan_version where plan_id = '" + id
                + "' and content->'purposes' @> '[\"đổi\"]'"));
    }

    @Test
    void concurrentIssuesOfOneCommuneGetGapFreeUniqueNumbers() throws Exception {
        Communes.Commune c = communes.create();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(create(c, Plans.createBody(c, Plans.randomTitle())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (String id : ids) {
                Callable<String> issue = () -> given().header("Authorization", c.leaderToken())
                        .contentType(ContentType.JSON).body("{\"version\": 0, \"issuedOn\": \"2026-03-02\"}")
                        .when().post("/api/v1/plans/" + id + "/issue").then().statusCode(200)
                        .extract().path("number");
                numbers.add(pool.submit(issue));
            }
            Set<String> got = new HashSet<>();
            for (Future<String> f : numbers) {
                got.add(f.get());
            }
            Set<String> expected = new HashSet<>();
            for (int n = 1; n <= 8; n++) {
                expected.add(n + "/KH-UBND");
            }
            assertEquals(expected, got);
        } finally {
            pool.shutdown();
        }
        // The next year starts again at 1.
        String next = create(c, Plans.createBody(c, Plans.randomTitle()));
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                .body("{\"version\": 0, \"issuedOn\": \"2027-01-05\", \"place\": \"Vĩnh Bảo\"}")
                .when().post("/api/v1/plans/" + next + "/issue").then().statusCode(200)
                .body("number", equalTo("1/KH-UBND")).body("issuedOn", equalTo("2027-01-05"))
                .body("place", equalTo("Vĩnh Bảo"));
    }

    @Test
    void issueAmendReissueAndCloseEmitV2AmendedAndClosedEvents() {
        Communes.Commune c = communes.create();
        String id = create(c, StructuredPlans.full(c, Plans.randomTitle()));
        try (TestKafka.TopicProbe topic = TestKafka.probe(Topics.PLANS)) {
            ValidatableResponse issued = issue(c, id, 0);
            String number = issued.extract().path("number");
            ConsumerRecord<String, String> v2 = topic.await(Duration.ofSeconds(20), "\"PlanIssued\"", id);
            String value = v2.value();
            assertTrue(value.contains("\"version\":2"), value);
            assertTrue(value.contains("\"planVersion\":1"), value);
            assertTrue(value.contains("Thi đua nâng cao nhận thức"), value);
            assertFalse(value.contains("Tuyên truyền"), "contents travel without bodies");
            assertTrue(value.contains("\"code\":\"CT01\""), value);
            assertTrue(value.contains("\"reporters\":[{\"unitId\":\"" + c.village().id + "\""), value);
            assertTrue(value.contains("\"kind\":\"PRELIMINARY_REVIEW\""), value);
            assertTrue(value.contains("\"dueDay\":5"), value);

            // Wrong role for amend; amend needs a reason.
            given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                    .body("{\"version\": 1, \"reason\": \"x\"}").post("/api/v1/plans/" + id + "/amend")
                    .then().statusCode(403);
            given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                    .body("{\"version\": 1}").post("/api/v1/plans/" + id + "/amend")
                    .then().statusCode(400).body("errors.field", hasItem("reason"));
            given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                    .body("{\"version\": 1, \"reason\": \"Bổ sung chỉ tiêu\"}").post("/api/v1/plans/" + id + "/amend")
                    .then().statusCode(200).body("status", equalTo("AMENDING")).body("planVersion", equalTo(2));
            // While amending, the unit still sees the version in force.
            given().header("Authorization", c.unitToken()).get("/api/v1/plans/" + id).then().statusCode(200)
                    .body("planVersion", equalTo(1));
            given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                    .body("{\"version\": 2, \"targets\": [{\"code\": \"CT01\", \"name\": \"Kỹ năng số\", \"percentage\": true,"
                            + " \"values\": [{\"year\": 2025, \"value\": 90}]}]}")
                    .patch("/api/v1/plans/" + id).then().statusCode(200);
            given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body("{\"version\": 3}")
                    .post("/api/v1/plans/" + id + "/issue").then().statusCode(200)
                    .body("status", equalTo("ISSUED")).body("number", equalTo(number)).body("planVersion", equalTo(2));
            String amended = topic.await(Duration.ofSeconds(20), "\"PlanAmended\"", id).value();
            assertTrue(amended.contains("\"changedParts\":[\"targets\"]"), amended);
            assertTrue(amended.contains("\"amendmentReason\":\"Bổ sung chỉ tiêu\""), amended);
            assertTrue(amended.contains("\"planVersion\":2"), amended);

            given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + id + "/versions").then()
                    .statusCode(200).body("planVersion", contains(1, 2)).body("status", contains("ISSUED", "ISSUED"))
                    .body("[1].amendmentReason", equalTo("Bổ sung chỉ tiêu"));
            given().header("Authorization", c.unitToken()).get("/api/v1/plans/" + id + "/versions/1").then()
                    .statusCode(200).body("targets[0].values", hasSize(2));
            given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + id + "/versions/9").then()
                    .statusCode(404);
            given().header("Authorization", communes.create().officeToken()).get("/api/v1/plans/" + id + "/versions")
                    .then().statusCode(404);

            given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body("{\"version\": 4}")
                    .post("/api/v1/plans/" + id + "/close").then().statusCode(403);
            given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                    .body("{\"version\": 4, \"reason\": \"Phong trào kết thúc\"}")
                    .post("/api/v1/plans/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
            String closed = topic.await(Duration.ofSeconds(20), "\"PlanClosed\"", id).value();
            assertTrue(closed.contains("\"reason\":\"Phong trào kết thúc\""), closed);
            given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                    .body("{\"version\": 5, \"reason\": \"x\"}").post("/api/v1/plans/" + id + "/amend")
                    .then().statusCode(409);
        }
    }

    @Test
    void listFiltersByMovementYearStatusIssuerAndAccentInsensitiveText() {
        Communes.Commune c = communes.create();
        String key = UUID.randomUUID().toString().substring(0, 6);
        String bdhvs = create(c, StructuredPlans.full(c, "Kế hoạch Bình dân học vụ số " + key)
                .replace("\"movementIds\": [\"" + StructuredPlans.MOVEMENT_923 + "\", ", "\"movementIds\": ["));
        String other = create(c, Plans.createBody(c, "Kế hoạch khác " + key));
        String token = c.officeToken();
        given().header("Authorization", token).queryParam("q", "binh dan hoc vu so " + key).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", contains(bdhvs));
        given().header("Authorization", token).queryParam("q", key)
                .queryParam("movementId", StructuredPlans.MOVEMENT_BDHVS).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", contains(bdhvs)).body("items[0].movements.name", hasItem("Bình dân học vụ số"));
        given().header("Authorization", token).queryParam("q", key).queryParam("year", 2029).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", contains(bdhvs));
        given().header("Authorization", token).queryParam("q", key).queryParam("sort", "title,asc")
                .get("/api/v1/plans").then().statusCode(200).body("items.id", contains(bdhvs, other));
        given().header("Authorization", token).queryParam("issuingUnitId", c.commune().id).get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(2));
        given().header("Authorization", token).queryParam("issuingUnitId", c.village().id).get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(0));
        issue(c, other, 0);
        given().header("Authorization", token).queryParam("q", key).queryParam("status", "ISSUED").get("/api/v1/plans")
                .then().statusCode(200).body("items.id", contains(other)).body("items[0].number", containsString("/KH-UBND"));
        given().header("Authorization", token).queryParam("sort", "colour").get("/api/v1/plans")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().header("Authorization", communes.create().officeToken()).queryParam("q", key).get("/api/v1/plans")
                .then().statusCode(200).body("items.id", not(hasItem(bdhvs)));
    }

    @Test
    void movementsAreListedAndCommuneOnesEditableInScope() {
        Communes.Commune c = communes.create();
        given().header("Authorization", c.unitToken()).queryParam("q", "ca nuoc thi dua").queryParam("level", "NATIONAL")
                .get("/api/v1/movements").then().statusCode(200)
                .body("items.launchingDocument.number", hasItem("923/QĐ-TTg"));
        given().header("Authorization", c.unitToken()).get("/api/v1/movements/" + StructuredPlans.MOVEMENT_BDHVS)
                .then().statusCode(200).body("name", equalTo("Bình dân học vụ số"));
        given().get("/api/v1/movements").then().statusCode(401);
        String body = "{\"name\": \"Phong trào xã thi đua\", \"level\": \"COMMUNE\", \"ownerUnitId\": \"" + c.commune().id
                + "\", \"startYear\": 2025, \"endYear\": 2026, \"method\": \"REGULAR_YEARLY\"}";
        given().header("Authorization", c.unitToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/movements").then().statusCode(403);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(body.replace("COMMUNE", "NATIONAL")).post("/api/v1/movements").then().statusCode(403);
        given().header("Authorization", communes.create().officeToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/movements").then().statusCode(403);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(body.replace("\"endYear\": 2026", "\"endYear\": 2024")).post("/api/v1/movements")
                .then().statusCode(400).body("errors.field", hasItem("endYear"));
        String id = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/movements").then().statusCode(201).extract().path("id");
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": 0, \"name\": \"Phong trào xã thi đua (sửa)\"}").patch("/api/v1/movements/" + id)
                .then().statusCode(200).body("name", equalTo("Phong trào xã thi đua (sửa)")).body("version", equalTo(1));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": 0, \"name\": \"Cũ\"}").patch("/api/v1/movements/" + id)
                .then().statusCode(409).body("currentVersion", equalTo(1));
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": 0, \"name\": \"Sửa\"}")
                .patch("/api/v1/movements/" + StructuredPlans.MOVEMENT_923).then().statusCode(403);
    }

    @Test
    void awardFormUpsertedOnTheBrokerExtendsTheCatalogueCopy() {
        String code = "bang-khen-thu-nghiem-" + UUID.randomUUID().toString().substring(0, 6);
        String envelope = """
                {"eventId": "%s", "type": "AwardFormUpserted", "version": 1, "occurredAt": "2026-11-21T03:15:00Z",
                 "producer": "award-service", "aggregateId": "%s", "unitPath": "/",
                 "payload": {"code": "%s", "name": "Bằng khen thử nghiệm", "level": "COMMUNE", "active": true}}
                """.formatted(UUID.randomUUID(), code, code);
        TestKafka.send(Topics.CATALOGUE_AWARD_FORMS, code, envelope);
        TestKafka.send(Topics.CATALOGUE_AWARD_FORMS, code, envelope);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end
                && TestDatabase.count(DB, "select count(*) from award_form_code where code = '" + code + "'") == 0) {
            sleep();
        }
        assertEquals(1, TestDatabase.count(DB, "select count(*) from award_form_code where code = '" + code + "' and active"));
        Communes.Commune c = communes.create();
        create(c, StructuredPlans.full(c, Plans.randomTitle()).replace("\"giay-khen-chu-tich-ubnd-xa\"", "\"" + code + "\""));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void refused(Communes.Commune c, String body, String field) {
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse issue(Communes.Commune c, String id, long version) {
        return given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                .body("{\"version\": " + version + "}").when().post("/api/v1/plans/" + id + "/issue")
                .then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    private static String create(Communes.Commune c, String body) {
        String location = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
