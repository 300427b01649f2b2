package vn.thiduaso.plan.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.thiduaso.plan.domain.Plan;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.plan.domain.PlanVersion;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.content.ContentItem;
import vn.thiduaso.plan.domain.content.LegalBasis;
import vn.thiduaso.plan.domain.content.Obligation;
import vn.thiduaso.plan.domain.content.PlanContent;
import vn.thiduaso.plan.domain.content.Target;
import vn.thiduaso.plan.domain.content.UnitPlansRequirement;
import vn.thiduaso.platform.time.VietnamTime;

/** The cascade as pure functions: prefilling a unit's plan, its state against the deadline, checking it against the parent. */
public final class UnitPlans {

    public enum State { ISSUED, LATE, DRAFT, MISSING }

    public record UnitPlanState(Unit unit, State status, UUID unitPlanId, Instant issuedAt) {
    }

    public record MissingContent(UUID contentId, String number, String title) {
    }

    public record LowerTarget(String code, String name, int year, BigDecimal parentValue, BigDecimal unitValue) {
    }

    public record LaterDeadline(UUID obligationId, String title, String kind, String parentDue, String unitDue) {
    }

    public record Check(List<MissingContent> missingContents, List<LowerTarget> lowerTargets,
            List<LaterDeadline> laterDeadlines) {
    }

    /** "Thực hiện Kế hoạch số … của …" and the parent's contents, targets, years and movements, with new ids. */
    static PlanContent prefill(Plan parent, PlanVersion source, Unit parentIssuer) {
        PlanContent p = source.content;
        Map<UUID, UUID> contentIds = new HashMap<>();
        List<ContentItem> contents = copy(p.contents(), contentIds);
        List<Target> targets = p.targets().stream().map(t -> new Target(null, t.code(), t.name(), t.unitOfMeasure(),
                t.percentage(), t.comparison(), t.numeratorDescription(), t.denominatorDescription(), t.targetGroup(),
                t.contentId() == null ? null : contentIds.get(t.contentId()), t.values())).toList();
        LegalBasis basis = new LegalBasis(null, LegalBasis.Relation.IMPLEMENTS, LegalBasis.DocumentKind.PLAN,
                source.number, source.issuedOn, parentIssuer == null ? null : parentIssuer.name, source.title, parent.id);
        return new PlanContent(p.movementIds(), p.startYear(), p.endYear(), List.of(), List.of(basis), List.of(),
                List.of(), List.of(), contents, List.of(), targets, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of(), null, null, List.of(), List.of());
    }

    private static List<ContentItem> copy(List<ContentItem> items, Map<UUID, UUID> ids) {
        List<ContentItem> out = new ArrayList<>();
        for (ContentItem i : items) {
            UUID id = UUID.randomUUID();
            ids.put(i.id(), id);
            out.add(new ContentItem(id, i.number(), i.title(), i.body(), copy(i.children(), ids)));
        }
        return out;
    }

    /** The last day the unit's plan may be issued, or null when the parent sets no deadline. */
    static LocalDate due(UnitPlansRequirement r) {
        if (r == null) {
            return null;
        }
        if (r.dueDate() != null) {
            return r.dueDate();
        }
        return r.dueMonth() == null || r.dueYear() == null ? null : YearMonth.of(r.dueYear(), r.dueMonth()).atEndOfMonth();
    }

    static UnitPlanState state(Unit unit, Plan child, UnitPlansRequirement required, LocalDate today) {
        LocalDate due = due(required);
        if (child == null) {
            return new UnitPlanState(unit, State.MISSING, null, null);
        }
        if (child.status == PlanStatus.DRAFT) {
            return new UnitPlanState(unit, due != null && today.isAfter(due) ? State.LATE : State.DRAFT, child.id, null);
        }
        LocalDate issuedOn = child.issuedOn != null ? child.issuedOn : VietnamTime.dateOf(child.issuedAt);
        return new UnitPlanState(unit, due != null && issuedOn.isAfter(due) ? State.LATE : State.ISSUED, child.id,
                child.issuedAt);
    }

