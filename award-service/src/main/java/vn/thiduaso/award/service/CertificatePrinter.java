package vn.thiduaso.award.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.thiduaso.award.domain.CertificateLayout;
import vn.thiduaso.award.domain.CertificateLayout.Box;
import vn.thiduaso.award.domain.CertificateLayout.Field;
import vn.thiduaso.platform.document.OfficialDocumentRenderer;

/**
 * Prints certificates onto the commune's blank forms (in phôi Giấy khen): only the field values, each
 * in its box of the layout (millimetres from the page's top-left corner), centred on the box and
 * wrapped word by word within its width, so a long Vietnamese name goes onto a second line instead of
 * running off the printed frame. One page per certificate; the serif font the ND30 PDFs embed.
 */
@ApplicationScoped
public class CertificatePrinter {

    /** PDF points per millimetre. */
    public static final float PT_PER_MM = 72f / 25.4f;
    /** Line height as a multiple of the font size. */
    public static final float LEADING = 1.25f;

    /** What one certificate prints in each field. */
    public record Certificate(Map<Field, String> values) {
    }

    private final Path regular;
    private final Path bold;

    public CertificatePrinter() {
        Path lib = OfficialDocumentRenderer.LIBERATION;
        Path dejavu = OfficialDocumentRenderer.DEJAVU;
        if (Files.isReadable(lib.resolve("LiberationSerif-Regular.ttf"))) {
            regular = lib.resolve("LiberationSerif-Regular.ttf");
            bold = lib.resolve("LiberationSerif-Bold.ttf");
        } else {
            regular = dejavu.resolve("DejaVuSerif.ttf");
            bold = dejavu.resolve("DejaVuSerif-Bold.ttf");
        }
    }

    public byte[] print(CertificateLayout layout, List<Certificate> certificates) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont plain = PDType0Font.load(doc, regular.toFile());
            PDFont strong = Files.isReadable(bold) ? PDType0Font.load(doc, bold.toFile()) : plain;
            PDRectangle size = new PDRectangle(layout.pageWidthMm * PT_PER_MM, layout.pageHeightMm * PT_PER_MM);
            for (Certificate c : certificates) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (Field f : Field.values()) {
                        Box box = layout.fields.get(f);
                        String value = c.values().get(f);
                        if (box != null && value != null && !value.isBlank()) {
                            draw(s, f == Field.recipient ? strong : plain, box, value, size.getHeight());
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream s, PDFont font, Box box, String text, float pageHeight) throws IOException {
        float fontSize = box.fontSize().floatValue();
        float left = box.x().floatValue() * PT_PER_MM;
        float width = box.width().floatValue() * PT_PER_MM;
        // y of the box is its top edge; the first baseline sits one ascent below it
        float baseline = pageHeight - box.y().floatValue() * PT_PER_MM
                - font.getFontDescriptor().getAscent() / 1000f * fontSize;
        for (String line : wrap(font, fontSize, width, text)) {
            float lineWidth = textWidth(font, fontSize, line);
            s.beginText();
            s.setFont(font, fontSize);
            s.newLineAtOffset(left + Math.max(0, (width - lineWidth) / 2), baseline);
            s.showText(line);
            s.endText();
            baseline -= fontSize * LEADING;
        }
    }

    /** Greedy word wrap within {@code width} points; a single word wider than the box is split by characters. */
    static List<String> wrap(PDFont font, float fontSize, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(font, fontSize, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (textWidth(font, fontSize, word) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && textWidth(font, fontSize, word.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    static float textWidth(PDFont font, float fontSize, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * fontSize;
    }
}
