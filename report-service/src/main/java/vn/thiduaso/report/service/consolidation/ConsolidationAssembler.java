package vn.thiduaso.report.service.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.report.domain.PeriodKind;
import vn.thiduaso.report.domain.PlanContentItem;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportStatus;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.TargetValue;
import vn.thiduaso.report.domain.consolidation.Assembly;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;
import vn.thiduaso.report.domain.consolidation.ConsolidatedSection;
import vn.thiduaso.report.domain.consolidation.ConsolidationStatus;
import vn.thiduaso.report.domain.consolidation.MissingUnit;
import vn.thiduaso.report.domain.consolidation.SectionKind;
import vn.thiduaso.report.domain.consolidation.SectionSource;
import vn.thiduaso.report.domain.consolidation.SeriesText;
import vn.thiduaso.report.domain.consolidation.SeriesValue;
import vn.thiduaso.report.domain.consolidation.TargetTotal;
import vn.thiduaso.report.domain.consolidation.TargetTotals;
import vn.thiduaso.report.repository.ConsolidatedReportRepository;

/**
 * Assembles a period's accepted reports into what the commune's consolidated report holds: per
 * content item of the plan (tree order) each unit's text under its name; the general summary,
 * difficulties and proposals the same way; per target of the plan the totals against the commune's
 * target value of the period's year; the active requirements without an accepted report. A sơ kết /
 * tổng kết period also gets the yearly series of the years it covers (plan start … review year), each
 * year from that year's approved or submitted consolidation, else from its accepted reports.
 */
@ApplicationScoped
public class ConsolidationAssembler {

    private final ConsolidatedReportRepository consolidations;

    public ConsolidationAssembler(ConsolidatedReportRepository consolidations) {
        this.consolidations = consolidations;
    }

    public Assembly assemble(ReportingPeriod period, ReportingPlan plan) {
        List<ReportRequirement> active = period.requirements.stream().filter(ReportRequirement::active).toList();
        List<Report> accepted = consolidations.acceptedReports(period.id);
        Map<UUID, ReportStatus> statuses = consolidations.reportStatuses(period.id);
        List<PlanContentItem> contents = plan == null ? List.of() : plan.contents;
        List<PlanTarget> targets = plan == null ? List.of() : plan.targets;

        List<Assembly.Section> sections = sections(contents, accepted);
        List<TargetTotal> totals = totals(targets, period.year, accepted);
        List<MissingUnit> missing = active.stream()
                .filter(r -> statuses.get(r.id) != ReportStatus.ACCEPTED)
                .map(r -> new MissingUnit(r.id, r.unitId, r.unitName, r.unitPath,
                        statuses.get(r.id) == null ? null : statuses.get(r.id).name()))
                .toList();
        List<SeriesValue> seriesValues = new ArrayList<>();
        List<SeriesText> seriesTexts = new ArrayList<>();
        if (isReview(period.kind) && plan != null) {
            series(period, plan, seriesValues, seriesTexts);
        }
        return new Assembly(active.size(), accepted.size(), sections, totals, missing, seriesValues, seriesTexts);
    }

    static boolean isReview(PeriodKind kind) {
        return kind == PeriodKind.PRELIMINARY_REVIEW || kind == PeriodKind.FINAL_REVIEW;
    }

    /** SUMMARY, each content item in tree order, DIFFICULTIES, PROPOSALS — each with the units' texts. */
    static List<Assembly.Section> sections(List<PlanContentItem> contents, List<Report> reports) {
        List<Assembly.Section> out = new ArrayList<>();
        out.add(new Assembly.Section(ConsolidatedSection.SUMMARY, SectionKind.SUMMARY, null, 0, null, null,
                sources(reports, r -> r.narrative)));
        for (PlanContentItem item : contents) {
            content(item, 0, reports, out);
        }
        out.add(new Assembly.Section(ConsolidatedSection.DIFFICULTIES, SectionKind.DIFFICULTIES, null, 0, null, null,
                sources(reports, r -> r.difficulties)));
        out.add(new Assembly.Section(ConsolidatedSection.PROPOSALS, SectionKind.PROPOSALS, null, 0, null, null,
                sources(reports, r -> r.proposals)));
        return out;
    }

