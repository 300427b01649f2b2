package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit of the administrative tree (đơn vị), addressed by its materialised path. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public UUID id;

    /** Slug, unique among siblings; the last segment of {@link #path}. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    /** E.g. {@code /hai-phong/kien-an/phong-vhxh}. */
    @Column(nullable = false, unique = true)
    public String path;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
