package vn.thiduaso.award.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * In phôi: where each printed field sits on a commune's blank certificate (phôi Giấy khen) of one
 * form, in millimetres from the top-left corner of the page. The office sets it once per form.
 */
@Entity
@Table(name = "certificate_layout")
public class CertificateLayout {

    /** The fields a certificate prints, in the order they are drawn. */
    public enum Field {
        recipient, achievement, decisionNumber, decisionDate, signer
    }

    /** A field's box: top-left corner (x, y), the width lines wrap within, the font size in points. */
    public record Box(BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal fontSize) {
    }

    @Id
    public UUID id;

    @Column(name = "commune_id", nullable = false)
    public UUID communeId;

    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    @Column(name = "page_width_mm", nullable = false)
    public int pageWidthMm;

    @Column(name = "page_height_mm", nullable = false)
    public int pageHeightMm;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<Field, Box> fields = new LinkedHashMap<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
