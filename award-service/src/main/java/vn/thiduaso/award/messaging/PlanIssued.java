package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code PlanIssued} v1 (docs/events.md), the fields this service keeps; the others
 * (signer, reporting obligations) are ignored, as are fields added later.
 */
public record PlanIssued(UUID planId, String number, String title, UUID issuingUnitId, String issuingUnitPath,
        String issuingUnitName, Instant issuedAt, List<UnitRef> addressees) {

    public record UnitRef(UUID unitId, String unitPath, String unitName) {
    }
}
