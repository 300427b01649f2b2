package vn.thiduaso.report.domain.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One text of the commune's consolidated report: the results of one content item of the plan, or a
 * free section (general summary, difficulties, proposals), with the units' texts it was assembled from. The first
 * assembly prefills the text with the sources under the units' names; once the office changes it
 * ({@link #edited}), re-assembling refreshes the sources but keeps the text.
 */
@Entity
@Table(name = "consolidated_section")
public class ConsolidatedSection {

    public static final String SUMMARY = "SUMMARY";
    public static final String DIFFICULTIES = "DIFFICULTIES";
    public static final String PROPOSALS = "PROPOSALS";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consolidation_id")
    public ConsolidatedReport consolidation;

    /** The content id as text, or {@link #SUMMARY}, {@link #DIFFICULTIES} / {@link #PROPOSALS}. */
    @Column(name = "section_key", nullable = false)
    public String sectionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionKind kind;

    @Column(name = "content_id")
    public UUID contentId;

    @Column(nullable = false)
    public int position;

    /** 0 for a top-level content item, 1 for its children, … */
    @Column(nullable = false)
    public int depth;

    public String number;

    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false)
    public boolean edited;

    /** False: an edited section whose content the plan no longer has (kept, printed after the others). */
    @Column(name = "in_plan", nullable = false)
    public boolean inPlan = true;

    @ElementCollection
    @CollectionTable(name = "consolidated_section_source", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    public List<SectionSource> sources = new ArrayList<>();

    /** The sources joined under the units' names: what the text is prefilled with. */
    public static String prefill(List<SectionSource> sources) {
        return sources.stream().filter(s -> s.text != null && !s.text.isBlank())
                .map(s -> s.unitName + ": " + s.text.strip())
                .collect(Collectors.joining("\n\n"));
    }

    public String prefill() {
        return prefill(sources);
    }

    /** The office's text: edited once it differs from what the sources give. */
    void write(String newText) {
        text = newText;
        edited = !newText.equals(prefill());
    }

    /** New sources from a re-assembly: an unedited text follows them, an edited one stays. */
    void refresh(List<SectionSource> newSources) {
        sources = new ArrayList<>(newSources);
        if (!edited) {
            text = prefill();
        }
    }
}
