package vn.thiduaso.platform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one shape every event on every topic has (docs/events.md). The payload stays a JSON tree
 * here so that a consumer can read the envelope, check its inbox and only then bind the payload
 * to the record of the type it understands.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String producer,
        String aggregateId,
        String unitPath,
        JsonNode payload) {
}
