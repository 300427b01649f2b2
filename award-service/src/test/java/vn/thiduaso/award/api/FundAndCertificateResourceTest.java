package vn.thiduaso.award.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.award.BoardFixtures.COMMUNE_FORM;
import static vn.thiduaso.award.BoardFixtures.count;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.thiduaso.award.BoardFixtures;
import vn.thiduaso.award.BoardFixtures.World;

/** The commune's reward fund ledger and certificates printed onto blank forms. */
@QuarkusTest
class FundAndCertificateResourceTest {

    private static final float PT_PER_MM = 72f / 25.4f;

    /** A decided award of the commune with its cash (a record as a signed decision leaves it). */
    private static UUID award(World w, String name, long cash) {
        UUID id = UUID.randomUUID();
        BoardFixtures.sql("insert into award_record (id, commune_id, commune_path, unit_id, unit_path, unit_name, nominee_kind,"
                + " nominee_name, nominee_key, form_code, form_name, form_rank, year, achievement, decision_number, decision_date,"
                + " deciding_authority, cash_amount_vnd, source, created_at) values ('%s', '%s', '%s', '%s', '%s', 'Thôn Đông',"
                + " 'INDIVIDUAL', '%s', 'k-%s', '%s', 'Giấy khen của Chủ tịch UBND xã/phường', 6, 2025,"
                + " 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025', '12/QĐ-UBND', '2025-12-20',"
                + " 'COMMUNE_CHAIRMAN', %d, 'NOMINATION', now())", id, w.c().commune().id(), w.c().commune().path(),
                w.c().village().id(), w.c().village().path(), name, id, COMMUNE_FORM, cash);
        return id;
    }

    private static String fundUrl(World w) {
        return "/api/v1/funds/" + w.c().commune().id() + "/2025";
    }

