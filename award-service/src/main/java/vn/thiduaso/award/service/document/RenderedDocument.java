package vn.thiduaso.award.service.document;

import java.util.Locale;

import vn.thiduaso.platform.document.OfficialDocument;
import vn.thiduaso.platform.document.OfficialDocumentRenderer;

/**
 * An ND30 document of the award cycle (processing log, council minutes, decision) drawn as DOCX or PDF by the
 * platform's renderer: its bytes, its format and the name it is downloaded under.
 */
public record RenderedDocument(byte[] bytes, Format format, String baseName) {

    public enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        PDF("application/pdf", ".pdf");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** {@code docx} or {@code pdf}, the {@code format} query parameter (validated by the resource). */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private static final OfficialDocumentRenderer RENDERER = new OfficialDocumentRenderer();

    public static RenderedDocument render(OfficialDocument document, Format format, String baseName) {
        byte[] bytes = format == Format.DOCX ? RENDERER.docx(document) : RENDERER.pdf(document);
        return new RenderedDocument(bytes, format, baseName);
    }

    /** The download name with its extension. */
    public String fileName() {
        return baseName + format.extension;
    }
}
