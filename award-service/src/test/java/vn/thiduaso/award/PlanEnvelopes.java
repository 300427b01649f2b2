package vn.thiduaso.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thiduaso.platform.test.TestEvents;

/**
 * Records on the {@code plans} topic exactly as docs/events.md describes them (built as JSON here,
 * not with the service's classes, so that the tests hold the service to the contract).
 */
public final class PlanEnvelopes {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String planIssued(UUID eventId, Instant occurredAt, UUID planId, String number, String title,
            Communes.Commune issuer, List<Communes.Unit> addressees) {
        ObjectNode payload = JSON.createObjectNode()
                .put("planId", planId.toString())
                .put("number", number)
                .put("title", title)
                .put("issuingUnitId", issuer.commune().id().toString())
                .put("issuingUnitPath", issuer.commune().path())
                .put("issuingUnitName", issuer.commune().name())
                .put("issuedAt", occurredAt.toString())
                .put("issuedBy", issuer.key() + ".leader")
                .put("signerName", "Nguyễn Văn Hà")
                .put("signerTitle", "Phó Chủ tịch")
                // A field added by a later producer: consumers must ignore it.
                .put("laterAddedField", "bỏ qua");
        ArrayNode units = payload.putArray("addressees");
        for (Communes.Unit u : addressees) {
            units.addObject().put("unitId", u.id().toString()).put("unitPath", u.path()).put("unitName", u.name());
        }
        payload.putArray("reportingObligations").addObject()
                .put("obligationId", UUID.randomUUID().toString())
                .put("title", "Báo cáo kết quả thực hiện Phong trào thi đua")
                .put("recipientUnitId", issuer.office().id().toString())
                .put("recipientUnitPath", issuer.office().path())
                .put("recipientUnitName", issuer.office().name())
                .put("dueDay", 5).put("dueMonth", 12).put("firstYear", 2025).put("lastYear", 2030);
        return envelope(eventId, "PlanIssued", occurredAt, planId, issuer.commune().path(), payload);
    }

    /** An event of a catalogue type award-service does not act on, on the same key as the plan (a type outside the catalogue would be poison). */
    public static String otherType(UUID eventId, UUID planId, Communes.Commune issuer) {
        ObjectNode payload = JSON.createObjectNode().put("planId", planId.toString());
        return envelope(eventId, "UnitPlanIssued", Instant.now(), planId, issuer.commune().path(), payload);
    }

    public static String envelope(UUID eventId, String type, Instant occurredAt, UUID aggregateId, String unitPath,
            ObjectNode payload) {
        return TestEvents.envelope(eventId, type, 1, occurredAt, "plan-service", aggregateId.toString(), unitPath,
                payload);
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private PlanEnvelopes() {
    }
}
