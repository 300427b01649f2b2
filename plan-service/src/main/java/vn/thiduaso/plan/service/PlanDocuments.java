package vn.thiduaso.plan.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.plan.domain.AwardFormCode;
import vn.thiduaso.plan.domain.Movement;
import vn.thiduaso.plan.domain.PlanDiff;
import vn.thiduaso.plan.domain.PlanVersion;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.repository.AwardFormCodeRepository;
import vn.thiduaso.plan.repository.UnitRepository;
import vn.thiduaso.plan.service.PlanService.PlanView;
import vn.thiduaso.plan.service.document.PlanDocument;
import vn.thiduaso.plan.service.document.PlanDocumentRenderer;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * Reading a plan as an official document (DOCX, PDF in the ND30 layout) and comparing two of its
 * versions. Scope is PlanService's: both go through its reads, so nobody prints or compares a
 * version they could not read.
 */
@ApplicationScoped
public class PlanDocuments {

    public enum Format {
        DOCX, PDF
    }

    /** The versions compared and what changed between them, part by part. */
    public record VersionDiff(int from, int to, List<PlanDiff.PartChange> parts) {
    }

    private final PlanService plans;
    private final UnitRepository units;
    private final AwardFormCodeRepository awardForms;
    private final PlanDocumentRenderer renderer;

    public PlanDocuments(PlanService plans, UnitRepository units, AwardFormCodeRepository awardForms,
            PlanDocumentRenderer renderer) {
        this.plans = plans;
        this.units = units;
        this.awardForms = awardForms;
        this.renderer = renderer;
    }

    @Transactional
    public VersionDiff diff(CallerScope caller, UUID planId, int from, int to) {
        if (from == to) {
            throw new InvalidFieldException("to", "Cần chọn hai phiên bản khác nhau");
        }
        PlanVersion a = plans.version(caller, planId, from).version();
        PlanVersion b = plans.version(caller, planId, to).version();
        return new VersionDiff(from, to, PlanDiff.compare(top(a), a.content, top(b), b.content));
    }

    /** The document of one version ({@code null}: the version the caller sees by default). */
    @Transactional
    public byte[] render(CallerScope caller, UUID planId, Integer planVersion, Format format) {
        PlanView view = planVersion == null ? plans.get(caller, planId) : plans.version(caller, planId, planVersion);
        PlanDocument document = document(view);
        return format == Format.DOCX ? renderer.docx(document) : renderer.pdf(document);
    }

    /** File name without extension, e.g. {@code ke-hoach-12-KH-UBND} or {@code du-thao-ke-hoach}. */
    public static String fileName(String number) {
        return number == null || number.isBlank() ? "du-thao-ke-hoach" : "ke-hoach-" + number.replace('/', '-');
    }

    PlanDocument document(PlanView view) {
        PlanVersion v = view.version();
        Unit issuer = view.units().get(view.plan().issuingUnitId);
        Unit parent = issuer.parentId == null ? null : units.findById(issuer.parentId);
        // ND30: a commune's People's Committee heads its documents with its own name; a unit under the
        // commune names the commune above itself.
        String parentAuthority = parent == null || issuer.kind.isCommuneLevel() ? null : bodyName(parent.name);
        Map<UUID, String> unitNames = new HashMap<>();
        view.units().forEach((id, u) -> unitNames.put(id, u.name));
        Map<String, String> formNames = new HashMap<>();
        for (AwardFormCode f : awardForms.listAll()) {
            formNames.put(f.code, f.name);
        }
        return new PlanDocument(parentAuthority, bodyName(issuer.name), v.number, v.content.place(), v.issuedOn, v.title,
                v.summary, v.content, unitNames, view.movements().stream().map(m -> m.name).toList(), formNames);
    }

    /** "UBND phường Kiến An" → "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN". */
    static String bodyName(String name) {
        String full = name.replaceFirst("^UBND\\b", "Ủy ban nhân dân");
        return full.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static Map<String, Object> top(PlanVersion v) {
        Map<String, Object> top = new HashMap<>();
        top.put("title", v.title);
        top.put("summary", v.summary);
        return top;
    }
}
