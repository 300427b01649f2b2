package vn.thiduaso.plan.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.thiduaso.plan.domain.content.Assignment;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.Occasion;
import vn.thiduaso.plan.domain.content.OtherSection;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Signer;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.VinhBaoPlan;
import vn.thiduaso.platform.document.OfficialDocument;

class PlanDocumentRendererTest {

    private final PlanDocumentRenderer renderer = new PlanDocumentRenderer();

    static PlanDocument issued() {
        return new PlanDocument("UBND THÀNH PHỐ HẢI PHÒNG", "Ủy ban nhân dân xã Vĩnh Bảo", "150/KH-UBND", "Vĩnh Bảo",
                LocalDate.of(2025, 11, 5), VinhBaoPlan.TITLE, null, VinhBaoPlan.content(),
                VinhBaoPlan.unitNames(), List.of("Cả nước thi đua đổi mới sáng tạo và chuyển đổi số"),
                VinhBaoPlan.awardFormNames());
    }

    /** What every rendering of the issued Vĩnh Bảo plan must say, in reading order. */
    private static final List<String> EXPECTED = List.of(
            "UBND THÀNH PHỐ HẢI PHÒNG",
            "ỦY BAN NHÂN DÂN", "XÃ VĨNH BẢO",
            "Số: 150/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Vĩnh Bảo, ngày 05 tháng 11 năm 2025",
            "KẾ HOẠCH",
            "Phát động, thực hiện Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”",
            "Căn cứ Công văn số 2144/UBND-NVKTGS ngày 15/8/2025 của Ủy ban nhân dân thành phố về việc triển khai",
            "cụ thể như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Phát huy sức mạnh của cả hệ thống chính trị",
            "2. Yêu cầu",
            "II. NỘI DUNG THI ĐUA",
            "1. Thi đua nâng cao nhận thức, đột phá về đổi mới tư duy",
            "a) Triển khai sâu rộng phong trào “Bình dân học vụ số”",
            "III. CHỈ TIÊU THI ĐUA",
            "STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026", "Năm 2027",
            "1", "Cán bộ, công chức có kỹ năng số cơ bản (CT01)", "%", "≥ 80", "≥ 90", "≥ 100",
            "2", "Hồ sơ thủ tục hành chính nộp trực tuyến (CT02)", "%", "≥ 60", "≥ 70",
            "- Chỉ tiêu CT01: tỷ lệ được tính bằng số cán bộ, công chức có kỹ năng số cơ bản trên tổng số cán bộ, công chức.",
            "IV. HÌNH THỨC KHEN THƯỞNG",
            "- Huân chương Lao động (sơ kết, tổng kết);",
            "- Giấy khen của Chủ tịch Ủy ban nhân dân xã (hằng năm, sơ kết, tổng kết).",
            "V. THỜI GIAN THỰC HIỆN",
            "- Sơ kết Phong trào thi đua giai đoạn 2025 - 2027: năm 2027.",
            "- Tổng kết Phong trào thi đua giai đoạn 2025 - 2030: tháng 10/2030.",
            "VI. TỔ CHỨC THỰC HIỆN",
            "1. Phòng Văn hóa - Xã hội",
            "2. Phòng Kinh tế",
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã",
            "5. Các doanh nghiệp trên địa bàn xã",
            "6. Các thôn trên địa bàn xã",
            "7. Các phòng, ban, đơn vị trên địa bàn xã",
            "VII. CHẾ ĐỘ BÁO CÁO",
            "Các cơ quan, đơn vị nhận Kế hoạch báo cáo về Phòng Văn hóa - Xã hội trước ngày 05/12 hằng năm, từ năm 2025 đến năm 2030.",
            "Phòng Văn hóa - Xã hội tổng hợp, báo cáo về Sở Nội vụ thành phố (Ban Thi đua - Khen thưởng) trước ngày 15/12 hằng năm.",
            "VIII. TRÁCH NHIỆM BÁO CÁO KHÓ KHĂN, VƯỚNG MẮC",
            "(qua Phòng Văn hoá - Xã hội) để xem xét, giải quyết.",
            "Trên đây là Kế hoạch phát động, thực hiện Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”",
            "giai đoạn 2025 - 2030 trên địa bàn xã Vĩnh Bảo./.",
            "Nơi nhận:",
            "- Sở Nội vụ TP Hải Phòng (Ban TĐKT);",
            "- Lưu: VT, VHXH.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn Hà");

