package vn.thiduaso.award.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.problem.ConflictException;

/**
 * Quyết định khen thưởng of the commune chairman (Giấy khen): drafted by the office, signed by a
 * leader, numbered N/QĐ-UBND gap-free per commune and calendar year of the decision date at signing.
 */
@Entity
@Table(name = "award_decision")
public class AwardDecision {

    @Id
    public UUID id;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(name = "commune_name")
    public String communeName;

    /** The calendar year the number counts in (the decision date's once signed). */
    @Column(nullable = false)
    public int year;

    public Integer seq;

    public String number;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "drafted_by", nullable = false)
    public String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** The nominations decided, in the order of the list attached to the decision. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_decision_item", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "nomination_id", nullable = false)
    public List<UUID> nominationIds = new ArrayList<>();

    @Version
    public long version;

    public void requireDraft() {
        if (status != DecisionStatus.DRAFT) {
            throw new ConflictException("Quyết định số " + number + " đã ký, không thể sửa");
        }
    }

    /** Signs the draft: its number, date and signer are fixed from now on. */
    public void sign(int seq, LocalDate decisionDate, String by, String signerName, String signerTitle, Instant at) {
        requireDraft();
        this.seq = seq;
        this.number = seq + "/QĐ-UBND";
        this.year = decisionDate.getYear();
        this.decisionDate = decisionDate;
        this.status = DecisionStatus.SIGNED;
        this.signedBy = by;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
        this.signedAt = at;
    }
}
