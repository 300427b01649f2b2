package vn.thiduaso.award.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.CertificateLayout;
import vn.thiduaso.award.domain.CertificateLayout.Box;
import vn.thiduaso.award.domain.CertificateLayout.Field;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.repository.CertificateLayoutRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.award.service.CertificatePrinter.Certificate;
import vn.thiduaso.platform.document.Nd30;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;

/** In phôi: the office sets where each field of a form's certificate sits, and prints decided awards onto it. */
@ApplicationScoped
public class CertificateService {

    public record LayoutCommand(int pageWidthMm, int pageHeightMm, Map<Field, Box> fields, Long version) {
    }

    /** A printed file: its name and PDF bytes. */
    public record Printed(String fileName, byte[] pdf) {
    }

    private final CertificateLayoutRepository layouts;
    private final AwardRecordRepository records;
    private final AwardFormRepository forms;
    private final DirectoryUnitRepository units;
    private final CertificatePrinter printer;
    private final AccessPolicy policy;
    private final Clock clock;

    public CertificateService(CertificateLayoutRepository layouts, AwardRecordRepository records, AwardFormRepository forms,
            DirectoryUnitRepository units, CertificatePrinter printer, AccessPolicy policy, Clock clock) {
        this.layouts = layouts;
        this.records = records;
        this.forms = forms;
        this.units = units;
        this.printer = printer;
        this.policy = policy;
        this.clock = clock;
    }

    /** Sets the layout of a form for the office's commune (the commune is the office's scope). */
    @Transactional
    public CertificateLayout put(CallerScope caller, String formCode, LayoutCommand c) {
        policy.requireRole(caller, Action.MANAGE_CERTIFICATE_LAYOUT);
        DirectoryUnit commune = units.find("path", caller.scopePath()).firstResultOptional()
                .orElseThrow(() -> new ConflictException("Chưa có dữ liệu xã của bạn (đơn vị " + caller.scopePath() + ")"));
        if (forms.findByCode(formCode).isEmpty()) {
            throw new InvalidFieldException("formCode", "Không có hình thức khen thưởng mã " + formCode);
        }
        for (Field f : Field.values()) {
            Box b = c.fields() == null ? null : c.fields().get(f);
            String name = "fields." + f.name();
            if (b == null || b.x() == null || b.y() == null || b.width() == null || b.fontSize() == null) {
                throw new InvalidFieldException(name, "Cần vị trí (x, y), độ rộng và cỡ chữ");
            }
            if (b.x().signum() < 0 || b.x().add(b.width()).compareTo(BigDecimal.valueOf(c.pageWidthMm())) > 0) {
                throw new InvalidFieldException(name + ".width", "Ô chữ phải nằm trong chiều rộng trang (" + c.pageWidthMm() + " mm)");
            }
            if (b.width().signum() <= 0) {
                throw new InvalidFieldException(name + ".width", "Độ rộng phải lớn hơn 0");
            }
            if (b.y().signum() < 0 || b.y().compareTo(BigDecimal.valueOf(c.pageHeightMm())) >= 0) {
                throw new InvalidFieldException(name + ".y", "Ô chữ phải nằm trong chiều cao trang (" + c.pageHeightMm() + " mm)");
            }
            if (b.fontSize().compareTo(BigDecimal.valueOf(4)) < 0 || b.fontSize().compareTo(BigDecimal.valueOf(96)) > 0) {
                throw new InvalidFieldException(name + ".fontSize", "Cỡ chữ từ 4 đến 96 pt");
            }
        }
        CertificateLayout l = layouts.of(commune.id, formCode).orElse(null);
        if (l == null) {
            l = new CertificateLayout();
            l.id = UUID.randomUUID();
            l.communeId = commune.id;
            l.communePath = commune.path;
            l.formCode = formCode;
        } else if (c.version() != null && c.version() != l.version) {
            throw new StaleVersionException(l.version);
        }
        l.pageWidthMm = c.pageWidthMm();
        l.pageHeightMm = c.pageHeightMm();
        l.fields = new EnumMap<>(c.fields());
        l.updatedAt = clock.instant();
        l.updatedBy = caller.username();
        if (!layouts.isPersistent(l)) {
            layouts.persist(l);
        }
        layouts.flush();
        return l;
    }

    @Transactional
    public PageResponse<CertificateLayout> list(CallerScope caller) {
        policy.requireRole(caller, Action.READ_CERTIFICATE_LAYOUTS);
        List<CertificateLayout> all = layouts.inScope(caller.scopePath());
        return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @Transactional
    public Printed ofRecord(CallerScope caller, UUID recordId) {
        policy.requireRole(caller, Action.PRINT_CERTIFICATE);
        AwardRecord r = records.findByIdOptional(recordId)
                .filter(x -> policy.allows(AccessPolicy.Caller.of(caller), Action.PRINT_CERTIFICATE, Target.unit(x.communePath)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy khen thưởng"));
        if (r.annulled()) {
            throw new ConflictException("Khen thưởng đã bị hủy, không in giấy khen");
        }
        CertificateLayout l = layoutFor(r);
        return new Printed("Giay-khen-" + r.id.toString().substring(0, 8) + ".pdf", printer.print(l, List.of(certificate(r))));
    }

    @Transactional
    public Printed ofDecision(CallerScope caller, UUID decisionId) {
        policy.requireRole(caller, Action.PRINT_CERTIFICATE);
        String path = layouts.decisionCommunePath(decisionId)
                .filter(p -> policy.allows(AccessPolicy.Caller.of(caller), Action.PRINT_CERTIFICATE, Target.unit(p)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy quyết định"));
        List<AwardRecord> list = layouts.recordsOfDecision(decisionId).stream().map(records::findById).toList();
        if (list.isEmpty()) {
            throw new ConflictException("Quyết định chưa được ký hoặc không còn khen thưởng nào để in (" + path + ")");
        }
        if (list.stream().map(x -> x.formCode).distinct().count() > 1) {
            throw new ConflictException("Quyết định gồm nhiều hình thức khen thưởng; in từng giấy khen theo khen thưởng");
        }
        CertificateLayout l = layoutFor(list.get(0));
        return new Printed("Giay-khen-quyet-dinh-" + decisionId.toString().substring(0, 8) + ".pdf",
                printer.print(l, list.stream().map(this::certificate).toList()));
    }

    private CertificateLayout layoutFor(AwardRecord r) {
        return layouts.of(r.communeId, r.formCode).orElseThrow(() -> new ConflictException(
                "Chưa đặt vị trí in phôi cho hình thức " + r.formName + "; đặt mẫu in phôi trước khi in"));
    }

    private Certificate certificate(AwardRecord r) {
        String[] signer = layouts.signerOf(r.id).orElse(new String[3]);
        String signerText = signer[1] != null ? signer[1] : signer[2];
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.recipient, r.nomineeName);
        values.put(Field.achievement, r.achievement);
        values.put(Field.decisionNumber, r.decisionNumber);
        values.put(Field.decisionDate, Nd30.placeAndDate(null, r.decisionDate));
        values.put(Field.signer, signerText);
        return new Certificate(values);
    }
}