    @Test
    void docxSaysEverythingInOrderInTimesNewRoman() throws IOException {
        byte[] bytes = renderer.docx(issued());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/plan-sample.docx"), bytes);

        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            collect(d.getBodyElements(), paragraphs);
            String text = normalise(String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList()));
            assertInOrder(text, EXPECTED);
            Set<String> families = new LinkedHashSet<>();
            boolean nameBold = false;
            for (XWPFParagraph p : paragraphs) {
                for (XWPFRun r : p.getRuns()) {
                    if (r.text() != null && !r.text().isBlank()) {
                        families.add(r.getFontFamily());
                    }
                    nameBold |= "Nguyễn Văn Hà".equals(r.text()) && r.isBold();
                }
            }
            assertEquals(Set.of("Times New Roman"), families);
            assertTrue(nameBold, "the signer's name is bold");
            XWPFParagraph kind = paragraphs.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, kind.getAlignment());
            assertTrue(kind.getRuns().get(0).isBold());
            XWPFParagraph date = paragraphs.stream().filter(p -> p.getText().startsWith("Vĩnh Bảo, ngày")).findFirst().orElseThrow();
            assertTrue(date.getRuns().get(0).isItalic(), "the place-and-date line is italic");
            XWPFTable head = d.getTables().get(0);
            assertEquals(2, head.getRow(0).getTableCells().size(), "issuing body left, national motto right");
            assertEquals(XWPFTable.XWPFBorderType.NONE, head.getTopBorderType());
            // A4 with ND30 margins (left 30 mm)
            var sect = d.getDocument().getBody().getSectPr();
            assertEquals(11906, ((java.math.BigInteger) sect.getPgSz().getW()).intValue());
            assertEquals(1701, ((java.math.BigInteger) sect.getPgMar().getLeft()).intValue());
            assertTrue(d.getHeaderList().stream().anyMatch(h -> h.getParagraphs().stream()
                    .anyMatch(p -> p.getCTP().xmlText().contains("PAGE"))), "a PAGE field in the header");
        }
    }

    @Test
    void pdfSaysEverythingInOrderWithLiberationSerifEmbedded() throws IOException, InterruptedException {
        byte[] bytes = renderer.pdf(issued());
        Path pdf = Path.of("target/plan-sample.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, bytes);

        assertEquals("Liberation Serif", renderer.pdfFontFamily(), "fonts-liberation2 is installed by scripts/lib.sh ensure_fonts");
        try (PDDocument d = Loader.loadPDF(bytes)) {
            assertTrue(d.getNumberOfPages() >= 3, "the plan runs over several A4 pages: " + d.getNumberOfPages());
            String text = normalise(new PDFTextStripper().getText(d));
            assertInOrder(text, EXPECTED);
            Set<String> fonts = fonts(d);
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(f -> f.contains("LiberationSerif")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif-Bold")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif-Italic")), fonts.toString());
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertTrue(second.getText(d).strip().startsWith("2"), "ND30: page numbers in the top margin from page 2");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertTrue(firstPage.getText(d).strip().startsWith("UBND THÀNH PHỐ HẢI PHÒNG"), "no number on the first page");
            PDPage first = d.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4 width in points");
        }
        // The first page as a picture, to look at (poppler-utils); not an assertion of the layout.
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", pdf.toString(),
                    "target/plan-sample").inheritIO().start().waitFor();
        }
    }

    @Test
    void draftShowsDuThaoAndABlankDateAndNoNumber() throws IOException {
        PlanDocument issued = issued();
        PlanDocument draft = new PlanDocument(issued.parentAuthority(), issued.issuingBody(), null, null, null,
                issued.title(), null, issued.content(), issued.unitNames(), issued.movementNames(), issued.awardFormNames());

        byte[] pdf = renderer.pdf(draft);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/plan-draft.pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = normalise(new PDFTextStripper().getText(d));
            assertInOrder(text, List.of("Số: /KH-UBND", "Vĩnh Bảo, ngày … tháng … năm …", "DỰ THẢO", "KẾ HOẠCH"));
            assertFalse(text.contains("150/KH-UBND"));
            // the lead-in is the content's introduction, printed in a draft as well; no summary is given
            assertInOrder(text, List.of("(sau đây gọi tắt là Phong trào thi đua), cụ thể như sau:", "I. MỤC ĐÍCH, YÊU CẦU"));
        }
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(renderer.docx(draft)))) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            collect(d.getBodyElements(), paragraphs);
            String text = normalise(String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList()));
            assertInOrder(text, List.of("Vĩnh Bảo, ngày … tháng … năm …", "DỰ THẢO", "KẾ HOẠCH"));
        }
    }

    @Test
    void sectionsFollowSectionOrderAppendMissingPartsAndSkipEmptyOnes() {
        PlanContent base = VinhBaoPlan.content();
        OtherSection budget = new OtherSection(UUID.randomUUID(), "Kinh phí thực hiện", List.of("Từ ngân sách xã."));
        List<OtherSection> others = new ArrayList<>(base.otherSections());
        others.add(budget);
        PlanContent reordered = new PlanContent(base.movementIds(), 2025, 2030,
                List.of("otherSections:" + budget.id(), "contents", "assignments"),
                base.legalBases(), base.purposes(), List.of(), List.of(), base.contents(), List.of(), List.of(),
                List.of(), List.of(), base.assignments(), base.addresseeUnitIds(), List.of(), null, others,
                base.recipients(), base.signer(), base.place(), List.of(), List.of());
        PlanDocument issued = issued();
        PlanDocumentLayout layout = new PlanDocumentLayout(new PlanDocument(null, "Ủy ban nhân dân xã Vĩnh Bảo",
                "1/KH-UBND", null, LocalDate.of(2026, 2, 3), issued.title(), null, reordered, issued.unitNames(),
                List.of(), issued.awardFormNames()));

        List<String> sections = layout.body().stream()
                .filter(b -> b instanceof OfficialDocument.Paragraph p && p.kind() == OfficialDocument.Kind.SECTION)
                .map(b -> ((OfficialDocument.Paragraph) b).text()).toList();

        assertEquals(List.of("I. KINH PHÍ THỰC HIỆN", "II. NỘI DUNG THI ĐUA", "III. TỔ CHỨC THỰC HIỆN", "IV. MỤC ĐÍCH",
                "V. TRÁCH NHIỆM BÁO CÁO KHÓ KHĂN, VƯỚNG MẮC"), sections);
        // ND30: a leading zero for days below 10 and for January and February; the place falls back to the content's
        assertEquals("Vĩnh Bảo, ngày 03 tháng 02 năm 2026", layout.placeAndDate());
        assertEquals("", layout.parentAuthority());
    }

    @Test
    void datesFromMarchOnHaveNoLeadingZeroInTheMonth() {
        PlanDocument issued = issued();
        PlanDocumentLayout layout = new PlanDocumentLayout(new PlanDocument(null, "UBND phường Kiến An", "150/KH-UBND",
                "Kiến An", LocalDate.of(2025, 3, 15), "Kế hoạch", null, PlanContent.empty(), null, null, null));
        assertEquals("Kiến An, ngày 15 tháng 3 năm 2025", layout.placeAndDate());
        assertEquals(List.of(), layout.body(), "an empty plan has no sections");
        assertEquals(List.of(), layout.signerLines());
        assertEquals(issued.title().substring(9, 10).toUpperCase(), new PlanDocumentLayout(issued).title().substring(0, 1));
    }

    @Test
    void strictTargetsNotesUnnumberedContentsGroupsAndRequestsArePrinted() {
        PlanContent base = VinhBaoPlan.content();
        Target t = base.targets().get(0);
        List<Target> targets = List.of(
                new Target(t.id(), "CT01", "Cán bộ có kỹ năng số", "%", true, Target.Comparison.GT, null, null, null, null,
                        List.of(new Target.YearValue(2025, new java.math.BigDecimal("80"), null),
                                new Target.YearValue(2026, new java.math.BigDecimal("100"), "sử dụng tốt trong khu vực công"))),
                new Target(UUID.randomUUID(), "CT02", "Tỷ lệ hồ sơ trễ hạn", "%", true, Target.Comparison.LT, null, null, null,
                        null, List.of(new Target.YearValue(2025, new java.math.BigDecimal("5"), null))));
        List<ContentItem> contents = List.of(new ContentItem(UUID.randomUUID(), null, "Thi đua đẩy mạnh chuyển đổi số", null,
                List.of(new ContentItem(UUID.randomUUID(), " ", "Phát triển hạ tầng số", null, List.of()))),
                new ContentItem(UUID.randomUUID(), "2", "Thi đua học tập số", null, List.of()));
        List<Assignment> assignments = List.of(
                new Assignment(UUID.randomUUID(), null, null, List.of("VILLAGE", "ENTERPRISE"), Assignment.Role.IMPLEMENT, false,
                        List.of("Tuyên truyền.")),
                new Assignment(UUID.randomUUID(), null, "Các doanh nghiệp", List.of("ENTERPRISE"), Assignment.Role.IMPLEMENT,
                        false, List.of("Thực hiện.")),
                new Assignment(UUID.randomUUID(), null, "Ban Xây dựng đảng Đảng ủy", List.of(), Assignment.Role.COOPERATE, true,
                        List.of("Phối hợp.")),
                new Assignment(UUID.randomUUID(), VinhBaoPlan.MTTQ, null, List.of(), Assignment.Role.COOPERATE, true,
                        List.of("Vận động.")));
        PlanContent content = new PlanContent(base.movementIds(), 2025, 2030, List.of(), List.of(), List.of(), List.of(),
                List.of(), contents, List.of(), targets, List.of(), List.of(), assignments, List.of(), List.of(), null, List.of(),
                List.of(), null, "Kiến An", List.of("Ủy ban nhân dân phường ban hành Kế hoạch, cụ thể như sau:"),
                List.of("Trên đây là Kế hoạch của phường."));
        PlanDocumentLayout layout = new PlanDocumentLayout(new PlanDocument(null, "UBND phường Kiến An", "7/KH-UBND", null,
                LocalDate.of(2025, 12, 1), "Kế hoạch", null, content, VinhBaoPlan.unitNames(), List.of(), Map.of()));

        List<String> texts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (OfficialDocument.Block b : layout.body()) {
            if (b instanceof OfficialDocument.Paragraph p) {
                texts.add(p.text());
            } else if (b instanceof OfficialDocument.Table table) {
                rows.addAll(table.rows());
            }
        }
        assertEquals(List.of("Ủy ban nhân dân phường ban hành Kế hoạch, cụ thể như sau:", "I. NỘI DUNG THI ĐUA",
                "- Thi đua đẩy mạnh chuyển đổi số", "- Phát triển hạ tầng số", "2. Thi đua học tập số",
                "II. CHỈ TIÊU THI ĐUA", "III. TỔ CHỨC THỰC HIỆN",
                "1. Các thôn, tổ dân phố, doanh nghiệp", "- Tuyên truyền.",
                "2. Các doanh nghiệp", "- Thực hiện.",
                "3. Đề nghị Ban Xây dựng đảng Đảng ủy", "- Phối hợp.",
                "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã", "- Vận động.",
                "Trên đây là Kế hoạch của phường./."), texts);
        assertEquals(List.of("1", "Cán bộ có kỹ năng số (CT01)", "%", "> 80", "> 100 (sử dụng tốt trong khu vực công)"),
                rows.get(0));
        assertEquals(List.of("2", "Tỷ lệ hồ sơ trễ hạn (CT02)", "%", "< 5", ""), rows.get(1));
    }

    @Test
    void obligationsReadAsSentencesForEveryKindAndReporterMode() {
        PlanDocument issued = issued();
        PlanDocumentLayout layout = new PlanDocumentLayout(issued);
        UUID vhxh = VinhBaoPlan.VHXH;
        var listed = new Obligation.Reporters(Obligation.Reporters.Mode.LISTED, List.of(VinhBaoPlan.KINH_TE, VinhBaoPlan.MTTQ), List.of());
        var villages = new Obligation.Reporters(Obligation.Reporters.Mode.KINDS, List.of(), List.of("VILLAGE"));

        assertEquals("Phòng Kinh tế, Ủy ban Mặt trận Tổ quốc Việt Nam xã báo cáo sơ kết về Phòng Văn hóa - Xã hội trước ngày 30/06/2027.",
                layout.obligationSentence(new Obligation(UUID.randomUUID(), "Sơ kết", Occasion.PRELIMINARY_REVIEW, listed, vhxh,
                        30, 6, null, 2027, 2027, null)));
        assertEquals("Các thôn, tổ dân phố báo cáo về Phòng Văn hóa - Xã hội trước ngày 05/09/2026.",
                layout.obligationSentence(new Obligation(UUID.randomUUID(), "Đột xuất", Occasion.AD_HOC, villages, vhxh,
                        null, null, LocalDate.of(2026, 9, 5), null, null, null)));
        Obligation annual = new Obligation(UUID.randomUUID(), "Hằng năm", Occasion.ANNUAL, null, vhxh, 15, 11, null, 2026, 2026,
                new Obligation.SecondHop(null, VinhBaoPlan.KINH_TE, 20, 11));
        assertEquals("Các cơ quan, đơn vị nhận Kế hoạch báo cáo về Phòng Văn hóa - Xã hội trước ngày 15/11 hằng năm, năm 2026.",
                layout.obligationSentence(annual));
        assertEquals("Phòng Văn hóa - Xã hội tổng hợp, báo cáo về Phòng Kinh tế trước ngày 20/11 hằng năm.",
                layout.secondHopSentence(annual));
    }

    @Test
    void markupInTheTextIsPrintedNotInterpreted() throws IOException {
        PlanContent base = VinhBaoPlan.content();
        PlanContent content = new PlanContent(base.movementIds(), 2025, 2030, List.of(), List.of(),
                List.of("Tỷ lệ <b>đạt</b> & \"vượt\" chỉ tiêu > 90 %"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of("Lưu: VT."),
                new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, "Lê Thị <Mai>"), "Kiến An", List.of(), List.of());
        PlanDocument doc = new PlanDocument(null, "UBND phường Kiến An", "7/KH-UBND", null, LocalDate.of(2025, 12, 1),
                "Kế hoạch <script>alert(1)</script>", null, content, null, null, null);

        try (PDDocument d = Loader.loadPDF(renderer.pdf(doc))) {
            String text = normalise(new PDFTextStripper().getText(d));
            assertTrue(text.contains("- Tỷ lệ <b>đạt</b> & \"vượt\" chỉ tiêu > 90 %./."), text);
            assertTrue(text.contains("<script>alert(1)</script>"), text);
            assertTrue(text.contains("Lê Thị <Mai>"), text);
            assertTrue(text.contains("I. MỤC ĐÍCH"), text);
        }
    }

    @Test
    void withoutLiberationThePdfFallsBackToDejaVuSerif() throws IOException {
        PlanDocumentRenderer fallback = new PlanDocumentRenderer(Path.of("target/no-such-fonts"), PlanDocumentRenderer.DEJAVU);
        assertEquals("DejaVu Serif", fallback.pdfFontFamily());
        try (PDDocument d = Loader.loadPDF(fallback.pdf(issued()))) {
            assertTrue(normalise(new PDFTextStripper().getText(d)).contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(fonts(d).stream().allMatch(f -> f.contains("DejaVuSerif")), fonts(d).toString());
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** The base names of every font of every page, after checking each is embedded. */
    private static Set<String> fonts(PDDocument d) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (PDPage page : d.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                names.add(font.getName());
            }
        }
        return names;
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
