package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.util.UUID;

/** Payloads of the dossier events on topic {@code awards} (key: nomination id), as docs/events.md lists them. */
public final class NominationEvents {

    /** NominationSubmitted v1: a unit (or the office for it) sent a dossier to the commune office. */
    public record NominationSubmitted(UUID nominationId, UUID roundId, String roundTitle, String formCode,
            String formName, String nomineeKind, String nomineeName, UUID nominatingUnitId, String nominatingUnitPath,
            String nominatingUnitName, String communePath, Instant submittedAt, String submittedBy,
            boolean eligibilityPassed, boolean overridden) {
    }

    /** NominationReturned v1: the office sent a dossier back to its unit with a reason. */
    public record NominationReturned(UUID nominationId, UUID roundId, String roundTitle, String formCode,
            String nomineeName, UUID nominatingUnitId, String nominatingUnitPath, String nominatingUnitName,
            String communePath, String reason, String returnedBy, Instant returnedAt) {
    }

    private NominationEvents() {
    }
}
