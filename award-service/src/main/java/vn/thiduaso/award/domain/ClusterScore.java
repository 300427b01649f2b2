package vn.thiduaso.award.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member's year-end score and rank in its cluster (chấm điểm, xếp hạng khối thi đua). */
@Entity
@Table(name = "cluster_score")
@IdClass(ClusterScore.Key.class)
public class ClusterScore {

    public record Key(UUID clusterId, UUID unitId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "cluster_id")
    public UUID clusterId;

    @Id
    @Column(name = "unit_id")
    public UUID unitId;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public int rank;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    @Column(name = "scored_by", nullable = false)
    public String scoredBy;
}
