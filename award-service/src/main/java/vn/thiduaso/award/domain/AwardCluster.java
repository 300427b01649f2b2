package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Khối thi đua as plan-service publishes it (ClusterUpserted v1): refreshed only by its consumer. */
@Entity
@Table(name = "award_cluster")
public class AwardCluster {

    @Id
    public UUID id;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int year;

    @Column(name = "head_unit_id")
    public UUID headUnitId;

    @Column(name = "deputy_unit_id")
    public UUID deputyUnitId;

    @Convert(converter = UuidListArrayConverter.class)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_unit_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> memberUnitIds = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
