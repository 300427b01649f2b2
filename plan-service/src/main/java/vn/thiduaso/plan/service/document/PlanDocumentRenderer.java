package vn.thiduaso.plan.service.document;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.document.OfficialDocumentRenderer;

/**
 * Prints a plan as an administrative document laid out after Nghị định 30/2020/NĐ-CP: the plan's
 * words ({@link PlanDocumentLayout}: "KẾ HOẠCH", the legal bases, the sections I, II, …, Nơi nhận and
 * the signer) drawn by the platform's {@link OfficialDocumentRenderer} (A4, ND30 margins and header,
 * DOCX in Times New Roman, PDF with Liberation Serif embedded).
 */
@ApplicationScoped
public class PlanDocumentRenderer {

    static final Path LIBERATION = OfficialDocumentRenderer.LIBERATION;
    static final Path DEJAVU = OfficialDocumentRenderer.DEJAVU;

    private final OfficialDocumentRenderer renderer;

    public PlanDocumentRenderer() {
        this(LIBERATION, DEJAVU);
    }

    PlanDocumentRenderer(Path liberationDir, Path dejavuDir) {
        this.renderer = new OfficialDocumentRenderer(liberationDir, dejavuDir);
    }

    /** The family the PDF embeds ("Liberation Serif", or "DejaVu Serif" as the fallback). */
    public String pdfFontFamily() {
        return renderer.pdfFontFamily();
    }

    public byte[] docx(PlanDocument document) {
        return renderer.docx(new PlanDocumentLayout(document).official());
    }

    public byte[] pdf(PlanDocument document) {
        return renderer.pdf(new PlanDocumentLayout(document).official());
    }

    /** The XHTML the PDF is drawn from (every text escaped). */
    String html(PlanDocument document) {
        return renderer.html(new PlanDocumentLayout(document).official());
    }
}