    @Test
    void theFundLedgerAddsUpBudgetPaymentsAndCommitments() {
        World w = BoardFixtures.world();
        UUID record = award(w, "Nguyễn Văn An", 702000);
        award(w, "Trần Thị Bình", 702000);
        World other = BoardFixtures.world();
        UUID otherRecord = award(other, "Lê Văn Cường", 702000);

        given().when().get(fundUrl(w)).then().statusCode(401);
        given().header("Authorization", w.c().unitToken()).when().get(fundUrl(w)).then().statusCode(403);
        given().header("Authorization", other.c().officeToken()).when().get(fundUrl(w)).then().statusCode(404);
        given().header("Authorization", w.c().leaderToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "BUDGET", "amountVnd", 1)).when().post(fundUrl(w) + "/entries").then().statusCode(403);

        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "BUDGET", "amountVnd", 10_000_000, "note", "Dự toán năm 2025"))
                .when().post(fundUrl(w) + "/entries").then().statusCode(201).body("kind", equalTo("BUDGET"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PAYMENT", "amountVnd", 702000, "awardRecordId", record.toString()))
                .when().post(fundUrl(w) + "/entries").then().statusCode(201);
        // bad input: a payment for another commune's award, a zero budget; nothing booked
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PAYMENT", "amountVnd", 702000, "awardRecordId", otherRecord.toString()))
                .when().post(fundUrl(w) + "/entries")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("awardRecordId"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "BUDGET", "amountVnd", 0))
                .when().post(fundUrl(w) + "/entries").then().statusCode(400).body("errors.field", hasItem("amountVnd"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON)
                .body(Map.of("kind", "GIFT", "amountVnd", 5)).when().post(fundUrl(w) + "/entries").then().statusCode(400);
        assertEquals(2, count("select count(*) from fund_entry where commune_id = '%s'", w.c().commune().id()));

        for (String token : new String[] { w.c().officeToken(), w.c().leaderToken(), w.c().boardToken() }) {
            given().header("Authorization", token).when().get(fundUrl(w))
                    .then().statusCode(200)
                    .body("budgetedVnd", equalTo(10_000_000)).body("paidVnd", equalTo(702000))
                    .body("committedVnd", equalTo(1_404_000)).body("balanceVnd", equalTo(10_000_000 - 702000))
                    .body("entries.size()", equalTo(2)).body("entries[1].awardRecordId", equalTo(record.toString()));
        }
        // an annulled award is no longer committed
        BoardFixtures.sql("update award_record set annulled_at = now(), annul_reason = 'test' where id = '%s'", record);
        given().header("Authorization", w.c().officeToken()).when().get(fundUrl(w))
                .then().statusCode(200).body("committedVnd", equalTo(702000));
    }

    private static Map<String, Object> box(double x, double y, double width, double fontSize) {
        return Map.of("x", x, "y", y, "width", width, "fontSize", fontSize);
    }

    private static Map<String, Object> layout(double recipientWidth) {
        return Map.of("pageWidthMm", 297, "pageHeightMm", 210, "fields", Map.of(
                "recipient", box(60, 80, recipientWidth, 20),
                "achievement", box(40, 110, 217, 14),
                "decisionNumber", box(60, 160, 60, 12),
                "decisionDate", box(140, 160, 100, 12),
                "signer", box(180, 190, 90, 14)));
    }

    @Test
    void aLongVietnameseNameWrapsWithinItsBoxOnTheCertificate() throws IOException {
        World w = BoardFixtures.world();
        String longName = "Tổ dân phố số 3 và Hội Liên hiệp Phụ nữ phường Kiến An thành phố Hải Phòng";
        UUID record = award(w, longName, 702000);
        String url = "/api/v1/certificate-layouts/" + COMMUNE_FORM;

        given().contentType(ContentType.JSON).body(layout(120)).when().put(url).then().statusCode(401);
        given().header("Authorization", w.c().leaderToken()).contentType(ContentType.JSON).body(layout(120))
                .when().put(url).then().statusCode(403);
        // bad input: a box running off the page, an unknown form
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(layout(400))
                .when().put(url).then().statusCode(400).body("errors.field", hasItem("fields.recipient.width"));
        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(layout(120))
                .when().put("/api/v1/certificate-layouts/khong-co").then().statusCode(400).body("errors.field", hasItem("formCode"));
        assertEquals(0, count("select count(*) from certificate_layout where commune_id = '%s'", w.c().commune().id()));
        // printing before a layout exists: 409
        given().header("Authorization", w.c().officeToken()).when().get("/api/v1/award-records/" + record + "/certificate")
                .then().statusCode(409);

        given().header("Authorization", w.c().officeToken()).contentType(ContentType.JSON).body(layout(120))
                .when().put(url).then().statusCode(200).body("fields.recipient.width", equalTo(120.0f)).body("version", equalTo(0));
        given().header("Authorization", w.c().leaderToken()).when().get("/api/v1/certificate-layouts")
                .then().statusCode(200).body("items.formCode", hasItem(COMMUNE_FORM));

        given().when().get("/api/v1/award-records/" + record + "/certificate").then().statusCode(401);
        given().header("Authorization", w.c().unitToken()).when().get("/api/v1/award-records/" + record + "/certificate")
                .then().statusCode(403);
        given().header("Authorization", BoardFixtures.world().c().officeToken())
                .when().get("/api/v1/award-records/" + record + "/certificate").then().statusCode(404);
        byte[] pdf = given().header("Authorization", w.c().leaderToken())
                .when().get("/api/v1/award-records/" + record + "/certificate")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            List<TextPosition> positions = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> p) throws IOException {
                    text.append(s).append('\n');
                    positions.addAll(p);
                }
            };
            stripper.getText(doc);
            String all = text.toString();
            assertTrue(all.contains("Tổ dân phố số 3"), all);
            assertTrue(all.contains("12/QĐ-UBND"), all);
            assertTrue(all.contains("ngày 20 tháng 12 năm 2025"), all);
            // the recipient is drawn at 20 pt: every glyph lies within x 60..180 mm, on more than one line
            List<TextPosition> name = positions.stream().filter(p -> Math.abs(p.getFontSizeInPt() - 20) < 0.5).toList();
            assertTrue(name.size() > 20, "recipient glyphs: " + name.size());
            for (TextPosition p : name) {
                assertTrue(p.getXDirAdj() >= 60 * PT_PER_MM - 0.5, "left of the box: " + p);
                assertTrue(p.getXDirAdj() + p.getWidthDirAdj() <= 180 * PT_PER_MM + 0.5, "right of the box: " + p);
            }
            long lines = name.stream().map(p -> Math.round(p.getYDirAdj())).distinct().count();
            assertTrue(lines >= 2, "the long name wraps: " + lines + " line(s)");
            float top = (float) name.stream().mapToDouble(TextPosition::getYDirAdj).min().orElseThrow();
            // first baseline one ascent below the box's top (80 mm)
            assertTrue(top > 80 * PT_PER_MM && top < 80 * PT_PER_MM + 20, "first line at " + top);
        }
    }
}
