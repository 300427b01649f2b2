package vn.thiduaso.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thiduaso.report.CycleFixtures.ratio;
import static vn.thiduaso.report.CycleFixtures.value;
import static vn.thiduaso.report.CycleFixtures.written;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.thiduaso.report.CycleFixtures;
import vn.thiduaso.report.CycleFixtures.Structured;
import vn.thiduaso.report.IssuedPlans;
import vn.thiduaso.report.IssuedPlans.Commune;

/** The consolidated report printed in the ND30 layout, read back from the DOCX (POI) and the PDF (PDFBox). */
@QuarkusTest
class ConsolidationDocumentTest {

    private static final String VILLAGE_1 = "Thôn Đông tổ chức 12 buổi hướng dẫn kỹ năng số cho 340 lượt người dân.";

    @Inject
    IssuedPlans plans;

    @Inject
    CycleFixtures cycle;

    private record Printed(Commune commune, String id) {
    }

    /** A 2025 consolidation of the village's and school's reports, approved and submitted. */
    private Printed submitted() {
        Commune c = plans.commune();
        Structured s = cycle.issue(c, 2025, 2025, null);
        UUID period = cycle.period(s.annual(), 2025, false);
        cycle.report(period, c.village(), written("", Map.of(s.content1(), VILLAGE_1),
                Map.of(s.ct01(), ratio("120", "150"), s.ct02(), value("12.5"))), Instant.parse("2025-11-20T03:00:00Z"), true);
        cycle.report(period, c.school(), written("", Map.of(s.content2(), "Nhà trường lắp 20 máy tính mới."),
                Map.of(s.ct01(), ratio("150", "150"))), Instant.parse("2025-11-21T03:00:00Z"), true);
        String id = given().header("Authorization", c.officeToken())
                .post("/api/v1/reporting-periods/" + period + "/consolidation").then().statusCode(201).extract().path("id");
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "difficulties", "Kinh phí còn hạn chế.", "proposals", ""))
                .put("/api/v1/consolidations/" + id).then().statusCode(200);
        given().header("Authorization", c.leaderToken()).contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/v1/consolidations/" + id + "/approve").then().statusCode(200);
        given().header("Authorization", c.officeToken()).contentType(ContentType.JSON).body(Map.of("version", 2))
                .post("/api/v1/consolidations/" + id + "/submit").then().statusCode(200);
        return new Printed(c, id);
    }

    /** What both files must say, in reading order. */
    private static List<String> expected(Commune c) {
        String place = c.commune().name().substring("UBND xã ".length());
        return List.of(
                "ỦY BAN NHÂN DÂN", c.commune().name().substring("UBND ".length()).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "Số:", "/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                place + ", ngày",
                "BÁO CÁO",
                "Kết quả thực hiện Phong trào thi đua năm 2025",
                "Thực hiện Kế hoạch số 15/KH-UBND về thực hiện Phong trào thi đua chuyển đổi số",
                "trên cơ sở báo cáo của 2/3 cơ quan, đơn vị",
                "I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA",
                "1. " + CycleFixtures.CONTENT_1,
                "Thôn Đông: " + VILLAGE_1,
                "a) " + CycleFixtures.CONTENT_1A,
                "2. " + CycleFixtures.CONTENT_2,
                "Trường Tiểu học Vĩnh Thử: Nhà trường lắp 20 máy tính mới.",
                "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                "STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2025", "Kết quả", "Đánh giá",
                "1", "Tỷ lệ hộ gia đình được hướng dẫn kỹ năng số (CT01)", "%", "≥ 70", "90", "Đạt",
                "2", "Số buổi tập huấn kỹ năng số (CT02)", "buổi", "≥ 20", "12,5", "Chưa đạt",
                "Tỷ lệ hộ gia đình được hướng dẫn kỹ năng số (CT01): 270/300 (90%), tổng hợp từ 2 đơn vị.",
                "III. ĐƠN VỊ CHƯA CÓ BÁO CÁO ĐƯỢC TIẾP NHẬN",
                "còn 1/3 cơ quan, đơn vị chưa có báo cáo được tiếp nhận:",
                "- Ủy ban MTTQ Việt Nam xã.",
                "IV. KHÓ KHĂN, VƯỚNG MẮC",
                "Kinh phí còn hạn chế.",
                "V. KIẾN NGHỊ, ĐỀ XUẤT",
                "Không có.",
                "Trên đây là báo cáo kết quả thực hiện Phong trào thi đua năm 2025 của Ủy ban nhân dân xã",
                "./.",
                "Nơi nhận:",
                "- " + CycleFixtures.RECIPIENT + ";",
                "- Lưu: VT, VHXH.",
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH");
    }

    @Test
    void docxIsTheNd30ReportWithTheUnitsTextsAndTheTargetTable() throws Exception {
        Printed p = submitted();
        Response r = given().header("Authorization", p.commune().boardToken()).queryParam("format", "docx")
                .when().get("/api/v1/consolidations/" + p.id() + "/document");
        r.then().statusCode(200).contentType(ConsolidationResource.DOCX);
        assertTrue(r.header("Content-Disposition").contains("bao-cao-tong-hop-2025-"), r.header("Content-Disposition"));
        byte[] bytes = r.asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/consolidation-sample.docx"), bytes);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            collect(d.getBodyElements(), paragraphs);
            String text = normalise(String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList()));
            assertInOrder(text, expected(p.commune()));
            assertFalse(text.contains("DỰ THẢO"), "a submitted report is not a draft");
        }
    }

    @Test
    void pdfSaysTheSameWithFontsEmbeddedAndADraftIsMarked() throws Exception {
        Printed p = submitted();
        byte[] bytes = given().header("Authorization", p.commune().officeToken()).queryParam("format", "pdf")
                .when().get("/api/v1/consolidations/" + p.id() + "/document")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        Files.write(Path.of("target/consolidation-sample.pdf"), bytes);
        try (PDDocument d = Loader.loadPDF(bytes)) {
            String text = normalise(new PDFTextStripper().getText(d));
            assertInOrder(text, expected(p.commune()));
            assertEquals(595, Math.round(d.getPage(0).getMediaBox().getWidth()), "A4");
        }

        // a draft is printed with DỰ THẢO and no date
        Commune c = plans.commune();
        Structured s = cycle.issue(c, 2025, 2025, null);
        UUID period = cycle.period(s.annual(), 2025, false);
        String draft = given().header("Authorization", c.officeToken())
                .post("/api/v1/reporting-periods/" + period + "/consolidation").then().statusCode(201).extract().path("id");
        byte[] draftPdf = given().header("Authorization", c.leaderToken()).queryParam("format", "pdf")
                .get("/api/v1/consolidations/" + draft + "/document").then().statusCode(200).extract().asByteArray();
        try (PDDocument d = Loader.loadPDF(draftPdf)) {
            String text = normalise(new PDFTextStripper().getText(d));
            assertInOrder(text, List.of("ngày … tháng … năm …", "DỰ THẢO", "BÁO CÁO", "trên cơ sở báo cáo của 0/3",
                    "Chưa có đơn vị báo cáo nội dung này.", "Chưa có số liệu"));
        }
        given().header("Authorization", c.boardToken()).queryParam("format", "pdf")
                .get("/api/v1/consolidations/" + draft + "/document").then().statusCode(403);
        given().header("Authorization", c.unitToken(c.village())).queryParam("format", "docx")
                .get("/api/v1/consolidations/" + draft + "/document").then().statusCode(403);
    }

    @Test
    void anUnknownFormatNamesTheField() {
        Commune c = plans.commune();
        given().header("Authorization", c.officeToken()).queryParam("format", "xls")
                .get("/api/v1/consolidations/" + UUID.randomUUID() + "/document")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().header("Authorization", c.officeToken())
                .get("/api/v1/consolidations/" + UUID.randomUUID() + "/document")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().header("Authorization", c.officeToken()).queryParam("format", "pdf")
                .get("/api/v1/consolidations/" + UUID.randomUUID() + "/document")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), out);
                    }
                }
            }
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\u00a0]+", " ");
    }

    private static void assertInOrder(String text, List<String> expected) {
        int from = 0;
        for (String e : expected) {
            int at = text.indexOf(e, from);
            assertTrue(at >= 0, "expected «" + e + "» after position " + from + " in: "
                    + text.substring(Math.max(0, from - 200), Math.min(text.length(), from + 600)));
            from = at + e.length();
        }
    }
}
