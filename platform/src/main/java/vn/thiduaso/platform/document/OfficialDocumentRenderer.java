package vn.thiduaso.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import io.quarkus.logging.Log;
import vn.thiduaso.platform.document.OfficialDocument.Block;
import vn.thiduaso.platform.document.OfficialDocument.Kind;
import vn.thiduaso.platform.document.OfficialDocument.Paragraph;
import vn.thiduaso.platform.document.OfficialDocument.Run;
import vn.thiduaso.platform.document.OfficialDocument.Table;

/**
 * Draws an {@link OfficialDocument} as an administrative document laid out after Nghị định
 * 30/2020/NĐ-CP (Phụ lục I): A4, margins 20/15/20/30 mm, the two-column header (issuing body / national
 * motto), the kind ("KẾ HOẠCH", "BÁO CÁO") and the title, the body, and the closing block (Nơi nhận /
 * signer); the page number in the top margin from page 2. DOCX in Times New Roman; PDF (drawn from
 * XHTML by openhtmltopdf) with Liberation Serif embedded (metric-compatible with Times New Roman, full
 * Vietnamese), DejaVu Serif when Liberation is not installed.
 * <p>
 * A plain class, not a bean: the platform declares POI and openhtmltopdf as optional dependencies, so
 * only a service that renders documents (and declares them) holds one, e.g. in its own bean.
 */
public class OfficialDocumentRenderer {

    public static final String DOCX_FONT = "Times New Roman";
    public static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation2");
    public static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final String PDF_FONT = "DocSerif";

    /** The four faces (regular, bold, italic, bold italic) the PDF embeds. */
    record Fonts(String family, Path regular, Path bold, Path italic, Path boldItalic) {
    }

