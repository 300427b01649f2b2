package vn.thiduaso.platform.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How every service reads JSON request bodies: one document and nothing after it (trailing garbage
 * is a 400, not silently ignored), bounded nesting and string length (a 100 000-deep document or a
 * megabyte-long string is refused while parsing, before it costs memory), and no NUL character in
 * any string (PostgreSQL cannot store it: it used to surface as a 500; now it is a 400 naming the
 * field). {@link vn.thiduaso.platform.problem.ProblemMappers} turns these into problem+json.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Deeper than any request of ours (plan content trees are a few levels deep). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Characters in one string value: far above a report narrative, far below a flood. */
    public static final int MAX_STRING_LENGTH = 200_000;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same settings on any mapper (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        mapper.registerModule(new SimpleModule("thiduaso-strict-json").addDeserializer(String.class, new NoNulStrings()));
        return mapper;
    }

    /** Refuses a string value with a NUL character; the path to the field is added by Jackson. */
    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && s.indexOf('\0') >= 0) {
                throw new NulCharacterException(p);
            }
            return s;
        }
    }

    /** A string value held a NUL (U+0000) character. */
    public static final class NulCharacterException extends MismatchedInputException {

        NulCharacterException(JsonParser p) {
            super(p, "String value contains a NUL character", p.currentLocation());
        }
    }
}
