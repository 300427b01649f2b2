package vn.thiduaso.plan.domain.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** Pure operations on {@link PlanContent}: filling defaults and ids, and comparing two versions part by part. */
public final class PlanContents {

    /**
     * Null lists become empty, items without an id get a new one (ids given are kept, so that
     * report-service and award-service can keep referring to them across amendments), obligations
     * without a kind are ANNUAL reported by every addressee, and the plan's years default to the
     * span of its obligations. Blank headings, notes and content numbers become null (a content
     * item without a number is an unnumbered one).
     */
    public static PlanContent normalize(PlanContent c) {
        if (c == null) {
            return PlanContent.empty();
        }
        List<Obligation> obligations = map(c.reportingObligations(), o -> new Obligation(id(o.id()), o.title(),
                o.kind() == null ? Occasion.ANNUAL : o.kind(),
                o.reporters() == null || o.reporters().mode() == null
                        ? new Obligation.Reporters(Obligation.Reporters.Mode.ADDRESSEES, List.of(), List.of())
                        : new Obligation.Reporters(o.reporters().mode(), list(o.reporters().unitIds()),
                                list(o.reporters().unitKinds())),
                o.recipientUnitId(), o.dueDay(), o.dueMonth(), o.dueDate(), o.firstYear(), o.lastYear(), o.secondHop()));
        Integer startYear = c.startYear();
        Integer endYear = c.endYear();
        if (startYear == null && endYear == null && !obligations.isEmpty()) {
            startYear = obligations.stream().map(Obligation::firstYear).filter(Objects::nonNull).min(Integer::compare).orElse(null);
            endYear = obligations.stream().map(Obligation::lastYear).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        }
        return new PlanContent(list(c.movementIds()), startYear, endYear, list(c.sectionOrder()),
                map(c.legalBases(), b -> new LegalBasis(id(b.id()), b.relation(), b.documentKind(), b.number(), b.date(),
                        b.issuer(), b.title(), b.parentPlanId())),
                list(c.purposes()), list(c.requirements()), list(c.objectives()),
                map(c.contents(), PlanContents::contentItem),
                map(c.criteriaGroups(), g -> new CriteriaGroup(id(g.id()), g.targetGroup(), g.title(), list(g.criteria()))),
                map(c.targets(), t -> new Target(id(t.id()), t.code(), t.name(), t.unitOfMeasure(), t.percentage(),
                        t.comparison() == null ? Target.Comparison.GTE : t.comparison(), t.numeratorDescription(),
                        t.denominatorDescription(), t.targetGroup(), t.contentId(),
                        map(t.values(), v -> new Target.YearValue(v.year(), v.value(), trimToNull(v.note()),
                                v.comparison())))),
                map(c.milestones(), m -> new Milestone(id(m.id()), m.kind() == null ? Milestone.Kind.OTHER : m.kind(),
                        m.title(), m.date(), m.month(), m.year())),
                map(c.awardForms(), a -> new AwardFormOffer(a.code(), list(a.recipientGroups()), list(a.occasions()),
                        a.standards())),
                map(c.assignments(), a -> new Assignment(id(a.id()), a.unitId(), trimToNull(a.heading()), list(a.unitKinds()),
                        a.role(), Boolean.TRUE.equals(a.requested()), list(a.tasks()))),
                list(c.addresseeUnitIds()), obligations, c.unitPlansRequired(),
                map(c.otherSections(), s -> new OtherSection(id(s.id()), s.heading(), list(s.paragraphs()))),
                list(c.recipients()), c.signer(), c.place(), list(c.introduction()), list(c.closing()));
    }

    private static ContentItem contentItem(ContentItem i) {
        return new ContentItem(id(i.id()), trimToNull(i.number()), i.title(), i.body(), map(i.children(), PlanContents::contentItem));
    }

    /** All content item ids, at every level. */
    public static List<UUID> contentIds(List<ContentItem> items) {
        List<UUID> ids = new ArrayList<>();
        for (ContentItem i : items) {
            ids.add(i.id());
            if (i.children() != null) {
                ids.addAll(contentIds(i.children()));
            }
        }
        return ids;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static UUID id(UUID given) {
        return given != null ? given : UUID.randomUUID();
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l.stream().filter(Objects::nonNull).toList();
    }

    private static <T, R> List<R> map(List<T> l, Function<T, R> f) {
        return list(l).stream().map(f).toList();
    }

    private PlanContents() {
    }
}
