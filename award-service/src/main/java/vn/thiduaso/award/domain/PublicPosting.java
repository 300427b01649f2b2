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
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * Công khai: the passed nominations of a round shown to the public for the rule set's window in working
 * days. Objections are taken from posting until {@link #endsOn}; a decision may be signed from the next
 * day on.
 */
@Entity
@Table(name = "public_posting")
public class PublicPosting {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(name = "commune_name")
    public String communeName;

    @Column(nullable = false)
    public String title;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Column(name = "posted_by", nullable = false)
    public String postedBy;

    /** The first working day after the posting day. */
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /** The last working day of the window. */
    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "working_days", nullable = false)
    public int workingDays;

    /** The nominations posted, in the order shown. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "public_posting_item", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "position")
    @Column(name = "nomination_id", nullable = false)
    public List<UUID> nominationIds = new ArrayList<>();

    /**
     * The public may object from the moment of posting up to and including the window's last working day
     * (Vietnam's date).
     */
    public boolean windowOpen(LocalDate today) {
        return !today.isAfter(endsOn);
    }

    /** The window has ended: a decision on its nominations may be made. */
    public boolean windowEnded(LocalDate today) {
        return today.isAfter(endsOn);
    }
}
