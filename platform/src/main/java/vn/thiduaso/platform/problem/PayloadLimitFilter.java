package vn.thiduaso.platform.problem;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies above {@code thiduaso.http.max-body-bytes} with a 413 problem before they are
 * read. A service that takes file uploads names their paths in {@code thiduaso.http.upload-path-pattern}
 * (a regular expression on the raw path); those get {@code thiduaso.http.max-upload-bytes} instead
 * (the resource then checks the file itself). Vert.x's own hard limit
 * ({@code quarkus.http.limits.max-body-size}, set higher) still guards chunked uploads.
 */
public class PayloadLimitFilter {

    private final long maxBytes;
    private final Pattern uploadPaths;
    private final long maxUploadBytes;

    public PayloadLimitFilter(
            @ConfigProperty(name = "thiduaso.http.max-body-bytes", defaultValue = "1048576") long maxBytes,
            @ConfigProperty(name = "thiduaso.http.upload-path-pattern") Optional<String> uploadPathPattern,
            @ConfigProperty(name = "thiduaso.http.max-upload-bytes", defaultValue = "1048576") long maxUploadBytes) {
        this.maxBytes = maxBytes;
        this.uploadPaths = uploadPathPattern.filter(p -> !p.isBlank()).map(Pattern::compile).orElse(null);
        this.maxUploadBytes = maxUploadBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            String path = request.getUriInfo().getRequestUri().getRawPath();
            long limit = uploadPaths != null && uploadPaths.matcher(path).matches() ? maxUploadBytes : maxBytes;
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    return Problems.of(413, "Kích thước tối đa là " + limit + " byte", path);
                }
            } catch (NumberFormatException e) {
                return Problems.of(400, "Content-Length không hợp lệ", path);
            }
        }
        return null;
    }
}
