package vn.thiduaso.platform.problem;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Refuses bodies above {@code thiduaso.http.max-body-bytes} with a 413 problem before they are read.
 * A service that takes file uploads names their paths in {@code thiduaso.http.upload-path-pattern}
 * (a regular expression on the raw path); those get {@code thiduaso.http.max-upload-bytes} instead
 * (the resource then checks the file itself).
 *
 * <p>A Vert.x route ahead of Quarkus' own {@code quarkus.http.limits.max-body-size} check (order -2),
 * because that one, and the body reader's check of a chunked body, answer a bare 413 without a body:
 * <ul>
 * <li>with a {@code Content-Length} above the limit the request is answered at once;</li>
 * <li>a chunked body (no {@code Content-Length}) outside the upload paths is buffered while it is counted,
 * and refused the moment it passes the limit, so at most the limit is ever held in memory.</li>
 * </ul>
 * A refused request is answered with {@code Connection: close}; what the client still sends is
 * discarded (not buffered) for a bounded time so that it reads the answer instead of a reset.
 */
@Singleton
public class PayloadLimitFilter {

    /** Ahead of Quarkus' max-body-size route (order -2). */
    static final int ORDER = -3;
    private static final long DRAIN_MILLIS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

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

    void route(@Observes Router router) {
        router.route().order(ORDER).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        boolean upload = uploadPaths != null && path != null && uploadPaths.matcher(path).matches();
        long limit = upload ? maxUploadBytes : maxBytes;
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(rc, 400, "Content-Length không hợp lệ");
                return;
            }
            if (declared > limit) {
                refuse(rc, 413, tooLarge(limit));
                return;
            }
            rc.next();
            return;
        }
        if (upload || !request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING) || request.isEnded()) {
            // uploads stream to disk and are checked by the resource; Vert.x' hard cap guards them
            rc.next();
            return;
        }
        readCounting(rc, limit);
    }

    /** A chunked body: buffered up to the limit, refused as soon as it passes it. */
    private void readCounting(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                refused[0] = true;
                refuse(rc, 413, tooLarge(limit));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> {
            if (!refused[0]) {
                refused[0] = true;
                rc.fail(400, e);
            }
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                ((RoutingContextInternal) rc).setBody(body);
                rc.next();
            }
        });
    }

    private static String tooLarge(long limit) {
        return "Kích thước tối đa là " + limit + " byte (" + (limit / 1024) + " KiB) / the body must not exceed " + limit
                + " bytes";
    }

    /** Answers with a problem at once; the rest of the body is discarded, then the connection is closed. */
    private static void refuse(RoutingContext rc, int status, String detail) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        if (response.ended()) {
            return;
        }
        String path = request.path();
        Problem problem = new Problem(Problem.TYPE_BASE + Problems.slug(status), Problems.title(status), status, detail,
                path, null);
        String json;
        try {
            json = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            json = "{\"status\":" + status + "}";
        }
        long timer = rc.vertx().setTimer(DRAIN_MILLIS, t -> request.connection().close());
        if (!request.isEnded()) {
            request.handler(chunk -> {
            });
            request.endHandler(v -> {
                rc.vertx().cancelTimer(timer);
                request.connection().close();
            });
            request.resume();
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(json);
        if (request.isEnded()) {
            rc.vertx().cancelTimer(timer);
            response.endHandler(v -> request.connection().close());
        }
    }
}
