package vn.thiduaso.report.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;
import vn.thiduaso.report.domain.consolidation.ConsolidatedSection;
import vn.thiduaso.report.domain.consolidation.ConsolidationStatus;
import vn.thiduaso.report.domain.consolidation.SectionKind;
import vn.thiduaso.report.domain.consolidation.SeriesText;
import vn.thiduaso.report.domain.consolidation.SeriesValue;
import vn.thiduaso.report.domain.consolidation.TargetTotal;
import vn.thiduaso.report.service.consolidation.ConsolidationService;

/** Request and response records of /api/v1/consolidations and /api/v1/reporting-periods/{id}/consolidation. */
public final class ConsolidationDtos {

    public static final int TEXT_MAX = 50000;
    private static final String TEXT_TOO_LONG = "Nội dung tối đa 50000 ký tự";

    // --- requests ------------------------------------------------------------------------------

    public record ContentText(@NotNull(message = "Cần chọn nội dung") UUID contentId,
            @NotNull(message = "Cần nội dung (có thể để trống)") @Size(max = TEXT_MAX, message = TEXT_TOO_LONG) String text) {
    }

    /** The office's texts; a content not listed and a null summary/difficulties/proposals stay as they are. */
    public record EditConsolidationRequest(
            @NotNull(message = "Cần phiên bản (version) của báo cáo tổng hợp") Long version,
            @Valid List<@NotNull(message = "Mục nội dung không được rỗng") ContentText> contents,
            @Size(max = TEXT_MAX, message = TEXT_TOO_LONG) String summary,
            @Size(max = TEXT_MAX, message = TEXT_TOO_LONG) String difficulties,
            @Size(max = TEXT_MAX, message = TEXT_TOO_LONG) String proposals) {
    }

    public record VersionRequest(@NotNull(message = "Cần phiên bản (version) của báo cáo tổng hợp") Long version) {
    }

    // --- responses -----------------------------------------------------------------------------

    public record PeriodRef(UUID id, String title, int year,
            @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, LocalDate dueDate,
            Instant dueAt, UUID planId, String planNumber, String planTitle) {

        static PeriodRef of(ReportingPeriod p) {
            return new PeriodRef(p.id, p.title, p.year, p.kind.name(), p.dueDate, p.dueAt, p.planId, p.planNumber,
                    p.planTitle);
        }
    }

    public record UnitRef(UUID id, String name, String path) {
    }

    /** One unit's text of a section, under its name. */
    public record SourceView(UUID reportId, UUID unitId, String unitName, String text) {
    }

    /**
     * The commune's text of one content item, in the plan's tree order ({@code parentId}: the item it
     * is under; {@code edited}: the office changed it; {@code inPlan} false: the plan dropped the
     * content); {@code byYear}: a review's texts of the years it covers.
     */
    public record ContentView(UUID contentId, UUID parentId, String number, String title, int depth, String text,
            boolean edited, boolean inPlan, List<SourceView> sources, List<YearText> byYear) {
    }

    /** Tình hình chung (SUMMARY), khó khăn (DIFFICULTIES), kiến nghị (PROPOSALS). */
    public record FreeSectionView(@Schema(implementation = SectionKind.class) String kind, String text, boolean edited,
            List<SourceView> sources) {
    }

    /**
     * A target summed over the accepted reports, against the commune's target value of the year:
     * {@code value} the commune's figure (= {@code ratio}, Σ numerators / Σ denominators × 100, for a
     * percentage target; the sum otherwise), {@code unitCount} the units that gave a value;
     * {@code series}: a review's figures of the years it covers.
     */
    public record TargetView(UUID targetId, String targetCode, String targetName, String unitOfMeasure,
            boolean percentage, String comparison, BigDecimal targetValue, BigDecimal valueSum,
            BigDecimal numeratorSum, BigDecimal denominatorSum, BigDecimal value, BigDecimal ratio, Boolean attained,
            int unitCount, List<SeriesPoint> series) {

        static TargetView of(TargetTotal t, List<SeriesPoint> series) {
            return new TargetView(t.targetId, t.code, t.name, t.unitOfMeasure, t.percentage, t.comparison,
                    t.targetValue, t.valueSum, t.numeratorSum, t.denominatorSum, t.value, t.percentage ? t.value : null,
                    t.attained, t.reportingUnits, series);
        }
    }

    /** {@code reportStatus}: the unit's report status when assembled (null = no report). */
    public record MissingUnitView(UUID requirementId, UUID unitId, String unitName, String unitPath, String reportStatus) {
    }

    public record SeriesPoint(int year, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            int reportingUnits, @Schema(enumeration = { "CONSOLIDATION", "REPORTS" }) String source) {
    }

    public record YearText(int year, String text) {
    }

    /** The commune's own period onwards (second hop) and its requirement there; dueAt = that requirement's deadline. */
    public record SecondHopView(UUID periodId, String title, UUID requirementId,
            @Schema(implementation = vn.thiduaso.report.domain.RequirementStatus.class) String requirementStatus,
            String recipientName, LocalDate dueDate, Instant dueAt) {
    }

    public record HistoryView(Instant at, String actor, String action,
            @Schema(implementation = ConsolidationStatus.class) String fromStatus,
            @Schema(implementation = ConsolidationStatus.class) String toStatus, String reason) {
    }

    /** What the caller may do now. */
    public record ActionsView(boolean edit, boolean approve, boolean submit) {
    }