    /**
     * A parent content is covered when the unit plan has an item of the same title; a target is lower
     * when a year's value is below the parent's (above it for ≤ and &lt; targets), equal to a strict
     * parent's ("> 80") with a non-strict own comparison, or missing; a deadline is later
     * when the unit's yearly due day/month of the same kind falls after the parent's.
     */
    static Check check(PlanContent parent, PlanContent child) {
        Set<String> titles = new HashSet<>();
        flatten(child.contents()).forEach(i -> titles.add(norm(i.title())));
        List<MissingContent> missing = flatten(parent.contents()).stream()
                .filter(i -> !titles.contains(norm(i.title())))
                .map(i -> new MissingContent(i.id(), i.number(), i.title())).toList();
        Map<String, Target> childTargets = new HashMap<>();
        child.targets().forEach(t -> childTargets.put(t.code() == null ? norm(t.name()) : t.code(), t));
        List<LowerTarget> lower = new ArrayList<>();
        for (Target t : parent.targets()) {
            Target mine = childTargets.get(t.code() == null ? norm(t.name()) : t.code());
            for (Target.YearValue v : t.values()) {
                Target.YearValue ownYear = mine == null ? null : mine.values().stream().filter(x -> x.year() == v.year())
                        .findFirst().orElse(null);
                BigDecimal own = ownYear == null ? null : ownYear.value();
                if (v.value() == null) {
                    continue;
                }
                if (own == null || weaker(v.comparisonOr(t.comparison()), v.value(), ownYear.comparisonOr(mine.comparison()), own)) {
                    lower.add(new LowerTarget(t.code(), t.name(), v.year(), v.value(), own));
                }
            }
        }
        List<LaterDeadline> later = new ArrayList<>();
        for (Obligation o : child.reportingObligations()) {
            if (o.dueMonth() == null || o.dueDay() == null) {
                continue;
            }
            parent.reportingObligations().stream()
                    .filter(p -> p.kind() == o.kind() && p.dueMonth() != null && p.dueDay() != null)
                    .filter(p -> o.dueMonth() * 100 + o.dueDay() > p.dueMonth() * 100 + p.dueDay())
                    .findFirst()
                    .ifPresent(p -> later.add(new LaterDeadline(o.id(), o.title(), o.kind().name(),
                            dm(p.dueDay(), p.dueMonth()), dm(o.dueDay(), o.dueMonth()))));
        }
        return new Check(missing, lower, later);
    }

    /**
     * Whether the unit's target ({@code ownCmp} {@code own}) asks less than the parent's ({@code cmp}
     * {@code value}): for an upper-bound target ("≤ 5", "< 5") a higher value, for a lower-bound or exact
     * one a lower value; at the same value a non-strict comparison is weaker than a strict one ("≥ 80"
     * does not reach "> 80"), and "= 80" reaches both "≥ 80" and "≤ 80".
     */
    static boolean weaker(Target.Comparison cmp, BigDecimal value, Target.Comparison ownCmp, BigDecimal own) {
        Target.Comparison parent = cmp == null ? Target.Comparison.GTE : cmp;
        Target.Comparison mine = ownCmp == null ? Target.Comparison.GTE : ownCmp;
        boolean upper = parent == Target.Comparison.LTE || parent == Target.Comparison.LT;
        int diff = own.compareTo(value);
        if (diff != 0) {
            return upper ? diff > 0 : diff < 0;
        }
        boolean parentStrict = parent == Target.Comparison.GT || parent == Target.Comparison.LT;
        boolean ownStrict = mine == Target.Comparison.GT || mine == Target.Comparison.LT;
        return parentStrict && !ownStrict;
    }

    private static String dm(int day, int month) {
        return String.format("%02d/%02d", day, month);
    }

    private static List<ContentItem> flatten(List<ContentItem> items) {
        List<ContentItem> all = new ArrayList<>();
        for (ContentItem i : items) {
            all.add(i);
            all.addAll(flatten(i.children()));
        }
        return all;
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toLowerCase();
    }

    private UnitPlans() {
    }
}
