package vn.thiduaso.report.domain.consolidation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportStatus;
import vn.thiduaso.report.domain.ReportingPeriod;

/**
 * Báo cáo tổng hợp của xã: the commune's own report of one reporting period, assembled from its
 * units' accepted reports. The office edits the texts (re-assembling keeps what it wrote), a leader
 * approves, and it is submitted onwards — the commune's requirement in the second-hop period of the
 * same obligation and year is then submitted, its lateness measured against that requirement's
 * deadline. DRAFT → APPROVED → SUBMITTED; every step in the history.
 */
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport {

    @Id
    public UUID id;

    /** The reporters' period consolidated. */
    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int year;

    /** The commune: the period's issuing unit. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsolidationStatus status;

    @Column(name = "expected_reports", nullable = false)
    public int expectedReports;

    @Column(name = "source_reports", nullable = false)
    public int sourceReports;

    @Column(name = "assembled_at", nullable = false)
    public Instant assembledAt;

    @Column(name = "assembled_by", nullable = false)
    public String assembledBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "second_hop_period_id")
    public UUID secondHopPeriodId;

    @Column(name = "second_hop_requirement_id")
    public UUID secondHopRequirementId;

    /** Whom the commune reports to (the second-hop period's recipient), when known. */
    @Column(name = "recipient_name")
    public String recipientName;

    /** The second-hop requirement's effective due instant at submission. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "late_seconds")
    public Long lateSeconds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @OneToMany(mappedBy = "consolidation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ConsolidatedSection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consolidated_target", joinColumns = @JoinColumn(name = "consolidation_id"))
    @OrderColumn(name = "position")
    public List<TargetTotal> targets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consolidated_missing_unit", joinColumns = @JoinColumn(name = "consolidation_id"))
    @OrderColumn(name = "position")
    public List<MissingUnit> missingUnits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consolidated_series_value", joinColumns = @JoinColumn(name = "consolidation_id"))
    @OrderColumn(name = "position")
    public List<SeriesValue> seriesValues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consolidated_series_text", joinColumns = @JoinColumn(name = "consolidation_id"))
    @OrderColumn(name = "position")
    public List<SeriesText> seriesTexts = new ArrayList<>();

    @OneToMany(mappedBy = "consolidation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    public List<ConsolidationHistory> history = new ArrayList<>();

    @Version
    public long version;

    /** The first assembly of {@code period}'s reports: a DRAFT whose texts are the sources joined. */
    public static ConsolidatedReport assemble(ReportingPeriod period, UUID communeId, String communePath,
            String communeName, Assembly assembly, String by, Instant at) {
        ConsolidatedReport c = new ConsolidatedReport();
        c.id = UUID.randomUUID();
        c.periodId = period.id;
        c.planId = period.planId;
        c.year = period.year;
        c.unitId = communeId;
        c.unitPath = communePath;
        c.unitName = communeName;
        c.status = ConsolidationStatus.DRAFT;
        c.createdAt = at;
        c.createdBy = by;
        c.apply(assembly, by, at);
        c.record(at, by, ConsolidationHistory.Action.ASSEMBLED, null, ConsolidationStatus.DRAFT,
                assembly.sourceReports() + "/" + assembly.expectedReports());
        return c;
    }

    /** Assembled again (reports accepted since): the sources and totals are refreshed, the office's texts kept. */
    public void reassemble(Assembly assembly, String by, Instant at) {
        requireDraft("tổng hợp lại");
        apply(assembly, by, at);
        record(at, by, ConsolidationHistory.Action.REASSEMBLED, status, status,
                assembly.sourceReports() + "/" + assembly.expectedReports());
    }

    /** One content's text the office writes, {@code index} its position in the request (for field errors). */
    public record TextEdit(int index, UUID contentId, String text) {
    }

    /**
     * The office's edit (DRAFT only): the contents listed get their text (an unknown content id is a
     * field error), a null summary / difficulties / proposals stays as it is.
     */
    public void edit(List<TextEdit> contents, String newSummary, String difficulties, String proposals, String by,
            Instant at) {
        requireDraft("sửa");
        Map<UUID, ConsolidatedSection> byContent = new HashMap<>();
        sections.stream().filter(s -> s.kind == SectionKind.CONTENT).forEach(s -> byContent.put(s.contentId, s));
        Set<UUID> seen = new HashSet<>();
        for (TextEdit e : contents) {
            ConsolidatedSection s = byContent.get(e.contentId());
            if (s == null) {
                throw new InvalidFieldException("contents[" + e.index() + "].contentId",
                        "Nội dung này không có trong báo cáo tổng hợp");
            }
            if (!seen.add(e.contentId())) {
                throw new InvalidFieldException("contents[" + e.index() + "].contentId", "Nội dung bị lặp lại");
            }
        }
        for (TextEdit e : contents) {
            byContent.get(e.contentId()).write(e.text());
        }
        if (newSummary != null) {
            section(SectionKind.SUMMARY).write(newSummary);
        }
        if (difficulties != null) {
            section(SectionKind.DIFFICULTIES).write(difficulties);
        }
        if (proposals != null) {
            section(SectionKind.PROPOSALS).write(proposals);
        }
        touch(by, at);
        record(at, by, ConsolidationHistory.Action.EDITED, status, status, null);
    }

    /** Lãnh đạo phê duyệt: DRAFT → APPROVED. */
    public void approve(String by, Instant at) {
        if (status != ConsolidationStatus.DRAFT) {
            throw new ConflictException(status == ConsolidationStatus.APPROVED ? "Báo cáo tổng hợp đã được phê duyệt"
                    : "Báo cáo tổng hợp đã được gửi");
        }
        approvedAt = at;
        approvedBy = by;
        ConsolidationStatus from = status;
        status = ConsolidationStatus.APPROVED;
        touch(by, at);
        record(at, by, ConsolidationHistory.Action.APPROVED, from, status, null);
    }

    /**
     * Gửi báo cáo tổng hợp: APPROVED → SUBMITTED. With a second-hop period, the commune's requirement
     * there is submitted and the lateness measured against its effective deadline.
     */
    public void submit(String by, Instant at, ReportingPeriod secondHop, ReportRequirement requirement) {
        if (status != ConsolidationStatus.APPROVED) {
            throw new ConflictException(status == ConsolidationStatus.SUBMITTED ? "Báo cáo tổng hợp đã được gửi"
                    : "Báo cáo tổng hợp cần được lãnh đạo phê duyệt trước khi gửi");
        }
        submittedAt = at;
        submittedBy = by;
        if (secondHop != null) {
            secondHopPeriodId = secondHop.id;
            recipientName = secondHop.recipientUnitName;
        }
        if (requirement != null) {
            secondHopRequirementId = requirement.id;
            dueAt = requirement.effectiveDueAt();
            lateSeconds = Report.lateSeconds(dueAt, at);
            requirement.follow(ReportStatus.SUBMITTED);
        } else {
            dueAt = null;
            lateSeconds = 0L;
        }
        ConsolidationStatus from = status;
        status = ConsolidationStatus.SUBMITTED;
        touch(by, at);
        record(at, by, ConsolidationHistory.Action.SUBMITTED, from, status, recipientName);
    }

    public boolean late() {
        return lateSeconds != null && lateSeconds > 0;
    }

    public List<ConsolidatedSection> contentSections() {
        return sections.stream().filter(s -> s.kind == SectionKind.CONTENT).toList();
    }

    public ConsolidatedSection section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind + " section in consolidation " + id));
    }

    private void requireDraft(String what) {
        if (status != ConsolidationStatus.DRAFT) {
            throw new ConflictException("Báo cáo tổng hợp đã " + (status == ConsolidationStatus.APPROVED
                    ? "được phê duyệt" : "được gửi") + ", không " + what + " được nữa");
        }
    }

    private void apply(Assembly a, String by, Instant at) {
        Map<String, ConsolidatedSection> existing = new HashMap<>();
        sections.forEach(s -> existing.put(s.sectionKey, s));
        List<ConsolidatedSection> next = new ArrayList<>();
        for (Assembly.Section d : a.sections()) {
            ConsolidatedSection s = existing.remove(d.key());
            if (s == null) {
                s = new ConsolidatedSection();
                s.id = UUID.randomUUID();
                s.consolidation = this;
                s.sectionKey = d.key();
                s.kind = d.kind();
                s.contentId = d.contentId();
                s.sources = new ArrayList<>(d.sources());
                s.text = s.prefill();
                s.edited = false;
            } else {
                s.refresh(d.sources());
            }
            s.depth = d.depth();
            s.number = d.number();
            s.title = d.title();
            s.inPlan = true;
            next.add(s);
        }
        // What the office wrote for a content the amended plan dropped is kept, after the others.
        sections.stream().filter(s -> existing.containsKey(s.sectionKey) && s.edited).forEach(s -> {
            s.inPlan = false;
            s.sources = new ArrayList<>();
            next.add(s);
        });
        for (int i = 0; i < next.size(); i++) {
            next.get(i).position = i;
        }
        sections.clear();
        sections.addAll(next);
        targets = new ArrayList<>(a.targets());
        missingUnits = new ArrayList<>(a.missing());
        seriesValues = new ArrayList<>(a.seriesValues());
        seriesTexts = new ArrayList<>(a.seriesTexts());
        expectedReports = a.expectedReports();
        sourceReports = a.sourceReports();
        assembledAt = at;
        assembledBy = by;
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        updatedAt = at;
        updatedBy = by;
    }

    private void record(Instant at, String actor, ConsolidationHistory.Action action, ConsolidationStatus from,
            ConsolidationStatus to, String reason) {
        history.add(ConsolidationHistory.of(this, at, actor, action, from, to, reason));
    }
}
