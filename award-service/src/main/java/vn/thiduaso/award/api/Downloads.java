package vn.thiduaso.award.api;

import jakarta.ws.rs.core.Response;

import vn.thiduaso.award.service.document.RenderedDocument;
import vn.thiduaso.platform.file.FileRules;

/**
 * The responses of award-service's downloads: the body, its media type and an RFC 6266 / 5987
 * {@code Content-Disposition} (Vietnamese file names survive), the same for every file the service sends.
 */
final class Downloads {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A file (bytes or a {@code StreamingOutput}) downloaded as {@code fileName}. */
    static Response.ResponseBuilder file(Object body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", FileRules.contentDisposition(fileName));
    }

    /** An ND30 document in the format it was drawn in. */
    static Response document(RenderedDocument d) {
        return file(d.bytes(), d.format().mediaType, d.fileName()).build();
    }

    private Downloads() {
    }
}
