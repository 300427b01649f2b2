package vn.thiduaso.report.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.thiduaso.report.domain.PeriodKind;
import vn.thiduaso.report.domain.PlanAwardForm;
import vn.thiduaso.report.domain.PlanContentItem;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.UnitSnapshot;
import vn.thiduaso.report.service.IssuedPlan;

/**
 * Payloads of the {@code plans} topic, only the fields report-service uses, with the constraints it
 * relies on (a violation parks the record on {@code dlt.report-service} with the field paths).
 */
public final class PlanEvents {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final String PATH = "/.*";

    public record UnitRef(@NotNull UUID unitId, @NotNull @Pattern(regexp = PATH) String unitPath,
            @NotBlank String unitName) {

        UnitSnapshot snapshot() {
            return new UnitSnapshot(unitId, unitPath, unitName.strip());
        }
    }

    /** v1: every addressee reports to the recipient before dueDay/dueMonth of each year firstYear..lastYear. */
    public record ObligationV1(@NotNull UUID obligationId, String title, @NotNull UUID recipientUnitId,
            @NotNull @Pattern(regexp = PATH) String recipientUnitPath, @NotBlank String recipientUnitName,
            @NotNull @Min(1) @Max(31) Integer dueDay, @NotNull @Min(1) @Max(12) Integer dueMonth,
            @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer firstYear,
            @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer lastYear) {

        @AssertTrue(message = "must satisfy firstYear <= lastYear")
        public boolean isYearsInOrder() {
            return firstYear == null || lastYear == null || firstYear <= lastYear;
        }
    }

    /** Payload of {@code PlanIssued} v1. */
    public record PlanIssuedV1(@NotNull UUID planId, String number, @NotBlank String title,
            @NotNull UUID issuingUnitId, @NotNull @Pattern(regexp = PATH) String issuingUnitPath,
            String issuingUnitName, @NotNull List<@NotNull @Valid UnitRef> addressees,
            @NotNull List<@NotNull @Valid ObligationV1> reportingObligations) {

        public IssuedPlan toIssuedPlan() {
            List<UnitSnapshot> reporters = addressees.stream().map(UnitRef::snapshot).toList();
            return new IssuedPlan(planId, 1, number, title, issuingUnitId, issuingUnitPath, issuingUnitName,
                    reportingObligations.stream().map(o -> new IssuedPlan.Obligation(o.obligationId(), o.title(),
                            PeriodKind.ANNUAL, o.recipientUnitId(), o.recipientUnitPath(), o.recipientUnitName(),
                            o.dueDay(), o.dueMonth(), null, o.firstYear(), o.lastYear(), reporters, null)).toList(),
                    IssuedPlan.Structure.EMPTY);
        }
    }

    public record SecondHop(@NotBlank String recipientName, UUID recipientUnitId,
            @NotNull @Min(1) @Max(31) Integer dueDay, @NotNull @Min(1) @Max(12) Integer dueMonth) {
    }

    /** v2: kind, AD_HOC date, resolved reporters and the second hop. */
    public record ObligationV2(@NotNull UUID obligationId, String title, @NotNull PeriodKind kind,
            @NotNull UUID recipientUnitId, @NotNull @Pattern(regexp = PATH) String recipientUnitPath,
            @NotBlank String recipientUnitName, @Min(1) @Max(31) Integer dueDay, @Min(1) @Max(12) Integer dueMonth,
            LocalDate dueDate, @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer firstYear,
            @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer lastYear,
            @NotNull List<@NotNull @Valid UnitRef> reporters, @Valid SecondHop secondHop) {

        @AssertTrue(message = "must satisfy firstYear <= lastYear (and firstYear = lastYear for a review)")
        public boolean isYearsInOrder() {
            if (firstYear == null || lastYear == null || kind == null) {
                return true;
            }
            return kind == PeriodKind.PRELIMINARY_REVIEW || kind == PeriodKind.FINAL_REVIEW
                    ? firstYear.equals(lastYear)
                    : firstYear <= lastYear;
        }

        @AssertTrue(message = "needs dueDate (AD_HOC) or dueDay and dueMonth (other kinds)")
        public boolean isDueGiven() {
            if (kind == null) {
                return true;
            }
            return kind == PeriodKind.AD_HOC ? dueDate != null : dueDay != null && dueMonth != null;
        }

        IssuedPlan.Obligation toObligation() {
            return new IssuedPlan.Obligation(obligationId, title, kind, recipientUnitId, recipientUnitPath,
                    recipientUnitName, dueDay, dueMonth, dueDate, firstYear, lastYear,
                    reporters.stream().map(UnitRef::snapshot).toList(),
                    secondHop == null ? null
                            : new IssuedPlan.SecondHop(secondHop.recipientName().strip(), secondHop.recipientUnitId(),
                                    secondHop.dueDay(), secondHop.dueMonth()));
        }
    }