    /**
     * {@code years}: the years a review (sơ kết / tổng kết) covers with annual data, empty otherwise;
     * {@code editable} = {@code actions.edit}.
     */
    public record ConsolidationView(UUID id, PeriodRef period, UnitRef unit,
            @Schema(implementation = ConsolidationStatus.class) String status, long version,
            String summary, String difficulties, String proposals, List<ContentView> contents,
            List<FreeSectionView> freeSections, List<TargetView> targets, List<MissingUnitView> missingUnits,
            int expectedReports, int sourceReports, List<Integer> years, SecondHopView secondHop, Instant assembledAt,
            String assembledBy, Instant approvedAt, String approvedBy, Instant submittedAt, String submittedBy,
            Instant dueAt, boolean late, long lateSeconds, Instant createdAt, String createdBy, Instant updatedAt,
            String updatedBy, boolean editable, ActionsView actions, List<HistoryView> history) {

        public static ConsolidationView of(ConsolidationService.Detail d) {
            ConsolidatedReport c = d.consolidation();
            Map<UUID, List<YearText>> texts = new LinkedHashMap<>();
            for (SeriesText t : c.seriesTexts) {
                texts.computeIfAbsent(t.contentId, k -> new ArrayList<>()).add(new YearText(t.year, t.text));
            }
            Map<UUID, List<SeriesPoint>> points = new LinkedHashMap<>();
            for (SeriesValue v : c.seriesValues) {
                points.computeIfAbsent(v.targetId, k -> new ArrayList<>()).add(new SeriesPoint(v.year, v.value,
                        v.numerator, v.denominator, v.reportingUnits, v.source));
            }
            TreeSet<Integer> years = new TreeSet<>();
            c.seriesValues.forEach(v -> years.add(v.year));
            c.seriesTexts.forEach(t -> years.add(t.year));
            // The parent of an item is the nearest one before it a level up (the sections are in tree order).
            List<ContentView> contents = new ArrayList<>();
            List<UUID> ancestors = new ArrayList<>();
            for (ConsolidatedSection s : c.contentSections()) {
                int depth = Math.min(s.depth, ancestors.size());
                while (ancestors.size() > depth) {
                    ancestors.remove(ancestors.size() - 1);
                }
                UUID parent = s.inPlan && depth > 0 ? ancestors.get(depth - 1) : null;
                ancestors.add(s.contentId);
                contents.add(new ContentView(s.contentId, parent, s.number, s.title, s.depth, s.text, s.edited, s.inPlan,
                        sources(s), texts.getOrDefault(s.contentId, List.of())));
            }
            List<FreeSectionView> free = c.sections.stream().filter(s -> s.kind != SectionKind.CONTENT)
                    .map(s -> new FreeSectionView(s.kind.name(), s.text, s.edited, sources(s))).toList();
            ReportingPeriod hop = d.secondHop();
            ReportRequirement req = d.secondHopRequirement();
            SecondHopView secondHop = hop == null ? null
                    : new SecondHopView(hop.id, hop.title, req == null ? null : req.id,
                            req == null ? null : req.status.name(), hop.recipientUnitName,
                            req == null ? hop.dueDate : req.effectiveDueDate(),
                            req == null ? hop.dueAt : req.effectiveDueAt());
            return new ConsolidationView(c.id, PeriodRef.of(d.period()), new UnitRef(c.unitId, c.unitName, c.unitPath),
                    c.status.name(), c.version, c.section(SectionKind.SUMMARY).text,
                    c.section(SectionKind.DIFFICULTIES).text, c.section(SectionKind.PROPOSALS).text, contents, free,
                    c.targets.stream().map(t -> TargetView.of(t, points.getOrDefault(t.targetId, List.of()))).toList(),
                    c.missingUnits.stream().map(m -> new MissingUnitView(m.requirementId, m.unitId, m.unitName,
                            m.unitPath, m.reportStatus)).toList(),
                    c.expectedReports, c.sourceReports, List.copyOf(years), secondHop, c.assembledAt, c.assembledBy,
                    c.approvedAt, c.approvedBy, c.submittedAt, c.submittedBy, c.dueAt, c.late(),
                    c.lateSeconds == null ? 0 : c.lateSeconds, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy,
                    d.actions().edit(), new ActionsView(d.actions().edit(), d.actions().approve(), d.actions().submit()),
                    c.history.stream().map(h -> new HistoryView(h.at, h.actor, h.action.name(),
                            h.fromStatus == null ? null : h.fromStatus.name(),
                            h.toStatus == null ? null : h.toStatus.name(), h.reason)).toList());
        }

        private static List<SourceView> sources(ConsolidatedSection s) {
            return s.sources.stream().map(x -> new SourceView(x.reportId, x.unitId, x.unitName, x.text)).toList();
        }
    }

    /** A row of the list (the board's view of its communes). */
    public record ConsolidationSummary(UUID id, PeriodRef period, UnitRef unit,
            @Schema(implementation = ConsolidationStatus.class) String status, long version, int expectedReports,
            int sourceReports, int missingUnits, Instant approvedAt, Instant submittedAt, String submittedBy,
            String recipientName, Instant dueAt, boolean late, long lateSeconds, Instant updatedAt) {

        public static ConsolidationSummary of(ConsolidationService.Listing l) {
            ConsolidatedReport c = l.consolidation();
            return new ConsolidationSummary(c.id, PeriodRef.of(l.period()), new UnitRef(c.unitId, c.unitName, c.unitPath),
                    c.status.name(), c.version, c.expectedReports, c.sourceReports, l.missingUnits(), c.approvedAt,
                    c.submittedAt, c.submittedBy, c.recipientName, c.dueAt, c.late(),
                    c.lateSeconds == null ? 0 : c.lateSeconds, c.updatedAt);
        }
    }

    private ConsolidationDtos() {
    }
}
