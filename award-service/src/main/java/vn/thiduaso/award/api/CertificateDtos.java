package vn.thiduaso.award.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.thiduaso.award.domain.CertificateLayout;
import vn.thiduaso.award.domain.CertificateLayout.Box;
import vn.thiduaso.award.domain.CertificateLayout.Field;
import vn.thiduaso.award.service.CertificateService;

/** Request and response records of /api/v1/certificate-layouts. */
public final class CertificateDtos {

    /** A field's box in millimetres from the page's top-left corner; the font size in points. */
    public record FieldBox(@NotNull(message = "Cần x (mm)") BigDecimal x, @NotNull(message = "Cần y (mm)") BigDecimal y,
            @NotNull(message = "Cần độ rộng (mm)") BigDecimal width,
            @NotNull(message = "Cần cỡ chữ (pt)") BigDecimal fontSize) {

        Box toBox() {
            return new Box(x, y, width, fontSize);
        }

        static FieldBox of(Box b) {
            return b == null ? null : new FieldBox(b.x(), b.y(), b.width(), b.fontSize());
        }
    }

    public record LayoutFields(@Valid @NotNull(message = "Cần vị trí tên người/tập thể được khen") FieldBox recipient,
            @Valid @NotNull(message = "Cần vị trí thành tích") FieldBox achievement,
            @Valid @NotNull(message = "Cần vị trí số quyết định") FieldBox decisionNumber,
            @Valid @NotNull(message = "Cần vị trí ngày quyết định") FieldBox decisionDate,
            @Valid @NotNull(message = "Cần vị trí người ký") FieldBox signer) {

        Map<Field, Box> toMap() {
            Map<Field, Box> m = new EnumMap<>(Field.class);
            m.put(Field.recipient, recipient.toBox());
            m.put(Field.achievement, achievement.toBox());
            m.put(Field.decisionNumber, decisionNumber.toBox());
            m.put(Field.decisionDate, decisionDate.toBox());
            m.put(Field.signer, signer.toBox());
            return m;
        }

        static LayoutFields of(Map<Field, Box> m) {
            return new LayoutFields(FieldBox.of(m.get(Field.recipient)), FieldBox.of(m.get(Field.achievement)),
                    FieldBox.of(m.get(Field.decisionNumber)), FieldBox.of(m.get(Field.decisionDate)),
                    FieldBox.of(m.get(Field.signer)));
        }
    }

    public record LayoutRequest(
            @Min(value = 50, message = "Chiều rộng trang từ 50 đến 1000 mm") @Max(value = 1000, message = "Chiều rộng trang từ 50 đến 1000 mm") int pageWidthMm,
            @Min(value = 50, message = "Chiều cao trang từ 50 đến 1000 mm") @Max(value = 1000, message = "Chiều cao trang từ 50 đến 1000 mm") int pageHeightMm,
            @Valid @NotNull(message = "Cần vị trí các ô in") LayoutFields fields,
            Long version) {

        CertificateService.LayoutCommand toCommand() {
            return new CertificateService.LayoutCommand(pageWidthMm, pageHeightMm, fields.toMap(), version);
        }
    }

    public record LayoutView(UUID id, UUID communeId, String formCode, int pageWidthMm, int pageHeightMm,
            LayoutFields fields, Instant updatedAt, String updatedBy, long version) {

        static LayoutView of(CertificateLayout l) {
            return new LayoutView(l.id, l.communeId, l.formCode, l.pageWidthMm, l.pageHeightMm, LayoutFields.of(l.fields),
                    l.updatedAt, l.updatedBy, l.version);
        }
    }

    private CertificateDtos() {
    }
}
