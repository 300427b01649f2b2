package vn.thiduaso.award.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An issued version of a plan as award-service keeps it, whichever event carried it (PlanIssued v1
 * or v2, PlanAmended v1); v1 has no award forms or milestones.
 */
public record IssuedAwardPlan(UUID planId, int planVersion, String number, String title, UUID issuingUnitId,
        String issuingUnitPath, String issuingUnitName, Instant issuedAt, List<Unit> addressees,
        List<AwardFormOffer> awardForms, List<Milestone> milestones) {

    public record Unit(UUID unitId, String unitPath, String unitName) {
    }

    public record AwardFormOffer(String code, List<String> occasions, List<String> recipientGroups) {
    }

    public record Milestone(UUID id, String kind, String title, LocalDate date, Integer month, Integer year) {
    }
}
