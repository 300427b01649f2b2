package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.thiduaso.award.service.IssuedAwardPlan;

/**
 * Payloads of the {@code plans} topic, only the fields award-service keeps (signer, obligations,
 * contents… are ignored, as are fields added later), with the constraints it relies on.
 */
public final class PlanEvents {

    private static final String PATH = "/.*";

    public record UnitRef(@NotNull UUID unitId, @NotNull @Pattern(regexp = PATH) String unitPath, String unitName) {

        IssuedAwardPlan.Unit toUnit() {
            return new IssuedAwardPlan.Unit(unitId, unitPath, unitName);
        }
    }

    /** Payload of {@code PlanIssued} v1. */
    public record PlanIssuedV1(@NotNull UUID planId, String number, @NotBlank String title,
            @NotNull UUID issuingUnitId, @NotNull @Pattern(regexp = PATH) String issuingUnitPath,
            String issuingUnitName, Instant issuedAt, List<@NotNull @Valid UnitRef> addressees) {

        public IssuedAwardPlan toPlan() {
            return new IssuedAwardPlan(planId, 1, number, title, issuingUnitId, issuingUnitPath, issuingUnitName,
                    issuedAt, units(addressees), List.of(), List.of());
        }
    }

    public record AwardFormOffer(@NotBlank String code, List<@NotBlank String> recipientGroups,
            List<@NotBlank String> occasions) {
    }

    public record Milestone(@NotNull UUID id, @NotBlank String kind, @NotBlank String title, LocalDate date,
            Integer month, Integer year) {
    }

    /** Payload of {@code PlanIssued} v2 and {@code PlanAmended} v1 (the whole issued version). */
    public record PlanVersion(@NotNull UUID planId, @NotNull Integer planVersion, String number,
            @NotBlank String title, @NotNull UUID issuingUnitId, @NotNull @Pattern(regexp = PATH) String issuingUnitPath,
            String issuingUnitName, Instant issuedAt, List<@NotNull @Valid UnitRef> addressees,
            List<@NotNull @Valid AwardFormOffer> awardForms, List<@NotNull @Valid Milestone> milestones) {

        public IssuedAwardPlan toPlan() {
            return new IssuedAwardPlan(planId, planVersion, number, title, issuingUnitId, issuingUnitPath,
                    issuingUnitName, issuedAt, units(addressees),
                    awardForms == null ? List.of() : awardForms.stream().map(f -> new IssuedAwardPlan.AwardFormOffer(
                            f.code().strip(), f.occasions() == null ? List.of() : f.occasions(),
                            f.recipientGroups() == null ? List.of() : f.recipientGroups())).toList(),
                    milestones == null ? List.of() : milestones.stream().map(m -> new IssuedAwardPlan.Milestone(
                            m.id(), m.kind(), m.title().strip(), m.date(), m.month(), m.year())).toList());
        }
    }

    /** Payload of {@code PlanClosed} v1. */
    public record PlanClosed(@NotNull UUID planId, Instant closedAt, String closedBy, String reason) {
    }

    /** Payload of {@code UnitUpserted} v1 (code, kind, parentId, active are not needed here). */
    public record UnitUpserted(@NotNull UUID id, @NotBlank String name, @NotNull @Pattern(regexp = PATH) String path) {
    }

    private static List<IssuedAwardPlan.Unit> units(List<UnitRef> refs) {
        return refs == null ? List.of() : refs.stream().map(UnitRef::toUnit).toList();
    }

    private PlanEvents() {
    }
}
