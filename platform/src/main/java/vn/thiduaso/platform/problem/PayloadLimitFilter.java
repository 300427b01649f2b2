package vn.thiduaso.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies above {@code thiduaso.http.max-body-bytes} with a 413 problem before they are
 * read. (Vert.x's own hard limit, set higher, still guards chunked uploads.)
 */
public class PayloadLimitFilter {

    private final long maxBytes;

    public PayloadLimitFilter(@ConfigProperty(name = "thiduaso.http.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBytes) {
                    return Problems.of(413, "Kích thước tối đa là " + maxBytes + " byte",
                            request.getUriInfo().getRequestUri().getRawPath());
                }
            } catch (NumberFormatException e) {
                return Problems.of(400, "Content-Length không hợp lệ", request.getUriInfo().getRequestUri().getRawPath());
            }
        }
        return null;
    }
}
