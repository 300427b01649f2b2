package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Phong trào thi đua: launched nationally, by a province/city or by a commune; plans implement it. */
@Entity
@Table(name = "movement")
public class Movement {

    public enum Level { NATIONAL, PROVINCE_CITY, COMMUNE }

    public enum Method { THEMATIC, REGULAR_YEARLY }

    public record Phase(String name, Integer startYear, Integer endYear, String reviewKind, Integer reviewYear) {
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "document_issuer")
    public String documentIssuer;

    @Column(columnDefinition = "text")
    public String scope;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    @Enumerated(EnumType.STRING)
    public Method method;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Phase> phases = new ArrayList<>();

    @Column(name = "parent_movement_id")
    public UUID parentMovementId;

    @Column(name = "owner_unit_id")
    public UUID ownerUnitId;

    @Column(name = "owner_unit_path")
    public String ownerUnitPath;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
