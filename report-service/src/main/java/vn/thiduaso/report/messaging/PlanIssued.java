package vn.thiduaso.report.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code PlanIssued} v1 (docs/events.md), the part report-service acts on. Fields it
 * does not use (signer, …) are ignored.
 */
public record PlanIssued(UUID planId, String number, String title, UUID issuingUnitId, String issuingUnitPath,
        String issuingUnitName, Instant issuedAt, String issuedBy, List<Addressee> addressees,
        List<Obligation> reportingObligations) {

    public record Addressee(UUID unitId, String unitPath, String unitName) {
    }

    /** Every addressee reports to the recipient before dueDay/dueMonth of each year firstYear..lastYear. */
    public record Obligation(UUID obligationId, String title, UUID recipientUnitId, String recipientUnitPath,
            String recipientUnitName, Integer dueDay, Integer dueMonth, Integer firstYear, Integer lastYear) {
    }

    /** Years a period may belong to (the same bounds plan-service puts on obligations). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /**
     * Throws when the payload cannot be acted on; the record then goes to the dead-letter topic
     * with this message as the reason, instead of opening half a plan's periods.
     */
    public void validate() {
        List<String> problems = new ArrayList<>();
        require(planId != null, "planId is missing", problems);
        require(title != null && !title.isBlank(), "title is missing", problems);
        require(issuingUnitId != null, "issuingUnitId is missing", problems);
        require(issuingUnitPath != null && issuingUnitPath.startsWith("/"), "issuingUnitPath is missing", problems);
        require(addressees != null, "addressees is missing", problems);
        require(reportingObligations != null, "reportingObligations is missing", problems);
        if (addressees != null) {
            for (int i = 0; i < addressees.size(); i++) {
                Addressee a = addressees.get(i);
                require(a != null && a.unitId() != null && a.unitPath() != null && a.unitPath().startsWith("/")
                        && a.unitName() != null && !a.unitName().isBlank(),
                        "addressees[" + i + "] needs unitId, unitPath and unitName", problems);
            }
        }
        if (reportingObligations != null) {
            for (int i = 0; i < reportingObligations.size(); i++) {
                Obligation o = reportingObligations.get(i);
                String at = "reportingObligations[" + i + "]";
                if (o == null) {
                    problems.add(at + " is null");
                    continue;
                }
                require(o.obligationId() != null, at + ".obligationId is missing", problems);
                require(o.recipientUnitId() != null && o.recipientUnitPath() != null
                        && o.recipientUnitPath().startsWith("/") && o.recipientUnitName() != null
                        && !o.recipientUnitName().isBlank(),
                        at + " needs recipientUnitId, recipientUnitPath and recipientUnitName", problems);
                require(o.dueMonth() != null && o.dueMonth() >= 1 && o.dueMonth() <= 12,
                        at + ".dueMonth must be 1..12", problems);
                require(o.dueDay() != null && o.dueDay() >= 1 && o.dueDay() <= 31, at + ".dueDay must be 1..31",
                        problems);
                require(o.firstYear() != null && o.lastYear() != null && o.firstYear() >= MIN_YEAR
                        && o.lastYear() <= MAX_YEAR && o.firstYear() <= o.lastYear(),
                        at + " years must satisfy " + MIN_YEAR + " <= firstYear <= lastYear <= " + MAX_YEAR, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("PlanIssued " + planId + " cannot be applied: " + String.join("; ", problems));
        }
    }

    private static void require(boolean condition, String problem, List<String> problems) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
