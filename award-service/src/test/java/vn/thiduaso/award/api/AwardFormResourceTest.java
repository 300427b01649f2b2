package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.award.AwardServiceTestEnvironment;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.platform.test.TestDatabase;

@QuarkusTest
class AwardFormResourceTest {

    private static final List<String> SEEDED_CODES = List.of("huan-chuong-lao-dong-hang-ba", "co-thi-dua-chinh-phu",
            "bang-khen-thu-tuong", "co-thi-dua-ubnd-tinh", "bang-khen-chu-tich-ubnd-tinh", "giay-khen-chu-tich-ubnd-xa");
    private static final List<String> SEEDED_NAMES = List.of("Huân chương Lao động hạng Ba", "Cờ thi đua của Chính phủ",
            "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của UBND tỉnh/thành phố",
            "Bằng khen của Chủ tịch UBND tỉnh/thành phố", "Giấy khen của Chủ tịch UBND xã/phường");

    @Test
    void seededFormsAreListedHighestFirstForEveryRole() {
        Commune c = Communes.create();
        for (String token : new String[] { c.officeToken(), c.leaderToken(), c.councilToken(), c.unitToken(),
                c.boardToken(), Communes.adminToken() }) {
            Response response = given().header("Authorization", token)
                    .when().get("/api/v1/award-forms")
                    .then().statusCode(200)
                    .extract().response();
            List<Map<String, Object>> items = response.path("items");
            List<Map<String, Object>> seeded = items.stream().filter(f -> SEEDED_CODES.contains(f.get("code"))).toList();
            assertEquals(SEEDED_CODES, seeded.stream().map(f -> f.get("code")).toList());
            assertEquals(SEEDED_NAMES, seeded.stream().map(f -> f.get("name")).toList());
            List<Integer> ranks = items.stream().map(f -> (Integer) f.get("rank")).toList();
            List<Integer> sorted = new ArrayList<>(ranks);
            sorted.sort(null);
            assertEquals(sorted, ranks, "forms come highest (smallest rank) first");
        }

        // What the statistics and the forwarding rule need: level, who decides, who may receive it.
        given().header("Authorization", c.officeToken())
                .when().get("/api/v1/award-forms")
                .then().statusCode(200)
                .body("items.find { it.code == 'huan-chuong-lao-dong-hang-ba' }.level", equalTo("STATE"))
                .body("items.find { it.code == 'huan-chuong-lao-dong-hang-ba' }.forwarded", equalTo(true))
                .body("items.find { it.code == 'co-thi-dua-chinh-phu' }.recipientKinds", contains("COLLECTIVE"))
                .body("items.find { it.code == 'bang-khen-chu-tich-ubnd-tinh' }.decidingLevel", equalTo("PROVINCE"))
                .body("items.find { it.code == 'giay-khen-chu-tich-ubnd-xa' }.level", equalTo("COMMUNE"))
                .body("items.find { it.code == 'giay-khen-chu-tich-ubnd-xa' }.decidingLevel", equalTo("COMMUNE"))
                .body("items.find { it.code == 'giay-khen-chu-tich-ubnd-xa' }.forwarded", equalTo(false))
                .body("items.find { it.code == 'giay-khen-chu-tich-ubnd-xa' }.recipientKinds",
                        contains("COLLECTIVE", "INDIVIDUAL", "HOUSEHOLD"));
    }

    @Test
    void listWithoutTokenIs401Problem() {
        given().when().get("/api/v1/award-forms")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void officeCannotCreateOrUpdateAForm() {
        Commune c = Communes.create();
        String code = uniqueCode();
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(form(code, "Giấy khen của Trưởng thôn"))
                .when().post("/api/v1/award-forms")
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(0, rowsWithCode(code));

        Map<String, Object> created = create(uniqueCode(), "Bằng khen của Ủy ban MTTQ tỉnh");
        Map<String, Object> update = new HashMap<>(form(uniqueCode(), "Đổi tên trái phép"));
        update.put("decidingLevel", "PROVINCE");
        update.put("active", true);
        update.put("version", created.get("version"));
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                .body(update)
                .when().put("/api/v1/award-forms/{id}", created.get("id"))
                .then().statusCode(403);
    }

    @Test
    void adminCreatesAFormWith201AndLocation() {
        String code = uniqueCode();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Bằng khen của Chủ tịch Ủy ban MTTQ Việt Nam tỉnh");
        body.put("level", "PROVINCE");
        body.put("recipientKinds", List.of("INDIVIDUAL", "COLLECTIVE"));
        body.put("rank", 55);
        Response created = given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/award-forms")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("decidingLevel", equalTo("PROVINCE"))
                .body("forwarded", equalTo(true))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("recipientKinds", contains("COLLECTIVE", "INDIVIDUAL"))
                .extract().response();
        String location = created.header("Location");
        assertThat(location, endsWith("/api/v1/award-forms/" + created.path("id")));

        given().header("Authorization", Communes.create().unitToken())
                .when().get(location)
                .then().statusCode(200)
                .body("name", equalTo("Bằng khen của Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"))
                .body("rank", equalTo(55));
    }

    @Test
    void invalidFormIs400NamingEveryFieldAndStoresNothing() {
        long before = TestDatabase.count(AwardServiceTestEnvironment.DATABASE, "select count(*) from award_form");
        Map<String, Object> body = new HashMap<>();
        body.put("code", "Mã Sai!");
        body.put("name", " ");
        body.put("recipientKinds", List.of());
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/award-forms")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", containsInAnyOrder("code", "name", "level", "recipientKinds"))
                .body("errors.find { it.field == 'code' }.message",
                        equalTo("Mã hình thức chỉ gồm chữ thường không dấu, số và dấu gạch ngang"))
                .body("errors.find { it.field == 'name' }.message",
                        equalTo("Tên hình thức khen thưởng không được để trống"))
                .body("errors.find { it.field == 'level' }.message", equalTo("Cần chọn cấp khen thưởng"))
                .body("errors.find { it.field == 'recipientKinds' }.message",
                        equalTo("Cần chọn ít nhất một đối tượng được khen thưởng"));
        assertEquals(before, TestDatabase.count(AwardServiceTestEnvironment.DATABASE, "select count(*) from award_form"));
    }

