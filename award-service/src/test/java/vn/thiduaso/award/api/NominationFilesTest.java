package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thiduaso.award.api.NominationCalls.createId;
import static vn.thiduaso.award.api.NominationCalls.individual;
import static vn.thiduaso.award.api.NominationCalls.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.award.Communes;
import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Dossiers;

/** A dossier's typed attachments, the XLSX import and the printable processing log. */
@QuarkusTest
class NominationFilesTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    Dossiers dossiers;

    @Test
    void unitAttachesATypedFileReadsItBackWithItsEtagAndCannotChangeItAfterSubmit() throws Exception {
        Commune c = Communes.create();
        String id = createId(c.unitToken(), individual(dossiers.openRound(c), "Cao Thị Phượng", Dossiers.XA));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));

        given().header("Authorization", c.unitToken()).multiPart("file", "tờ trình.pdf", PDF, "application/pdf")
                .when().post("/api/v1/nominations/{id}/attachments", id).then().statusCode(400)
                .body("errors.field", contains("kind"));
        given().header("Authorization", c.unitToken()).multiPart("file", "to-trinh.pdf",
                        "không phải PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("kind", "SUBMISSION_LETTER")
                .when().post("/api/v1/nominations/{id}/attachments", id).then().statusCode(400)
                .body("errors.field", contains("file"));
        given().header("Authorization", c.leaderToken()).multiPart("file", "to-trinh.pdf", PDF, "application/pdf")
                .multiPart("kind", "SUBMISSION_LETTER")
                .when().post("/api/v1/nominations/{id}/attachments", id).then().statusCode(403);
        String aid = given().header("Authorization", c.unitToken())
                .multiPart("file", "to trinh.pdf", PDF, "application/pdf").multiPart("kind", "SUBMISSION_LETTER")
                .when().post("/api/v1/nominations/{id}/attachments", id).then().statusCode(201)
                .header("Location", containsString("/attachments/"))
                .body("kind", equalTo("SUBMISSION_LETTER")).body("sha256", equalTo(sha))
                .body("sizeBytes", equalTo(PDF.length)).extract().path("id");

        byte[] back = given().header("Authorization", c.officeToken())
                .when().get("/api/v1/nominations/{id}/attachments/{aid}", id, aid).then().statusCode(200)
                .header("ETag", "\"" + sha + "\"")
                .header("Content-Disposition", containsString("filename*=UTF-8''to%20trinh.pdf"))
                .extract().asByteArray();
        assertArrayEquals(PDF, back);
        given().header("Authorization", c.unitToken()).header("If-None-Match", "\"" + sha + "\"")
                .when().get("/api/v1/nominations/{id}/attachments/{aid}", id, aid).then().statusCode(304);
        given().header("Authorization", Communes.create().officeToken())
                .when().get("/api/v1/nominations/{id}/attachments/{aid}", id, aid).then().statusCode(404);
        NominationCalls.get(c.unitToken(), id).body("attachments.fileName", contains("to trinh.pdf"));

        post(c.unitToken(), id, "submit", null).statusCode(200);
        given().header("Authorization", c.unitToken())
                .when().delete("/api/v1/nominations/{id}/attachments/{aid}", id, aid).then().statusCode(409);
        given().header("Authorization", c.unitToken()).when().get("/api/v1/nominations/{id}/log", id).then()
                .body("action", hasItem("ATTACHMENT_ADDED"));
    }

    @Test
    void theTemplateListsTheColumnsAndAnImportIsAllOrNothing() throws Exception {
        Commune c = Communes.create();
        UUID round = dossiers.openRound(c);
        byte[] template = given().header("Authorization", c.unitToken())
                .when().get("/api/v1/award-rounds/{id}/nominations/import-template", round).then().statusCode(200)
                .extract().asByteArray();
        byte[] good;
        byte[] bad;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Mã hình thức (formCode)", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals(Dossiers.XA, wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            row(s, 2, Dossiers.XA, "INDIVIDUAL", "Kiều Văn Quân", "12/04/1980", "Bí thư chi bộ", null);
            row(s, 3, Dossiers.XA, "COLLECTIVE", null, null, null, "Tổ hòa giải thôn Đông");
            good = bytes(wb);
            row(s, 4, Dossiers.XA, "INDIVIDUAL", "Lưu Thị Rạng", "31/02/1980", "Hội viên", null);
            bad = bytes(wb);
        }
        given().header("Authorization", c.unitToken()).multiPart("file", "de-nghi.xlsx", bad)
                .when().post("/api/v1/award-rounds/{id}/nominations/import", round).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("row 5: nominee.dateOfBirth"));
        given().header("Authorization", c.officeToken()).queryParam("roundId", round)
                .when().get("/api/v1/nominations").then().body("total", equalTo(0));
        given().header("Authorization", c.councilToken()).multiPart("file", "de-nghi.xlsx", good)
                .when().post("/api/v1/award-rounds/{id}/nominations/import", round).then().statusCode(403);

        given().header("Authorization", c.unitToken()).multiPart("file", "de-nghi.xlsx", good)
                .when().post("/api/v1/award-rounds/{id}/nominations/import", round).then().statusCode(201)
                .body("created", equalTo(2));
        given().header("Authorization", c.officeToken()).queryParam("roundId", round)
                .when().get("/api/v1/nominations").then().body("total", equalTo(2))
                .body("items.nomineeName", org.hamcrest.Matchers.containsInAnyOrder("Kiều Văn Quân",
                        "Tổ hòa giải thôn Đông"));
    }

    @Test
    void theProcessingLogPrintsAsPdfAndDocx() {
        Commune c = Communes.create();
        String id = createId(c.unitToken(), individual(dossiers.openRound(c), "Sầm Văn Sơn", Dossiers.XA));
        byte[] pdf = given().header("Authorization", c.officeToken()).queryParam("format", "pdf")
                .when().get("/api/v1/nominations/{id}/log/document", id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        byte[] docx = given().header("Authorization", c.unitToken()).queryParam("format", "docx")
                .when().get("/api/v1/nominations/{id}/log/document", id).then().statusCode(200)
                .extract().asByteArray();
        assertEquals("PK", new String(docx, 0, 2, StandardCharsets.US_ASCII));
        given().header("Authorization", c.unitToken()).queryParam("format", "odt")
                .when().get("/api/v1/nominations/{id}/log/document", id).then().statusCode(400)
                .body("errors.field", hasItem("format"));
        given().header("Authorization", c.otherUnitToken()).queryParam("format", "pdf")
                .when().get("/api/v1/nominations/{id}/log/document", id).then().statusCode(404);
    }

    private static void row(Sheet s, int r, String form, String kind, String name, String born, String position,
            String unitName) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(form);
        row.createCell(1).setCellValue(kind);
        if (name != null) {
            row.createCell(2).setCellValue(name);
        }
        if (born != null) {
            row.createCell(3).setCellValue(born);
        }
        if (position != null) {
            row.createCell(5).setCellValue(position);
        }
        if (unitName != null) {
            row.createCell(6).setCellValue(unitName);
        }
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