    static {
        // openhtmltopdf logs every render at INFO ("Prepare to fly."); keep its warnings only
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private final Fonts fonts;

    public OfficialDocumentRenderer() {
        this(LIBERATION, DEJAVU);
    }

    /** With other font directories (a test of the fallback). */
    public OfficialDocumentRenderer(Path liberationDir, Path dejavuDir) {
        this.fonts = resolveFonts(liberationDir, dejavuDir);
    }

    static Fonts resolveFonts(Path liberationDir, Path dejavuDir) {
        Fonts liberation = new Fonts("Liberation Serif", liberationDir.resolve("LiberationSerif-Regular.ttf"),
                liberationDir.resolve("LiberationSerif-Bold.ttf"), liberationDir.resolve("LiberationSerif-Italic.ttf"),
                liberationDir.resolve("LiberationSerif-BoldItalic.ttf"));
        if (readable(liberation)) {
            return liberation;
        }
        Fonts dejavu = new Fonts("DejaVu Serif", dejavuDir.resolve("DejaVuSerif.ttf"), dejavuDir.resolve("DejaVuSerif-Bold.ttf"),
                dejavuDir.resolve("DejaVuSerif-Italic.ttf"), dejavuDir.resolve("DejaVuSerif-BoldItalic.ttf"));
        Log.warnf("Liberation Serif not found in %s (Debian package fonts-liberation2): PDFs use %s from %s",
                liberationDir, dejavu.family(), dejavuDir);
        if (!readable(dejavu)) {
            Log.warnf("DejaVu Serif not found in %s either: PDFs cannot show Vietnamese correctly", dejavuDir);
        }
        return dejavu;
    }

    private static boolean readable(Fonts f) {
        return Files.isReadable(f.regular()) && Files.isReadable(f.bold()) && Files.isReadable(f.italic())
                && Files.isReadable(f.boldItalic());
    }

    /** The family the PDF embeds ("Liberation Serif", or "DejaVu Serif" as the fallback). */
    public String pdfFontFamily() {
        return fonts.family();
    }

    // --- DOCX ----------------------------------------------------------------------------------

    public byte[] docx(OfficialDocument l) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(d);
            pageNumbers(d);
            header(d, l);
            for (Block b : l.body()) {
                if (b instanceof Paragraph p) {
                    bodyParagraph(d, p);
                } else if (b instanceof Table t) {
                    grid(d, t);
                }
            }
            closing(d, l);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document's DOCX", e);
        }
    }

    private static void pageSetup(XWPFDocument d) {
        CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
                : d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(mm(20)));
        m.setBottom(BigInteger.valueOf(mm(20)));
        m.setLeft(BigInteger.valueOf(mm(30)));
        m.setRight(BigInteger.valueOf(mm(15)));
    }

    /** ND30: the page number centred in the top margin, from the second page on. */
    private static void pageNumbers(XWPFDocument d) {
        CTSectPr sect = d.getDocument().getBody().getSectPr();
        sect.addNewTitlePg(); // the first page has its own (empty) header
        d.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFParagraph p = d.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontFamily(DOCX_FONT);
        r.setFontSize(13);
        r.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun sep = p.createRun();
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun value = p.createRun();
        value.setFontFamily(DOCX_FONT);
        value.setFontSize(13);
        value.setText("2");
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    private static void header(XWPFDocument d, OfficialDocument l) {
        XWPFTable t = borderless(d.createTable(1, 2));
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph p = left.getParagraphs().get(0);
        if (!l.parentAuthority().isEmpty()) {
            centred(p, l.parentAuthority(), 12, false, false);
            p = left.addParagraph();
        }
        List<String> body = l.issuingBodyLines();
        for (int i = 0; i < body.size(); i++) {
            centred(i == 0 ? p : left.addParagraph(), body.get(i), 12, true, false);
        }
        rule(left.addParagraph(), 0.4, mm(22));
        centred(left.addParagraph(), l.numberLine(), 13, false, false);

        centred(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        centred(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        rule(right.addParagraph(), 0.6, mm(55));
        centred(right.addParagraph(), l.placeAndDate(), 14, false, true);

        XWPFParagraph gap = d.createParagraph();
        gap.setSpacingAfter(0);
        if (l.draft()) {
            XWPFParagraph dp = d.createParagraph();
            centred(dp, "DỰ THẢO", 14, true, false);
            dp.setBorderTop(Borders.SINGLE);
            dp.setBorderBottom(Borders.SINGLE);
            dp.setBorderLeft(Borders.SINGLE);
            dp.setBorderRight(Borders.SINGLE);
            dp.setIndentationLeft(mm(60));
            dp.setIndentationRight(mm(60));
        }
        XWPFParagraph k = d.createParagraph();
        centred(k, l.kind(), 14, true, false);
        k.setSpacingBefore(240);
        XWPFParagraph title = d.createParagraph();
        centred(title, l.title(), 14, true, false);
        rule(d.createParagraph(), 1, mm(40));
    }

    private static void bodyParagraph(XWPFDocument d, Paragraph p) {
        XWPFParagraph x = d.createParagraph();
        x.setAlignment(ParagraphAlignment.BOTH);
        x.setFirstLineIndent(mm(12.7));
        x.setSpacingBefore(p.kind() == Kind.SECTION ? 120 : 0);
        x.setSpacingAfter(120);
        if (p.kind() != Kind.BODY) {
            x.setKeepNext(true);
        }
        for (Run r : p.runs()) {
            run(x, r.text(), 14, r.bold(), r.italic());
        }
    }

    private static void grid(XWPFDocument d, Table table) {
        int cols = table.header().size();
        XWPFTable t = d.createTable(table.rows().size() + 1, cols);
        t.setWidth("100%");
        for (int r = 0; r <= table.rows().size(); r++) {
            List<String> cells = r == 0 ? table.header() : table.rows().get(r - 1);
            for (int col = 0; col < cols; col++) {
                XWPFTableCell cell = t.getRow(r).getCell(col);
                cell.setWidth(col == 1 ? "40%" : col == 0 ? "7%" : String.format(java.util.Locale.ROOT, "%d%%",
                        Math.max(6, 53 / Math.max(1, cols - 2))));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(col == 1 && r > 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                p.setSpacingAfter(0);
                run(p, cells.get(col), 12, r == 0, false);
            }
        }
        d.createParagraph().setSpacingAfter(0);
    }

    private static void closing(XWPFDocument d, OfficialDocument l) {
        d.createParagraph();
        XWPFTable t = borderless(d.createTable(1, 2));
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        XWPFParagraph p = left.getParagraphs().get(0);
        run(p, "Nơi nhận:", 12, true, true);
        p.setSpacingAfter(0);
        for (String r : l.recipients()) {
            XWPFParagraph q = left.addParagraph();
            q.setSpacingAfter(0);
            run(q, r, 11, false, false);
        }
        List<String> lines = l.signerLines();
        XWPFParagraph s = right.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            centred(i == 0 ? s : right.addParagraph(), lines.get(i), 14, true, false);
        }
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph(), "", 14, false, false);
        }
        centred(right.addParagraph(), l.signerName(), 14, true, false);
    }

    private static XWPFTable borderless(XWPFTable t) {
        t.setWidth("100%");
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return t;
    }

    /** Text width of the page in twips (A4 minus the 30 mm and 15 mm side margins). */
    private static final int TEXT_WIDTH = 11906 - mm(30) - mm(15);

    /**
     * A short centred horizontal rule: an empty paragraph with a bottom border, narrowed by indents to
     * {@code widthTwips} in the middle of a container {@code share} of the text width wide (a header column).
     */
    private static void rule(XWPFParagraph p, double share, int widthTwips) {
        int container = (int) (TEXT_WIDTH * share) - (share < 1 ? 216 : 0); // a cell's default side margins
        int indent = Math.max(0, (container - widthTwips) / 2);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(60);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        XWPFRun r = p.createRun();
        r.setFontSize(2);
    }

    private static void centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(DOCX_FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
    }

    // --- PDF -----------------------------------------------------------------------------------

    public byte[] pdf(OfficialDocument document) {
        String html = html(document);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(fonts.regular().toFile(), PDF_FONT, 400, FontStyle.NORMAL, true);
            b.useFont(fonts.bold().toFile(), PDF_FONT, 700, FontStyle.NORMAL, true);
            b.useFont(fonts.italic().toFile(), PDF_FONT, 400, FontStyle.ITALIC, true);
            b.useFont(fonts.boldItalic().toFile(), PDF_FONT, 700, FontStyle.ITALIC, true);
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document's PDF", e);
        }
    }

    /** The XHTML the PDF is drawn from (every text escaped). */
    public String html(OfficialDocument l) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>").append(esc(l.title()))
                .append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td class=\"l\">");
        if (!l.parentAuthority().isEmpty()) {
            h.append("<div>").append(esc(l.parentAuthority())).append("</div>");
        }
        for (String line : l.issuingBodyLines()) {
            h.append("<div class=\"b\">").append(esc(line)).append("</div>");
        }
        h.append("<div class=\"rule short\"></div>");
        h.append("<div class=\"num\">").append(esc(l.numberLine())).append("</div></td><td class=\"r\">");
        h.append("<div class=\"b nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>");
        h.append("<div class=\"b motto\">Độc lập - Tự do - Hạnh phúc</div><div class=\"rule long\"></div>");
        h.append("<div class=\"date\">").append(esc(l.placeAndDate())).append("</div></td></tr></table>");
        if (l.draft()) {
            h.append("<div class=\"draft\">DỰ THẢO</div>");
        }
        h.append("<div class=\"kind\">").append(esc(l.kind())).append("</div><div class=\"title\">").append(esc(l.title()))
                .append("</div><div class=\"rule title-rule\"></div>");
        for (Block b : l.body()) {
            if (b instanceof Table t) {
                h.append("<table class=\"grid\"><thead><tr>");
                for (int i = 0; i < t.header().size(); i++) {
                    h.append("<th").append(i == 1 ? " class=\"name\"" : "").append(">").append(esc(t.header().get(i))).append("</th>");
                }
                h.append("</tr></thead><tbody>");
                for (List<String> row : t.rows()) {
                    h.append("<tr>");
                    for (int i = 0; i < row.size(); i++) {
                        h.append("<td").append(i == 1 ? " class=\"name\"" : "").append(">").append(esc(row.get(i))).append("</td>");
                    }
                    h.append("</tr>");
                }
                h.append("</tbody></table>");
                continue;
            }
            Paragraph p = (Paragraph) b;
            String cls = switch (p.kind()) {
                case SECTION -> "p sec";
                case ITEM_HEADING -> "p item";
                case BODY -> "p";
            };
            h.append("<p class=\"").append(cls).append("\">");
            for (Run r : p.runs()) {
                String open = (r.bold() ? "<b>" : "") + (r.italic() ? "<i>" : "");
                String close = (r.italic() ? "</i>" : "") + (r.bold() ? "</b>" : "");
                h.append(open).append(esc(r.text())).append(close);
            }
            h.append("</p>");
        }
        h.append("<table class=\"foot\"><tr><td class=\"to\"><div class=\"to-h\">Nơi nhận:</div>");
        for (String r : l.recipients()) {
            h.append("<div>").append(esc(r)).append("</div>");
        }
        h.append("</td><td class=\"sign\">");
        for (String s : l.signerLines()) {
            h.append("<div class=\"b\">").append(esc(s)).append("</div>");
        }
        h.append("<div class=\"space\"></div><div class=\"b\">").append(esc(l.signerName())).append("</div>");
        h.append("</td></tr></table></body></html>");
        return h.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm;
                    @top-center { content: counter(page); font-family: 'DocSerif'; font-size: 13pt; vertical-align: middle; } }
            @page :first { @top-center { content: none; } }
            body { font-family: 'DocSerif'; font-size: 14pt; line-height: 1.2; }
            table { border-collapse: collapse; width: 100%; }
            td { vertical-align: top; padding: 0; }
            table.head td { text-align: center; font-size: 12pt; }
            table.head td.l { width: 40%; }
            table.head td.r { width: 60%; }
            .nation { font-size: 12.5pt; white-space: nowrap; }
            .b { font-weight: bold; }
            .motto { font-size: 14pt; }
            .rule { border-top: 0.75pt solid #000; height: 0; margin: 1pt auto 4pt auto; }
            .rule.short { width: 30%; }
            .rule.long { width: 52%; }
            .num { margin-top: 2pt; }
            .date { font-style: italic; font-size: 14pt; margin-top: 2pt; }
            .draft { width: 30%; margin: 10pt auto 0 auto; border: 1pt solid #000; text-align: center; font-weight: bold; padding: 2pt; }
            .kind { text-align: center; font-weight: bold; margin-top: 16pt; }
            .title { text-align: center; font-weight: bold; margin: 0 8%; }
            .title-rule { width: 30%; margin-top: 3pt; margin-bottom: 10pt; }
            p.p { text-align: justify; text-indent: 12.7mm; margin: 0 0 6pt 0; }
            p.sec { margin-top: 6pt; page-break-after: avoid; }
            p.item { page-break-after: avoid; }
            table.grid { margin: 2pt 0 8pt 0; font-size: 12pt; page-break-inside: avoid; }
            table.grid th, table.grid td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; }
            table.grid th.name { width: 40%; }
            table.grid td.name { text-align: left; }
            table.foot { margin-top: 12pt; page-break-inside: avoid; }
            td.to { width: 50%; font-size: 11pt; line-height: 1.1; }
            .to-h { font-size: 12pt; font-weight: bold; font-style: italic; }
            td.sign { width: 50%; text-align: center; }
            .space { height: 70pt; }
            """;

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // characters XML 1.0 does not allow would make the document unparseable
                    if (ch < 0x20 && ch != '\n' && ch != '\t') {
                        b.append(' ');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
