package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.audit.AuditListener;

/** Khối thi đua: units of one commune that compete together in one year, led by a head and a deputy unit. */
@Entity
@Table(name = "cluster")
@EntityListeners(AuditListener.class)
public class Cluster {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(nullable = false)
    public int year;

    @Column(name = "head_unit_id")
    public UUID headUnitId;

    @Column(name = "deputy_unit_id")
    public UUID deputyUnitId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_unit_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> memberUnitIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
