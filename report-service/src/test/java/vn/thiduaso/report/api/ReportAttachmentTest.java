package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thiduaso.report.api.ReportCalls.action;
import static vn.thiduaso.report.api.ReportCalls.create;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;
import vn.thiduaso.report.IssuedPlans.Structured;
import vn.thiduaso.report.ReportServiceTestEnvironment;

/** Attachments: typed by content, at most 20 MiB, stored in chunks with their SHA-256, streamed back, scoped like the report. */
@QuarkusTest
class ReportAttachmentTest {

    private static final String DB = ReportServiceTestEnvironment.DATABASE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    IssuedPlans plans;

    private Commune c;
    private String unit;
    private String id;

    @BeforeEach
    void aDraft() {
        c = plans.commune();
        Structured s = plans.issueStructured(c, "ANNUAL", 5, 12, 2027, 2027);
        unit = c.unitToken(c.village());
        id = create(unit, plans.requirement(s.obligationId(), 2027, c.village()));
    }

    @Test
    void aFileGoesInWithItsHashInChunksAndComesBackWholeToThoseInScope() throws Exception {
        byte[] pdf = pdf(2 * 1024 * 1024 + 512 * 1024); // three chunks
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String name = "Biên bản họp thôn.pdf";

        ExtractableResponse<Response> stored = upload(unit, name, pdf, PDF).then().statusCode(201)
                .body("fileName", equalTo(name))
                .body("mediaType", equalTo(PDF))
                .body("sizeBytes", equalTo(pdf.length))
                .body("sha256", equalTo(sha))
                .body("uploadedBy", equalTo(c.key() + ".thon-dong"))
                .extract();
        String attachmentId = stored.path("id");
        assertEquals(3, TestDatabase.count(DB, "select count(*) from report_attachment_chunk where attachment_id = '"
                + attachmentId + "'"));
        assertEquals(1024 * 1024, TestDatabase.count(DB, "select length(data) from report_attachment_chunk where"
                + " attachment_id = '" + attachmentId + "' and seq = 0"));

        Response download = given().header("Authorization", c.officeToken())
                .when().get(stored.header("Location"));
        download.then().statusCode(200)
                .contentType(PDF)
                .header("ETag", "\"" + sha + "\"")
                .header("Content-Disposition", containsString("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20th%C3%B4n.pdf"))
                .header("Content-Disposition", containsString("filename=\"Bien ban hop thon.pdf\""));
        byte[] back = download.asByteArray();
        assertArrayEquals(pdf, back);
        given().header("Authorization", unit).header("If-None-Match", "\"" + sha + "\"")
                .when().get(stored.header("Location")).then().statusCode(304);
        given().header("Authorization", unit).when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("attachments[0].id", equalTo(attachmentId))
                .body("attachments[0].sha256", equalTo(sha));

        // scoped like the report
        given().header("Authorization", c.unitToken(c.school())).when().get(stored.header("Location"))
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", plans.neighbourOf(c).officeToken()).when().get(stored.header("Location"))
                .then().statusCode(404);
        given().header("Authorization", c.boardToken()).when().get(stored.header("Location")).then().statusCode(200);
        given().when().get(stored.header("Location")).then().statusCode(401);
        given().header("Authorization", unit).when().get("/api/v1/reports/{id}/attachments/{a}", id,
                UUID.randomUUID()).then().statusCode(404);
        upload(c.unitToken(c.school()), "x.pdf", pdf(100), PDF).then().statusCode(404);
        upload(null, "x.pdf", pdf(100), PDF).then().statusCode(401);

        // deleted while the report is editable; once submitted, no more changes
        String second = upload(unit, "phu-luc.pdf", pdf(100), PDF).then().statusCode(201).extract().path("id");
        given().header("Authorization", unit).when().delete("/api/v1/reports/{id}/attachments/{a}", id, second)
                .then().statusCode(204);
        assertEquals(0, TestDatabase.count(DB, "select count(*) from report_attachment_chunk where attachment_id = '"
                + second + "'"));
        action(unit, id, "submit", 0).then().statusCode(200);
        upload(unit, "muon.pdf", pdf(100), PDF).then().statusCode(409);
        given().header("Authorization", unit).when().delete("/api/v1/reports/{id}/attachments/{a}", id, attachmentId)
                .then().statusCode(409);
        assertEquals(1, attachments());
    }

