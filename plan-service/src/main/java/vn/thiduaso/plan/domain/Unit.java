package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.audit.AuditListener;

/** A unit of the administrative tree (đơn vị), addressed by its materialised path. */
@Entity
@Table(name = "unit")
@EntityListeners(AuditListener.class)
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

    /** Thủ trưởng đơn vị: name and title of the head of the unit. */
    @Column(name = "head_name")
    public String headName;

    @Column(name = "head_title")
    public String headTitle;

    public String email;

    public String phone;

    /** A unit once referenced is never deleted: it is deactivated (also when merged into another). */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
