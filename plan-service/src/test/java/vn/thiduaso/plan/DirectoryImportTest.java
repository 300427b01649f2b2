package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thiduaso.plan.UnitResourceTest.DB;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.thiduaso.platform.test.TestDatabase;

@QuarkusTest
class DirectoryImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Communes communes;

    static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Dữ liệu");
            sheet.createRow(0).createCell(0).setCellValue("tiêu đề");
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static ValidatableResponse upload(String token, String path, byte[] file) {
        var request = given().multiPart("file", "danh-sach.xlsx", file, XLSX);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        return request.when().post(path).then().log().ifValidationFails();
    }

    @Test
    void theUnitTemplateHasVietnameseHeaders() throws IOException {
        Communes.Commune c = communes.create();
        byte[] body = given().header("Authorization", c.officeToken()).when().get("/api/v1/units/import/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertEquals("Mã đơn vị", wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
            assertEquals("Loại đơn vị", wb.getSheetName(1));
        }
        given().header("Authorization", c.officeToken()).when().get("/api/v1/users/import/template")
                .then().statusCode(200).contentType(XLSX);
        given().when().get("/api/v1/units/import/template").then().statusCode(401);
    }

    @Test
    void aSheetOfUnitsIsStoredWholeIncludingUnitsBelowNewOnes() throws IOException {
        Communes.Commune c = communes.create();
        byte[] file = workbook(
                new String[] { c.commune().path, "thon-moi", "Thôn Mới", "VILLAGE", "Vũ Văn Tư", "Trưởng thôn", "", "" },
                new String[] { "thon-moi", "chi-hoi-1", "Chi hội Phụ nữ", "mass_organisation", "", "", "ph@test.local", "" });
        upload(c.officeToken(), "/api/v1/units/import", file).statusCode(200).body("created", equalTo(2));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from unit where path = '" + c.commune().path
                + "/thon-moi/chi-hoi-1' and kind = 'MASS_ORGANISATION'"));
    }

    @Test
    void oneBadRowStoresNothingAndEveryErrorNamesItsRowAndField() throws IOException {
        Communes.Commune c = communes.create();
        Communes.Commune other = communes.create();
        byte[] file = workbook(
                new String[] { c.commune().path, "thon-a", "Thôn A", "VILLAGE" },
                new String[] { c.commune().path, "Thôn B", "Thôn B", "LANG" },
                new String[] { other.commune().path, "thon-c", "Thôn C", "VILLAGE" },
                new String[] { c.commune().path, "thon-1", "Trùng mã", "VILLAGE", "", "", "sai-thu" });
        upload(c.officeToken(), "/api/v1/units/import", file).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("rows[3].code", "rows[3].kind", "rows[4].parent", "rows[5].code",
                        "rows[5].email"))
                .body("errors.find { it.field == 'rows[3].kind' }.message", startsWith("Dòng 3:"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from unit where code = 'thon-a' and path like '"
                + c.commune().path + "/%'"));
        upload(c.unitToken(), "/api/v1/units/import", file).statusCode(403);
        upload(null, "/api/v1/units/import", file).statusCode(401);
        upload(c.officeToken(), "/api/v1/units/import", "không phải excel".getBytes()).statusCode(400)
                .body("errors.field", hasItem("file"));
    }

    @Test
    void aSheetOfUsersGetsTemporaryPasswordsAndTheOfficesGrantLimits() throws IOException {
        Communes.Commune c = communes.create();
        byte[] good = workbook(new String[] { c.key() + ".thon1", "Hà Văn Sơn", c.key() + ".thon1@test.local",
                "unit, council", c.village().path, "Tam-thoi-2026!x" });
        upload(c.officeToken(), "/api/v1/users/import", good).statusCode(200).body("created", equalTo(1));
        assertEquals(1, TestDatabase.count(DB, "select count(*) from app_user where username = '" + c.key()
                + ".thon1' and must_change_password and roles = array['unit','council']::varchar[]"));
        byte[] bad = workbook(
                new String[] { c.key() + ".thon2", "Hà Văn Hải", c.key() + ".thon2@test.local", "unit", c.village().path,
                        "Tam-thoi-2026!x" },
                new String[] { c.key() + ".thon3", "Hà Văn Ba", "sai", "leader", c.village().path, "password123" });
        upload(c.officeToken(), "/api/v1/users/import", bad).statusCode(400)
                .body("errors.field", hasItems("rows[3].email", "rows[3].roles", "rows[3].temporaryPassword"));
        assertEquals(0, TestDatabase.count(DB, "select count(*) from app_user where username = '" + c.key() + ".thon2'"));
        upload(c.leaderToken(), "/api/v1/users/import", good).statusCode(403);
    }
}
