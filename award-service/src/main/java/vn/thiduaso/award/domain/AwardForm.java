package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Hình thức khen thưởng: one entry of the catalogue a plan offers, highest first by {@link #rank}. */
@Entity
@Table(name = "award_form")
public class AwardForm {

    @Id
    public UUID id;

    /** Stable slug, e.g. {@code bang-khen-thu-tuong}; statistics and imports refer to it. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    /** Whose decision it is: only {@link AwardLevel#COMMUNE} forms are decided by the commune itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_level", nullable = false)
    public AwardLevel decidingLevel;

    /** Who the form may be given to. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_form_recipient_kind", joinColumns = @JoinColumn(name = "form_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public Set<RecipientKind> recipientKinds = EnumSet.noneOf(RecipientKind.class);

    /** Ordering: a smaller rank is a higher form. */
    @Column(nullable = false)
    public int rank;

    /** Inactive forms stay for history but are no longer offered. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;

    /** The commune proposes and forwards the nomination to a higher level. */
    public boolean forwarded() {
        return decidingLevel != AwardLevel.COMMUNE;
    }
}
