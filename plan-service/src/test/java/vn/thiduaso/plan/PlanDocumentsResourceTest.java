package vn.thiduaso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The plan as a document and the comparison of two versions, through the API, with scope. */
@QuarkusTest
class PlanDocumentsResourceTest {

    @Inject
    Communes communes;

    @Test
    void issuedPlanDownloadsAsDocxAndPdfWithItsNumberTitleAndSigner() throws IOException {
        Communes.Commune c = communes.create();
        String title = Plans.randomTitle();
        String id = create(c, StructuredPlans.full(c, title));
        String number = given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON)
                .body("{\"version\": 0, \"issuedOn\": \"2025-11-05\"}").post("/api/v1/plans/" + id + "/issue")
                .then().statusCode(200).extract().path("number");

        byte[] docx = given().header("Authorization", c.unitToken()).get("/api/v1/plans/" + id + "/document.docx")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", containsString("ke-hoach-" + number.replace('/', '-') + ".docx"))
                .extract().asByteArray();
        String docxText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            docxText = extractor.getText();
        }
        assertDocument(docxText, number, title);

        byte[] pdf = given().header("Authorization", c.officeToken()).get("/api/v1/plans/" + id + "/document.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertDocument(new PDFTextStripper().getText(doc), number, title);
        }

        // Outside the commune: no document.
        given().header("Authorization", communes.create().officeToken()).get("/api/v1/plans/" + id + "/document.pdf")
                .then().statusCode(404);
        given().get("/api/v1/plans/" + id + "/document.docx").then().statusCode(401);
    }

    @Test
    void diffBetweenTwoIssuedVersionsNamesTheChangedTargetValue() {
        Communes.Commune c = communes.create();
        String id = create(c, StructuredPlans.full(c, Plans.randomTitle()));
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body("{\"version\": 0}")
                .post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": 1, \"reason\": \"Nâng chỉ tiêu 2025\"}").post("/api/v1/plans/" + id + "/amend")
                .then().statusCode(200);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body("{\"version\": 2, \"targets\": [{\"code\": \"CT01\", \"name\": \"Cán bộ, công chức có kỹ năng số cơ bản\","
                        + " \"unitOfMeasure\": \"%\", \"percentage\": true, \"comparison\": \"GTE\","
                        + " \"values\": [{\"year\": 2025, \"value\": 90}, {\"year\": 2026, \"value\": 100}]}]}")
                .patch("/api/v1/plans/" + id).then().statusCode(200);

        given().header("Authorization", c.officeToken()).queryParam("from", 1).queryParam("to", 2)
                .get("/api/v1/plans/" + id + "/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("parts.part", hasItem("targets"))
                .body("parts.find { it.part == 'targets' }.changes[0].path", equalTo("targets[CT01].values[2025]"))
                .body("parts.find { it.part == 'targets' }.changes[0].before", equalTo(80))
                .body("parts.find { it.part == 'targets' }.changes[0].after", equalTo(90));

        // The draft version 2 is the commune's internal work: a unit may not compare it.
        given().header("Authorization", c.unitToken()).queryParam("from", 1).queryParam("to", 2)
                .get("/api/v1/plans/" + id + "/diff").then().statusCode(404);
        given().header("Authorization", c.officeToken()).queryParam("from", 1)
                .get("/api/v1/plans/" + id + "/diff").then().statusCode(400).body("errors.field", hasItem(containsString("to")));
        given().header("Authorization", c.officeToken()).queryParam("from", 1).queryParam("to", 1)
                .get("/api/v1/plans/" + id + "/diff").then().statusCode(400).body("errors.field", hasItem("to"));
    }

    private static void assertDocument(String text, String number, String title) {
        String flat = text.lines().map(String::strip).collect(Collectors.joining(" "));
        assertTrue(flat.contains(number), "number in the document: " + flat);
        assertTrue(flat.contains("Độc lập - Tự do - Hạnh phúc"), flat);
        assertTrue(flat.contains("ngày 05 tháng 11 năm 2025"), flat);
        assertTrue(flat.contains("Thi đua nâng cao nhận thức"), flat);
        assertTrue(flat.contains("KT. CHỦ TỊCH") && flat.contains("Nguyễn Văn A"), "signer: " + flat);
        assertTrue(flat.contains("Vĩnh Bảo, ngày 05 tháng 11 năm 2025"), "place and date: " + flat);
        String titleTail = title.replaceFirst("^Kế hoạch\\s*", "");
        assertTrue(flat.contains(titleTail.substring(0, Math.min(30, titleTail.length()))), "title: " + flat);
    }

    private static String create(Communes.Commune c, String body) {
        String location = given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
