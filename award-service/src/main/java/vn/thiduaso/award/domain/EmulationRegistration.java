package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Đăng ký thi đua: the award forms (titles) a unit competes for in a year, registered at the start of it. */
@Entity
@Table(name = "emulation_registration")
public class EmulationRegistration {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name")
    public String unitName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_codes", nullable = false, columnDefinition = "jsonb")
    public List<String> formCodes = new ArrayList<>();

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
