package vn.thiduaso.platform.json;

import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The mapper of HTTP request and response bodies: the application's (with {@link StrictJson}) plus a
 * bound on the number of tokens in one document, so that a 100 000-element array is refused while it
 * is parsed. Only here, not on the application's mapper: events, audit snapshots and the demo data
 * are our own documents and may be larger than any request.
 */
@Provider
@Singleton
public class RequestJson implements ContextResolver<ObjectMapper> {

    /** Tokens (values, names, brackets) in one request body: a large report or plan uses a few thousand. */
    public static final long MAX_TOKEN_COUNT = 50_000;

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        ObjectMapper copy = application.copy();
        copy.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(StrictJson.MAX_NESTING_DEPTH)
                .maxStringLength(StrictJson.MAX_STRING_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build());
        this.mapper = copy;
    }

    /** The same settings on any mapper (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        StrictJson.apply(mapper);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(StrictJson.MAX_NESTING_DEPTH)
                .maxStringLength(StrictJson.MAX_STRING_LENGTH)
                .maxTokenCount(MAX_TOKEN_COUNT)
                .build());
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
