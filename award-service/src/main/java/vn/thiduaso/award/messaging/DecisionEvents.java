package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Payloads on topic {@code awards} from posting, decisions and annulment (docs/events.md). */
public final class DecisionEvents {

    /** {@code NominationPosted} v1, key nomination id: one per nomination of a public posting. */
    public record NominationPosted(UUID nominationId, UUID postingId, UUID roundId, String communePath,
            UUID nominatingUnitId, String nominatingUnitPath, String nominatingUnitName, String nomineeName,
            String formCode, String formName, LocalDate startsOn, LocalDate endsOn) {
    }

    /** {@code AwardDecided} v1, key nomination id: one per nomination of a signed decision (source COMMUNE). */
    public record AwardDecided(UUID nominationId, UUID awardRecordId, UUID roundId, String communePath,
            UUID nominatingUnitId, String nominatingUnitPath, String nominatingUnitName, String nomineeKind,
            String nomineeName, String formCode, String formName, String decisionNumber, LocalDate decisionDate,
            String decidingAuthority, String source, Long cashAmountVnd) {
    }

    /** {@code AwardAnnulled} v1, key award record id. */
    public record AwardAnnulled(UUID awardRecordId, UUID nominationId, String communePath, UUID nominatingUnitId,
            String nominatingUnitPath, String nomineeName, String formCode, String formName, String reason,
            String decisionRef, Instant annulledAt) {
    }

    private DecisionEvents() {
    }
}