    @Test
    void unknownLevelIs400NamingTheField() {
        String code = uniqueCode();
        Map<String, Object> body = new HashMap<>(form(code, "Giấy khen của Chủ tịch UBND huyện"));
        body.put("level", "DISTRICT");
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/award-forms")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("level"));
        assertEquals(0, rowsWithCode(code));
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyReturnsTheFirstForm() {
        String code = uniqueCode();
        String admin = Communes.adminToken();
        String key = "form-" + UUID.randomUUID();
        String first = given().header("Authorization", admin).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(form(code, "Giấy khen thử nghiệm"))
                .when().post("/api/v1/award-forms").then().statusCode(201).extract().path("id");
        String second = given().header("Authorization", admin).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(form(code, "Giấy khen thử nghiệm"))
                .when().post("/api/v1/award-forms").then().statusCode(201).extract().path("id");
        assertThat(second, equalTo(first));
        assertThat(rowsWithCode(code), equalTo(1L));
    }

    @Test
    void duplicateCodeIs409() {
        String code = uniqueCode();
        create(code, "Giấy khen của Đảng ủy xã");
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(form(code, "Giấy khen khác cùng mã"))
                .when().post("/api/v1/award-forms")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Đã có hình thức khen thưởng với mã " + code));
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(form("giay-khen-chu-tich-ubnd-xa", "Trùng mã có sẵn"))
                .when().post("/api/v1/award-forms")
                .then().statusCode(409);
        assertEquals(1, rowsWithCode(code));
    }

    @Test
    void updateWithCurrentVersionSucceedsAndStaleVersionIs409() {
        Map<String, Object> created = create(uniqueCode(), "Giấy khen của Chủ tịch Hội Nông dân xã");
        String id = (String) created.get("id");
        Map<String, Object> update = new HashMap<>(form((String) created.get("code"), "Giấy khen của Hội Nông dân xã"));
        update.put("decidingLevel", "COMMUNE");
        update.put("recipientKinds", List.of("HOUSEHOLD", "INDIVIDUAL"));
        update.put("active", false);
        update.put("version", 0);

        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(update)
                .when().put("/api/v1/award-forms/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Giấy khen của Hội Nông dân xã"))
                .body("recipientKinds", contains("INDIVIDUAL", "HOUSEHOLD"))
                .body("active", equalTo(false))
                .body("version", equalTo(1));

        // A second administrator still holding version 0 must not overwrite the change.
        update.put("name", "Ghi đè bằng bản cũ");
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(update)
                .when().put("/api/v1/award-forms/{id}", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));

        given().header("Authorization", Communes.adminToken())
                .when().get("/api/v1/award-forms/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Giấy khen của Hội Nông dân xã"))
                .body("version", equalTo(1));
        // Inactive forms stay in the catalogue but are not offered.
        given().header("Authorization", Communes.adminToken())
                .queryParam("active", true).queryParam("size", 200)
                .when().get("/api/v1/award-forms")
                .then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.code", hasItem("giay-khen-chu-tich-ubnd-xa"));
    }

    @Test
    void renamingToAnExistingCodeIs409() {
        Map<String, Object> created = create(uniqueCode(), "Giấy khen của Đoàn Thanh niên xã");
        Map<String, Object> update = new HashMap<>(form("bang-khen-thu-tuong", "Giấy khen của Đoàn Thanh niên xã"));
        update.put("decidingLevel", "COMMUNE");
        update.put("active", true);
        update.put("version", created.get("version"));
        given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(update)
                .when().put("/api/v1/award-forms/{id}", created.get("id"))
                .then().statusCode(409);
    }

    @Test
    void unknownFormIs404Problem() {
        given().header("Authorization", Communes.adminToken())
                .when().get("/api/v1/award-forms/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy hình thức khen thưởng"));
    }

    private static Map<String, Object> create(String code, String name) {
        return given().header("Authorization", Communes.adminToken()).contentType(ContentType.JSON)
                .body(form(code, name))
                .when().post("/api/v1/award-forms")
                .then().statusCode(201)
                .extract().jsonPath().getMap("");
    }

    private static Map<String, Object> form(String code, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", "COMMUNE");
        body.put("recipientKinds", List.of("COLLECTIVE", "INDIVIDUAL"));
        body.put("rank", 1000);
        return body;
    }

    private static String uniqueCode() {
        return "thu-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long rowsWithCode(String code) {
        return TestDatabase.count(AwardServiceTestEnvironment.DATABASE,
                "select count(*) from award_form where code = '" + code + "'");
    }
}
