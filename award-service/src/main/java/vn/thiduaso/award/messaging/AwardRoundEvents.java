package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/** Announces rounds on {@code awards} (key = round id) through the outbox: opened, then every change or close. */
@ApplicationScoped
public class AwardRoundEvents {

    public record NominatorUnit(UUID unitId, String unitPath, String unitName) {
    }

    /** Payload of {@code AwardRoundOpened} v1 and {@code AwardRoundChanged} v1. */
    public record AwardRoundPayload(UUID roundId, UUID communeId, String communePath, String communeName, String title,
            RoundOccasion occasion, int year, RoundStatus status, List<String> formCodes, Instant nominationDeadline,
            LocalDate councilDate, LocalDate decisionDate, List<NominatorUnit> nominatorUnits) {
    }

    private final Outbox outbox;

    public AwardRoundEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void opened(AwardRound round, List<NominatorUnit> nominators) {
        outbox.publish(Topics.AWARDS, EventTypes.AWARD_ROUND_OPENED, 1, round.id.toString(), round.communePath,
                payload(round, nominators));
    }

    public void changed(AwardRound round, List<NominatorUnit> nominators) {
        outbox.publish(Topics.AWARDS, EventTypes.AWARD_ROUND_CHANGED, 1, round.id.toString(), round.communePath,
                payload(round, nominators));
    }

    private static AwardRoundPayload payload(AwardRound r, List<NominatorUnit> nominators) {
        return new AwardRoundPayload(r.id, r.communeId, r.communePath, r.communeName, r.title, r.occasion, r.year,
                r.status, List.copyOf(r.formCodes), r.nominationDeadline, r.councilDate, r.decisionDate,
                List.copyOf(nominators));
    }
}
