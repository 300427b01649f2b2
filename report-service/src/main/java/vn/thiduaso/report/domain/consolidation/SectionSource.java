package vn.thiduaso.report.domain.consolidation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One unit's text of a section, under its name, as it stood when the consolidation was assembled. */
@Embeddable
public class SectionSource {

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    protected SectionSource() {
    }

    public SectionSource(UUID reportId, UUID unitId, String unitName, String text) {
        this.reportId = reportId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.text = text;
    }
}
