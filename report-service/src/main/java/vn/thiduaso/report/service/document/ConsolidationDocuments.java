package vn.thiduaso.report.service.document;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.document.OfficialDocumentRenderer;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.service.consolidation.ConsolidationService;

/**
 * The commune's consolidated report as an official document (DOCX, PDF in the ND30 layout), drawn by
 * the platform's renderer as plan-service draws its plans. Who may print it is who may read it.
 */
@ApplicationScoped
public class ConsolidationDocuments {

    public enum Format {
        DOCX, PDF
    }

    /** The file and the name it is downloaded under (without extension). */
    public record Rendered(byte[] bytes, String fileName) {
    }

    private final ConsolidationService consolidations;
    private final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer();

    public ConsolidationDocuments(ConsolidationService consolidations) {
        this.consolidations = consolidations;
    }

    public Rendered render(CallerScope caller, UUID id, Format format) {
        ConsolidationService.Detail detail = consolidations.get(caller, id);
        var document = new ConsolidationDocumentLayout(detail).official();
        byte[] bytes = format == Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
        return new Rendered(bytes, "bao-cao-tong-hop-" + detail.period().year + "-" + id.toString().substring(0, 8));
    }
}