    private static void content(PlanContentItem item, int depth, List<Report> reports, List<Assembly.Section> out) {
        if (item == null || item.id() == null) {
            return;
        }
        out.add(new Assembly.Section(item.id().toString(), SectionKind.CONTENT, item.id(), depth, item.number(),
                item.title(), sources(reports, r -> textOf(r, item.id()))));
        for (PlanContentItem child : item.childrenOrEmpty()) {
            content(child, depth + 1, reports, out);
        }
    }

    private static String textOf(Report r, UUID contentId) {
        return r.contents.stream().filter(s -> contentId.equals(s.contentId)).map(s -> s.text).findFirst().orElse(null);
    }

    /** The non-blank texts of the reports, each under its unit's name, in the reports' order. */
    private static List<SectionSource> sources(List<Report> reports, Function<Report, String> text) {
        List<SectionSource> out = new ArrayList<>();
        for (Report r : reports) {
            String t = text.apply(r);
            if (t != null && !t.isBlank()) {
                out.add(new SectionSource(r.id, r.requirement.unitId, r.requirement.unitName, t.strip()));
            }
        }
        return out;
    }

    static List<TargetTotal> totals(List<PlanTarget> targets, int year, List<Report> reports) {
        Map<UUID, List<TargetValue>> byTarget = reports.stream().flatMap(r -> r.targetValues.stream())
                .filter(v -> v.targetId != null)
                .collect(Collectors.groupingBy(v -> v.targetId));
        return targets.stream().filter(t -> t.id() != null)
                .map(t -> TargetTotals.total(t, year, byTarget.getOrDefault(t.id(), List.of())))
                .toList();
    }

    private void series(ReportingPeriod review, ReportingPlan plan, List<SeriesValue> values, List<SeriesText> texts) {
        List<ReportingPeriod> annual = consolidations.annualPeriods(plan.planId,
                plan.startYear != null ? plan.startYear : review.year - 10, review.year);
        // One period per year: the first by deadline (a plan has one annual obligation in practice).
        Map<Integer, ReportingPeriod> byYear = new HashMap<>();
        annual.forEach(p -> byYear.putIfAbsent(p.year, p));
        Map<UUID, ConsolidatedReport> consolidated = consolidations.byPeriods(
                byYear.values().stream().map(p -> p.id).toList());
        List<PlanContentItem> items = plan.flatContents();
        for (ReportingPeriod p : byYear.values().stream().sorted(Comparator.comparingInt(p -> p.year)).toList()) {
            ConsolidatedReport c = consolidated.get(p.id);
            if (c != null && c.status != ConsolidationStatus.DRAFT) {
                for (TargetTotal t : c.targets) {
                    values.add(new SeriesValue(t.targetId, p.year, t.value, t.numeratorSum, t.denominatorSum,
                            t.reportingUnits, SeriesValue.FROM_CONSOLIDATION));
                }
                for (ConsolidatedSection s : c.contentSections()) {
                    if (s.inPlan && s.text != null && !s.text.isBlank()) {
                        texts.add(new SeriesText(s.contentId, p.year, s.text));
                    }
                }
                continue;
            }
            List<Report> reports = consolidations.acceptedReports(p.id);
            if (reports.isEmpty()) {
                continue;
            }
            for (TargetTotal t : totals(plan.targets, p.year, reports)) {
                if (t.reportingUnits > 0) {
                    values.add(new SeriesValue(t.targetId, p.year, t.value, t.numeratorSum, t.denominatorSum,
                            t.reportingUnits, SeriesValue.FROM_REPORTS));
                }
            }
            for (PlanContentItem item : items) {
                String joined = ConsolidatedSection.prefill(sources(reports, r -> textOf(r, item.id())));
                if (!joined.isBlank()) {
                    texts.add(new SeriesText(item.id(), p.year, joined));
                }
            }
        }
    }
}
