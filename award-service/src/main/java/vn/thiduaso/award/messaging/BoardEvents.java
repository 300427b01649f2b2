package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.BoardDecision;
import vn.thiduaso.award.domain.Forwarding;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/**
 * What forwarding and the board's answers announce on {@code awards} (key: the nomination id), through
 * the outbox in the transaction of the change. Payloads: docs/events.md.
 */
@ApplicationScoped
public class BoardEvents {

    /** {@code NominationForwarded} v1. */
    public record NominationForwarded(UUID nominationId, UUID forwardingId, UUID roundId, String communePath,
            UUID boardUnitId, String boardUnitPath, UUID nominatingUnitId, String nominatingUnitPath,
            String nominatingUnitName, String nomineeName, String formCode, String formName, Instant forwardedAt) {
    }

    /** {@code AwardDecided} v1 (source BOARD here; COMMUNE for a signed commune decision). */
    public record AwardDecided(UUID nominationId, UUID awardRecordId, UUID roundId, String communePath,
            UUID nominatingUnitId, String nominatingUnitPath, String nominatingUnitName, String nomineeKind,
            String nomineeName, String formCode, String formName, String decisionNumber, LocalDate decisionDate,
            String decidingAuthority, String source, Long cashAmountVnd) {
    }

    /** {@code NominationRefused} v1. */
    public record NominationRefused(UUID nominationId, String communePath, UUID nominatingUnitId,
            String nominatingUnitPath, String nomineeName, String formCode, String formName, String decisionNumber,
            LocalDate decisionDate, String note) {
    }

    private final Outbox outbox;

    public BoardEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void forwarded(Forwarding f, Nomination n, String formName) {
        outbox.publish(Topics.AWARDS, EventTypes.NOMINATION_FORWARDED, 1, n.id.toString(), n.nominatingUnitPath,
                new NominationForwarded(n.id, f.id, f.roundId, f.communePath, f.boardUnitId, f.boardUnitPath,
                        n.nominatingUnitId, n.nominatingUnitPath, n.nominatingUnitName, n.nomineeName, n.formCode, formName,
                        f.forwardedAt));
    }

    public void decidedByBoard(Nomination n, AwardRecord r) {
        outbox.publish(Topics.AWARDS, EventTypes.AWARD_DECIDED, 1, n.id.toString(), n.nominatingUnitPath,
                new AwardDecided(n.id, r.id, n.roundId, n.communePath, n.nominatingUnitId, n.nominatingUnitPath,
                        n.nominatingUnitName, n.nomineeKind.name(), n.nomineeName, n.formCode, r.formName,
                        r.decisionNumber, r.decisionDate, r.decidingAuthority.name(), "BOARD", r.cashAmountVnd));
    }

    public void refused(Nomination n, BoardDecision d, String formName) {
        outbox.publish(Topics.AWARDS, EventTypes.NOMINATION_REFUSED, 1, n.id.toString(), n.nominatingUnitPath,
                new NominationRefused(n.id, n.communePath, n.nominatingUnitId, n.nominatingUnitPath, n.nomineeName,
                        n.formCode, formName, d.decisionNumber, d.decisionDate, d.note));
    }
}
