package vn.thiduaso.platform.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        mapper.registerModule(new SimpleModule("thiduaso-strict-json")
                .addDeserializer(String.class, new NoNulStrings())
                .addDeserializer(JsonNode.class, new NoNulTrees<>(JsonNode.class))
                .addDeserializer(ObjectNode.class, new NoNulTrees<>(ObjectNode.class))
                .addDeserializer(ArrayNode.class, new NoNulTrees<>(ArrayNode.class)));
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

    /**
     * The same for a body read as a tree ({@code ObjectNode}, {@code JsonNode}): a resource that takes
     * the raw document (a plan, a patch) would otherwise hand the NUL on to the database. The path of
     * the first text value holding one is reported, like Jackson does for a record.
     */
    static final class NoNulTrees<T extends JsonNode> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends JsonNode> delegate;

        @SuppressWarnings("unchecked")
        NoNulTrees(Class<T> type) {
            super(type);
            this.delegate = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T node = (T) delegate.deserialize(p, ctxt);
            List<Object> path = new ArrayList<>();
            if (hasNul(node, path)) {
                NulCharacterException e = new NulCharacterException(p);
                for (int i = path.size() - 1; i >= 0; i--) {
                    Object step = path.get(i);
                    if (step instanceof Integer index) {
                        e.prependPath(node, index);
                    } else {
                        e.prependPath(node, (String) step);
                    }
                }
                throw e;
            }
            return node;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) {
            try {
                return (T) delegate.getNullValue(ctxt);
            } catch (JsonMappingException e) {
                return null;
            }
        }

        /** Depth-first; on a hit {@code path} holds the field names and indexes from the root to the text. */
        private static boolean hasNul(JsonNode node, List<Object> path) {
            if (node == null) {
                return false;
            }
            if (node.isTextual()) {
                return node.textValue().indexOf('\0') >= 0;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    path.add(i);
                    if (hasNul(node.get(i), path)) {
                        return true;
                    }
                    path.remove(path.size() - 1);
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    path.add(field.getKey());
                    if (hasNul(field.getValue(), path)) {
                        return true;
                    }
                    path.remove(path.size() - 1);
                }
            }
            return false;
        }
    }

    /** A string value held a NUL (U+0000) character. */
    public static final class NulCharacterException extends MismatchedInputException {

        NulCharacterException(JsonParser p) {
            super(p, "String value contains a NUL character", p.currentLocation());
        }
    }
}
