package vn.thiduaso.report.domain.consolidation;

import java.util.List;
import java.util.UUID;

/**
 * What an assembly of a period's accepted reports gives (computed by the consolidation service, kept
 * by {@link ConsolidatedReport}): the sections with their sources in the plan's order, the target
 * totals, the units that did not report and, for a review, the yearly series.
 */
public record Assembly(int expectedReports, int sourceReports, List<Section> sections, List<TargetTotal> targets,
        List<MissingUnit> missing, List<SeriesValue> seriesValues, List<SeriesText> seriesTexts) {

    /** A section as the plan and the reports give it (its text is the office's business). */
    public record Section(String key, SectionKind kind, UUID contentId, int depth, String number, String title,
            List<SectionSource> sources) {
    }
}