    @Test
    void officeDocumentsAreRecognisedByTheirEntries() throws Exception {
        upload(unit, "ke-hoach.docx", zip("word/document.xml"), DOCX).then().statusCode(201)
                .body("mediaType", equalTo(DOCX));
        upload(unit, "so-lieu.xlsx", zip("xl/workbook.xml"), "application/octet-stream").then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        upload(unit, "anh.jpg", jpeg(), "image/jpeg").then().statusCode(201).body("mediaType", equalTo("image/jpeg"));
        assertEquals(3, attachments());
    }

    @Test
    void aFileWhoseContentIsNotItsClaimedTypeIsRefusedAndNothingStored() throws Exception {
        // a workbook named .docx, a PNG named .pdf, text named .pdf, a PDF sent as image/png, a ZIP that is no office file
        expect400(upload(unit, "bao-cao.docx", zip("xl/workbook.xml"), DOCX));
        expect400(upload(unit, "bao-cao.pdf", png(), PDF));
        expect400(upload(unit, "bao-cao.pdf", "xin chào".getBytes(StandardCharsets.UTF_8), PDF));
        expect400(upload(unit, "bao-cao.pdf", pdf(100), "image/png"));
        expect400(upload(unit, "nen.zip", zip("readme.txt"), "application/zip"));
        expect400(upload(unit, "bao-cao.exe", pdf(100), "application/octet-stream"));
        given().header("Authorization", unit).multiPart("other", "x").when().post("/api/v1/reports/{id}/attachments", id)
                .then().statusCode(400).body("errors.field", hasItem("file"));
        assertEquals(0, attachments());
        assertEquals(0, TestDatabase.count(DB, "select count(*) from report_attachment_chunk k join report_attachment a"
                + " on a.id = k.attachment_id where a.report_id = '" + id + "'"));
    }

    @Test
    void a21MegabyteFileIs413NamingTheFieldAndNothingIsStored() throws Exception {
        HttpResponse<String> tooBig = rawUpload("qua-lon.pdf", pdf(21_000_000), PDF);
        assertEquals(413, tooBig.statusCode());
        assertEquals("application/problem+json", tooBig.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(tooBig.body());
        assertEquals(413, problem.get("status").asInt());
        assertEquals("file", problem.get("errors").get(0).get("field").asText());
        assertEquals(0, attachments());
        // exactly 20 MiB is still accepted
        HttpResponse<String> fits = rawUpload("vua-du.pdf", pdf(20 * 1024 * 1024), PDF);
        assertEquals(201, fits.statusCode(), fits.body());
        assertEquals(20 * 1024 * 1024, JSON.readTree(fits.body()).get("sizeBytes").asInt());
        assertEquals(1, attachments());
    }

    /**
     * A multipart upload as a browser sends it, with the JDK's client: REST Assured's multipart
     * encoder takes half a minute for 20 MB on these machines.
     */
    private HttpResponse<String> rawUpload(String fileName, byte[] content, String mediaType) throws Exception {
        String boundary = "----thiduaso" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/reports/" + id + "/attachments"))
                .header("Authorization", unit)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Response upload(String token, String fileName, byte[] content, String mediaType) {
        // The file name travels as UTF-8, as browsers send it.
        var request = given().config(io.restassured.RestAssured.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig()
                        .defaultCharset(StandardCharsets.UTF_8)));
        if (token != null) {
            request = request.header("Authorization", token);
        }
        return request.multiPart("file", fileName, content, mediaType)
                .when().post("/api/v1/reports/{id}/attachments", id);
    }

    private static void expect400(Response response) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("file"));
    }

    private long attachments() {
        return TestDatabase.count(DB, "select count(*) from report_attachment where report_id = '" + id + "'");
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
        return bytes;
    }

    private static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    }

    private static byte[] jpeg() {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
