package vn.thiduaso.notification.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Payloads of the {@code awards} topic that this service reads (docs/events.md "The award cycle"):
 * only the fields it uses, with the constraints it needs (a violation sends the record to the
 * dead-letter topic). Names (form, unit) it only shows may be absent: the mail falls back to codes.
 */
public final class AwardEvents {

    /** A unit that may nominate in a round. */
    public record NominatorUnit(@NotNull UUID unitId, @NotBlank String unitPath, @NotBlank String unitName) {
    }

    /**
     * {@code AwardRoundOpened} v1 and {@code AwardRoundChanged} v1 (the same payload): the round as it
     * stands, with its resolved nominator units and the nomination deadline (a date: nominations are
     * taken to the end of that day, Vietnam time).
     */
    public record AwardRound(@NotNull UUID roundId, UUID communeId, String communePath, String communeName,
            @NotBlank String title, String occasion, Integer year, @NotBlank String status,
            @NotNull LocalDate nominationDeadline, @NotNull List<@NotNull @Valid NominatorUnit> nominatorUnits) {
    }

    /** {@code NominationSubmitted} v1. */
    public record NominationSubmitted(@NotNull UUID nominationId, @NotNull UUID roundId, String roundTitle,
            String formCode, String formName, String nomineeKind, @NotBlank String nomineeName,
            @NotNull UUID nominatingUnitId, String nominatingUnitPath, String nominatingUnitName, String communePath,
            Instant submittedAt, String submittedBy, Boolean eligibilityPassed, Boolean overridden) {
    }

    /** {@code NominationReturned} v1 ({@code formName} is read when a producer adds it). */
    public record NominationReturned(@NotNull UUID nominationId, UUID roundId, String roundTitle, String formCode,
            String formName, @NotBlank String nomineeName, @NotNull UUID nominatingUnitId, String nominatingUnitName,
            String reason, String returnedBy, Instant returnedAt) {
    }

    /** A member of a council session. */
    public record Member(@NotNull UUID userId, String username) {
    }

    /** {@code CouncilSessionOpened} v1: each member's ballot is due by votingClosesAt. */
    public record CouncilSessionOpened(@NotNull UUID sessionId, UUID roundId, String communePath, @NotBlank String title,
            @NotNull Instant votingClosesAt, @NotNull List<@NotNull @Valid Member> members, List<UUID> nominationIds) {
    }

    /** {@code CouncilBallotCompleted} v1: the member voted or recused on every agenda item. */
    public record CouncilBallotCompleted(@NotNull UUID sessionId, @NotNull UUID userId, String username,
            Instant completedAt) {
    }

    /** One nomination's tally of a closed session. */
    public record CouncilResult(@NotNull UUID nominationId, @NotNull UUID nominatingUnitId, String nominatingUnitPath,
            String nominatingUnitName, @NotBlank String nomineeName, String formCode, String formName, int agree,
            int disagree, int abstain, int recused, boolean passed) {
    }

    /** {@code CouncilVoteClosed} v1. */
    public record CouncilVoteClosed(@NotNull UUID sessionId, UUID roundId, String communePath, Instant closedAt,
            int totalMembers, @NotNull List<@NotNull @Valid CouncilResult> results) {
    }

    /** {@code NominationPosted} v1. */
    public record NominationPosted(@NotNull UUID nominationId, UUID postingId, UUID roundId, String communePath,
            @NotNull UUID nominatingUnitId, String nominatingUnitName, @NotBlank String nomineeName, String formCode,
            String formName, LocalDate startsOn, LocalDate endsOn) {
    }

    /** {@code AwardDecided} v1. */
    public record AwardDecided(@NotNull UUID nominationId, UUID awardRecordId, UUID roundId, String communePath,
            @NotNull UUID nominatingUnitId, String nominatingUnitName, String nomineeKind, @NotBlank String nomineeName,
            String formCode, String formName, String decisionNumber, LocalDate decisionDate, String decidingAuthority,
            String source, BigDecimal cashAmountVnd) {
    }

    /** {@code NominationForwarded} v1. */
    public record NominationForwarded(@NotNull UUID nominationId, UUID forwardingId, UUID roundId, String communePath,
            UUID boardUnitId, @NotNull UUID nominatingUnitId, String nominatingUnitName, @NotBlank String nomineeName,
            String formCode, String formName, Instant forwardedAt) {
    }

    /** {@code NominationRefused} v1 (no unit name in the payload: the unit read model gives it). */
    public record NominationRefused(@NotNull UUID nominationId, @NotNull UUID nominatingUnitId,
            @NotBlank String nomineeName, String formCode, String formName, String decisionNumber,
            LocalDate decisionDate, String note) {
    }

    /** {@code AwardAnnulled} v1 (no unit name in the payload: the unit read model gives it). */
    public record AwardAnnulled(UUID awardRecordId, @NotNull UUID nominationId, @NotNull UUID nominatingUnitId,
            @NotBlank String nomineeName, String formCode, String formName, String reason, String decisionRef,
            Instant annulledAt) {
    }

    private AwardEvents() {
    }
}
