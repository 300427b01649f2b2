package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.Tokens;

/**
 * An office (Phòng VH-XH) grants only {@code unit} and {@code council}, only to units of its own
 * commune; admin, office, leader and board are granted by an administrator. Each refusal is a
 * problem naming the field and creates or changes nothing (else an office could make a leader and
 * issue plans as that leader).
 */
@QuarkusTest
class PrivilegeEscalationTest {

    private static final String DB = "plan_test";

    @Inject
    Communes communes;

    private static ValidatableResponse post(String token, String path, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body).post(path).then();
    }

    private static ValidatableResponse patch(String token, String path, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body).patch(path).then();
    }

    private static long users(String username) {
        return TestDatabase.count(DB, "select count(*) from app_user where username = '" + username + "'");
    }

    private static String name(Communes.Commune c) {
        return c.key() + ".e" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void anOfficeCannotCreateAnAdminBoardLeaderOrOfficeAccount() {
        Communes.Commune c = communes.create();
        for (String role : new String[] { "admin", "board", "leader", "office" }) {
            String username = name(c);
            post(c.officeToken(), "/api/v1/users", UserResourceTest.userBody(username, c.village().id, "\"unit\", \"" + role + "\""))
                    .statusCode(403).contentType("application/problem+json").body("errors.field", contains("roles"));
            assertEquals(0, users(username), role + " account must not be created");
        }
        // what the office may grant, it grants
        String allowed = name(c);
        post(c.officeToken(), "/api/v1/users", UserResourceTest.userBody(allowed, c.village().id, "\"unit\", \"council\""))
                .statusCode(201).body("roles", contains("unit", "council"));
        // and the administrator grants the others
        String leader = name(c);
        post(Tokens.role("admin").bearer(), "/api/v1/users", UserResourceTest.userBody(leader, c.commune().id, "\"leader\""))
                .statusCode(201);
        assertEquals(1, users(leader));
    }

    @Test
    void anOfficeCannotGiveAnAccountAUnitOutsideItsCommune() {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String username = name(c);
        // a unit of another commune answers like a unit that does not exist
        post(c.officeToken(), "/api/v1/users", UserResourceTest.userBody(username, other.village().id, "\"unit\""))
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("unitId"))
                .body("errors[0].message", equalTo("Đơn vị không tồn tại"));
        post(c.officeToken(), "/api/v1/users", UserResourceTest.userBody(username, UUID.randomUUID(), "\"unit\""))
                .statusCode(400).body("errors[0].message", equalTo("Đơn vị không tồn tại"));
        assertEquals(0, users(username));
        // moving an existing account there is refused the same way and changes nothing
        patch(c.officeToken(), "/api/v1/users/" + c.unitUser().id, "{\"unitId\":\"" + other.village().id + "\",\"version\":0}")
                .statusCode(400).body("errors.field", contains("unitId"));
        assertEquals(c.village().id.toString(), TestDatabase.text(DB, "select unit_id from app_user where id = '" + c.unitUser().id + "'"));
    }

    @Test
    void anOfficeCannotRaiseAnAccountsRole() {
        Communes.Commune c = communes.create();
        for (String role : new String[] { "leader", "admin", "board", "office" }) {
            patch(c.officeToken(), "/api/v1/users/" + c.unitUser().id, "{\"roles\":[\"" + role + "\"],\"version\":0}")
                    .statusCode(403).contentType("application/problem+json").body("errors.field", contains("roles"));
        }
        assertEquals("{unit}", TestDatabase.text(DB, "select roles from app_user where id = '" + c.unitUser().id + "'"));
        // nor touch an account it could not have made (the commune's leader)
        patch(c.officeToken(), "/api/v1/users/" + c.leader().id, "{\"fullName\":\"Kẻ Mạo Danh\",\"version\":0}").statusCode(403);
        assertEquals("Trần Văn Hùng", TestDatabase.text(DB, "select full_name from app_user where id = '" + c.leader().id + "'"));
        // council within the commune it may give
        patch(c.officeToken(), "/api/v1/users/" + c.unitUser().id, "{\"roles\":[\"unit\",\"council\"],\"version\":0}")
                .statusCode(200).body("roles", contains("unit", "council"));
    }

    @Test
    void aSheetCannotSmuggleALeaderOrAUnitOfAnotherCommune() throws Exception {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        String leader = name(c);
        String outside = name(c);
        byte[] sheet = DirectoryImportTest.workbook(
                new String[] { leader, "Hà Văn Sơn", leader + "@test.local", "leader", c.commune().path, "Tam-thoi-2026!x" },
                new String[] { outside, "Hà Văn Ba", outside + "@test.local", "unit", other.village().path, "Tam-thoi-2026!x" });
        given().header("Authorization", c.officeToken()).multiPart("file", "danh-sach.xlsx", sheet, DirectoryImportTest.XLSX)
                .post("/api/v1/users/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[2].roles")).body("errors.field", hasItem("rows[3].unit"));
        assertEquals(0, users(leader));
        assertEquals(0, users(outside));
    }
}