    /** A content item of the plan (no body); an item without an id cannot be reported on and is left out. */
    public record ContentRef(UUID id, String number, String title, List<ContentRef> children) {

        PlanContentItem toItem() {
            return new PlanContentItem(id, number, title, children == null ? List.of()
                    : children.stream().filter(c -> c != null && c.id() != null).map(ContentRef::toItem).toList());
        }
    }

    /** A target's value of one year; {@code comparison} is that year's own (an open set of strings). */
    public record TargetValue(@NotNull Integer year, BigDecimal value, String comparison, String note) {
    }

    /** A target (chỉ tiêu); {@code comparison} and {@code targetGroup} are kept as text: new values must not be refused. */
    public record Target(UUID id, String code, String name, String unitOfMeasure, Boolean percentage, String comparison,
            String numeratorDescription, String denominatorDescription, String targetGroup, UUID contentId,
            List<@NotNull @Valid TargetValue> values) {

        PlanTarget toTarget() {
            return new PlanTarget(id, code, name, unitOfMeasure, Boolean.TRUE.equals(percentage), comparison,
                    numeratorDescription, denominatorDescription, targetGroup, contentId,
                    values == null ? List.of() : values.stream()
                            .map(v -> new PlanTarget.YearValue(v.year(), v.value(), v.comparison(), v.note())).toList());
        }
    }

    public record AwardForm(String code, List<String> recipientGroups, List<String> occasions) {
    }

    /** Payload of {@code PlanIssued} v2 and {@code PlanAmended} v1 (the same version payload, plus a reason). */
    public record PlanVersion(@NotNull UUID planId, @NotNull @Min(1) Integer planVersion, String number,
            @NotBlank String title, @NotNull UUID issuingUnitId, @NotNull @Pattern(regexp = PATH) String issuingUnitPath,
            String issuingUnitName, @NotNull List<@NotNull @Valid ObligationV2> reportingObligations,
            Integer startYear, Integer endYear, List<ContentRef> contents, List<@Valid Target> targets,
            List<AwardForm> awardForms) {

        public IssuedPlan toIssuedPlan() {
            return new IssuedPlan(planId, planVersion, number, title, issuingUnitId, issuingUnitPath, issuingUnitName,
                    reportingObligations.stream().map(ObligationV2::toObligation).toList(), structure());
        }

        /** Items without an id (which a report could not refer to) are left out rather than refusing the plan. */
        IssuedPlan.Structure structure() {
            return new IssuedPlan.Structure(startYear, endYear,
                    contents == null ? List.of()
                            : contents.stream().filter(c -> c != null && c.id() != null).map(ContentRef::toItem).toList(),
                    targets == null ? List.of()
                            : targets.stream().filter(t -> t != null && t.id() != null).map(Target::toTarget).toList(),
                    awardForms == null ? List.of()
                            : awardForms.stream().filter(f -> f != null && f.code() != null && !f.code().isBlank())
                                    .map(f -> new PlanAwardForm(f.code(),
                                            f.recipientGroups() == null ? List.of() : f.recipientGroups(),
                                            f.occasions() == null ? List.of() : f.occasions()))
                                    .toList());
        }
    }

    /** Payload of {@code PlanClosed} v1. */
    public record PlanClosed(@NotNull UUID planId, java.time.Instant closedAt, String closedBy, String reason) {
    }

    private PlanEvents() {
    }
}
