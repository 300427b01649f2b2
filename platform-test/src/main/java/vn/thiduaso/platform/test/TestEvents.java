package vn.thiduaso.platform.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Event envelopes written as plain JSON, exactly as docs/events.md describes them, so that a
 * consumer test checks the wire contract rather than the producer's own records.
 */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The JSON of one envelope; {@code payload} is a Map, a Jackson node or any object Jackson can
     * write.
     */
    public static String envelope(UUID eventId, String type, int version, Instant occurredAt, String producer,
            String aggregateId, String unitPath, Object payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId.toString());
        envelope.put("type", type);
        envelope.put("version", version);
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("producer", producer);
        envelope.put("aggregateId", aggregateId);
        envelope.put("unitPath", unitPath);
        envelope.put("payload", payload);
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestEvents() {
    }
}
