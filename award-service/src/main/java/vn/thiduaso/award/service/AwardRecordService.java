package vn.thiduaso.award.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKeys;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.repository.AwardRuleRepository;
import vn.thiduaso.award.repository.AwardRuleSetRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.Paged;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/** Tra cứu khen thưởng: the award history in scope, and awards decided before the system (imported). */
@ApplicationScoped
public class AwardRecordService {

    static final String NOT_FOUND = "Không tìm thấy khen thưởng";

    /** An award decided before the system, as the office types it from the paper decision. */
    public record PastAward(NomineeKind nomineeKind, String nomineeName, LocalDate dateOfBirth, String positionTitle,
            UUID unitId, String formCode, int year, String movementTitle, AwardMethod method, String decisionNumber,
            LocalDate decisionDate, DecidingAuthority decidingAuthority, Long cashAmountVnd, String achievement) {
    }

    private final AwardRecordRepository records;
    private final AwardFormRepository forms;
    private final AwardRuleSetRepository ruleSets;
    private final AwardRuleRepository rules;
    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;
    private final Clock clock;

    public AwardRecordService(AwardRecordRepository records, AwardFormRepository forms, AwardRuleSetRepository ruleSets,
            AwardRuleRepository rules, DirectoryUnitRepository units, AccessPolicy policy, Clock clock) {
        this.records = records;
        this.forms = forms;
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<AwardRecord> search(CallerScope caller, AwardRecordRepository.Search search, int page, int size) {
        policy.requireRole(caller, Action.READ_AWARD_RECORD);
        Paged<AwardRecord> found = records.search(caller.scopePath(), search, page, size);
        return new PageResponse<>(found.items(), page, size, found.total());
    }

    @Transactional
    public AwardRecord get(CallerScope caller, UUID id) {
        AwardRecord record = records.findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!policy.allows(AccessPolicy.Caller.of(caller), Action.READ_AWARD_RECORD, Target.unit(record.unitPath))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return record;
    }

    /** Imports a past award (source IMPORTED) for a unit of the office's commune; eligibility reads it like any other. */
    @Transactional
    public AwardRecord importPast(CallerScope caller, PastAward p) {
        policy.requireRole(caller, Action.IMPORT_AWARD_RECORD);
        DirectoryUnit unit = units.findById(p.unitId());
        if (unit == null || !policy.allows(AccessPolicy.Caller.of(caller), Action.IMPORT_AWARD_RECORD,
                Target.unit(unit.path))) {
            throw new InvalidFieldException("unitId", "Không tìm thấy đơn vị trong phạm vi của bạn");
        }
        AwardForm form = forms.findByCode(p.formCode().strip())
                .orElseThrow(() -> new InvalidFieldException("formCode", "Không có hình thức khen thưởng mã " + p.formCode()));
        if (p.decisionDate().getYear() < p.year()) {
            throw new InvalidFieldException("decisionDate", "Ngày quyết định không được trước năm khen thưởng");
        }
        if (p.nomineeKind() == NomineeKind.INDIVIDUAL && p.dateOfBirth() != null
                && !p.dateOfBirth().isBefore(p.decisionDate())) {
            throw new InvalidFieldException("dateOfBirth", "Ngày sinh phải trước ngày quyết định");
        }
        if (p.nomineeKind() != NomineeKind.COLLECTIVE && (p.nomineeName() == null || p.nomineeName().isBlank())) {
            throw new InvalidFieldException("nomineeName", "Cần họ tên (hoặc tên hộ gia đình, sáng kiến) người được khen thưởng");
        }
        DirectoryUnit commune = communeOf(unit);
        AwardRecord r = new AwardRecord();
        r.id = UUID.randomUUID();
        r.communeId = commune == null ? null : commune.id;
        r.communePath = commune == null ? caller.scopePath() : commune.path;
        r.unitId = unit.id;
        r.unitPath = unit.path;
        r.unitName = unit.name;
        r.nomineeKind = p.nomineeKind();
        r.nomineeName = p.nomineeKind() == NomineeKind.COLLECTIVE && (p.nomineeName() == null || p.nomineeName().isBlank())
                ? unit.name : p.nomineeName().strip();
        r.nomineeKey = NomineeKeys.of(p.nomineeKind(), nominee(p, r.nomineeName, unit));
        r.dateOfBirth = p.dateOfBirth();
        r.positionTitle = blankToNull(p.positionTitle());
        r.formCode = form.code;
        r.formName = form.name;
        r.formRank = form.rank;
        r.year = p.year();
        r.movementTitle = blankToNull(p.movementTitle());
        r.method = p.method();
        r.achievement = blankToNull(p.achievement());
        r.decisionNumber = blankToNull(p.decisionNumber());
        r.decisionDate = p.decisionDate();
        r.decidingAuthority = p.decidingAuthority() != null ? p.decidingAuthority() : authorityOf(form, p.decisionDate());
        r.cashAmountVnd = p.cashAmountVnd();
        r.source = AwardRecord.Source.IMPORTED;
        r.createdAt = Instant.now(clock);
        records.persist(r);
        records.flush();
        return r;
    }

    /** The nominee's identity the double-award detector and eligibility use. */
    private static Nominee nominee(PastAward p, String name, DirectoryUnit unit) {
        return switch (p.nomineeKind()) {
            case INDIVIDUAL -> new Nominee(name, p.dateOfBirth(), null, p.positionTitle(), unit.id, unit.name, null, null,
                    null, null, null, null);
            case COLLECTIVE -> new Nominee(null, null, null, null, unit.id, name, null, null, null, null, null, null);
            case HOUSEHOLD -> new Nominee(null, null, null, null, unit.id, unit.name, householdHead(name), unit.name,
                    null, null, null, null);
            case INITIATIVE -> new Nominee(null, null, null, null, unit.id, unit.name, null, null, name, null, null, null);
        };
    }

    private static String householdHead(String name) {
        return name.replaceFirst("(?i)^hộ gia đình\\s+", "");
    }

    /** The nearest commune or ward at or above the unit, from the directory. */
    private DirectoryUnit communeOf(DirectoryUnit unit) {
        DirectoryUnit u = unit;
        for (int depth = 0; u != null && depth < 10; depth++) {
            if ("COMMUNE".equals(u.kind) || "WARD".equals(u.kind)) {
                return u;
            }
            u = u.parentId == null ? null : units.findById(u.parentId);
        }
        return null;
    }

    private DecidingAuthority authorityOf(AwardForm form, LocalDate on) {
        return ruleSets.inForceOn(on).or(() -> ruleSets.newestFirst().firstResultOptional())
                .flatMap(set -> rules.ofForm(set.id, form.code))
                .map(rule -> rule.decidingAuthority)
                .orElse(switch (form.decidingLevel) {
                    case COMMUNE -> DecidingAuthority.COMMUNE_CHAIRMAN;
                    case PROVINCE -> DecidingAuthority.PROVINCE_CHAIRMAN;
                    case GOVERNMENT -> DecidingAuthority.PRIME_MINISTER;
                    default -> DecidingAuthority.PRESIDENT;
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
