package vn.thiduaso.award.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Prerequisite;
import vn.thiduaso.award.domain.RuleStandard;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRuleRepository;
import vn.thiduaso.award.repository.AwardRuleSetRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Versioned award rules (bộ quy tắc khen thưởng): which version is in force on a date, the rule of a
 * form under a version, and new versions added by an administrator. Other services of award-service
 * (nominations, decisions) ask {@link #inForceOn(LocalDate)} and {@link #rule(UUID, String)}.
 */
@ApplicationScoped
public class RuleSetService {

    /** A rule set with its rules (in catalogue order), whether it is in force today, and the form names. */
    public record RuleSetDetail(AwardRuleSet ruleSet, List<AwardRule> rules, boolean inForce,
            Map<String, String> formNames) {
    }

    /** A new version of the rules as the administrator sends it. */
    public record NewRuleSet(String code, String name, String legalBasis, LocalDate effectiveFrom, List<NewRule> rules) {
    }

    public record NewRule(String formCode, DecidingAuthority decidingAuthority, List<NomineeKind> recipientKinds,
            List<RuleStandard> standards, int minIntervalYears, List<Prerequisite> prerequisites,
            int voteThresholdPercent, int postingWorkingDays, Map<NomineeKind, BigDecimal> cashCoefficients) {
    }

    private static final Set<String> PREREQUISITE_KINDS = Set.of(Prerequisite.CONSECUTIVE_YEARS,
            Prerequisite.REGISTERED, Prerequisite.CLUSTER_RANK_AT_MOST);

    private final AwardRuleSetRepository ruleSets;
    private final AwardRuleRepository rules;
    private final AwardFormRepository forms;
    private final AccessPolicy policy;
    private final Clock clock;

    public RuleSetService(AwardRuleSetRepository ruleSets, AwardRuleRepository rules, AwardFormRepository forms,
            AccessPolicy policy, Clock clock) {
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.forms = forms;
        this.policy = policy;
        this.clock = clock;
    }

    /** The rule set in force on a date (404 problem when the date is before every rule set). */
    @Transactional
    public AwardRuleSet inForceOn(LocalDate date) {
        return findInForceOn(date)
                .orElseThrow(() -> new NotFoundException("Không có bộ quy tắc khen thưởng nào có hiệu lực vào ngày "
                        + date.format(VietnamTime.DATE)));
    }

    /** The rule of a form under a rule set. */
    @Transactional
    public Optional<AwardRule> rule(UUID ruleSetId, String formCode) {
        return rules.ofForm(ruleSetId, formCode);
    }

    /** The rule set in force on a date: the latest whose effective date is on or before it, if any. */
    @Transactional
    public Optional<AwardRuleSet> findInForceOn(LocalDate date) {
        return ruleSets.inForceOn(date);
    }

    /**
     * The rule a nomination is handled under: the rule of its form in the rule set it was checked under (stamped
     * on submit), else in the rule set in force on {@code on} (a draft). Council, posting, decisions and
     * forwarding all ask this.
     */
    @Transactional
    public Optional<AwardRule> ruleOf(Nomination n, LocalDate on) {
        return n.ruleSetId != null ? rule(n.ruleSetId, n.formCode) : ruleInForceOn(on, n.formCode);
    }

    /** {@link #ruleOf(Nomination, LocalDate)} for today on the award clock. */
    @Transactional
    public Optional<AwardRule> ruleOf(Nomination n) {
        return ruleOf(n, today());
    }

    /** The rule of a form under the rule set in force on a date, if there is one. */
    @Transactional
    public Optional<AwardRule> ruleInForceOn(LocalDate date, String formCode) {
        return findInForceOn(date).flatMap(s -> rule(s.id, formCode));
    }

    /** Today in Vietnam, on the award clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
    }

    @Transactional
    public PageResponse<RuleSetDetail> list(CallerScope caller, int page, int size) {
        policy.require(caller, Action.READ_RULE_SETS, Target.CATALOGUE);
        PanacheQuery<AwardRuleSet> query = ruleSets.newestFirst().page(Page.of(page, size));
        List<AwardRuleSet> found = query.list();
        return new PageResponse<>(details(found), page, size, query.count());
    }

    @Transactional
    public RuleSetDetail get(CallerScope caller, UUID id) {
        policy.require(caller, Action.READ_RULE_SETS, Target.CATALOGUE);
        AwardRuleSet set = ruleSets.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy bộ quy tắc khen thưởng"));
        return details(List.of(set)).get(0);
    }

    @Transactional
    public RuleSetDetail getInForce(CallerScope caller, LocalDate on) {
        policy.require(caller, Action.READ_RULE_SETS, Target.CATALOGUE);
        return details(List.of(inForceOn(on != null ? on : today()))).get(0);
    }

    /** Adds a version of the rules; its effective date and code are unique (409). */
    @Transactional
    public RuleSetDetail create(CallerScope caller, NewRuleSet request) {
        policy.require(caller, Action.MANAGE_RULE_SETS, Target.CATALOGUE);
        validate(request);
        String code = request.code().strip();
        if (ruleSets.byCode(code).isPresent()) {
            throw new ConflictException("Đã có bộ quy tắc khen thưởng với mã " + code);
        }
        if (ruleSets.byEffectiveFrom(request.effectiveFrom()).isPresent()) {
            throw new ConflictException("Đã có bộ quy tắc khen thưởng có hiệu lực từ ngày "
                    + request.effectiveFrom().format(VietnamTime.DATE));
        }
        AwardRuleSet set = new AwardRuleSet();
        set.id = UUID.randomUUID();
        set.code = code;
        set.name = request.name().strip();
        set.legalBasis = request.legalBasis() == null || request.legalBasis().isBlank() ? null : request.legalBasis().strip();
        set.effectiveFrom = request.effectiveFrom();
        set.createdAt = Instant.now(clock);
        set.createdBy = caller.username();
        ruleSets.persist(set);
        for (NewRule r : request.rules()) {
            AwardRule rule = new AwardRule();
            rule.id = UUID.randomUUID();
            rule.ruleSetId = set.id;
            rule.formCode = r.formCode().strip();
            rule.decidingAuthority = r.decidingAuthority();
            rule.recipientKinds = new ArrayList<>(r.recipientKinds());
            rule.standards = new ArrayList<>(r.standards() == null ? List.of() : r.standards());
            rule.minIntervalYears = r.minIntervalYears();
            rule.prerequisites = new ArrayList<>(r.prerequisites() == null ? List.of() : r.prerequisites());
            rule.voteThresholdPercent = r.voteThresholdPercent();
            rule.postingWorkingDays = r.postingWorkingDays();
            rule.cashCoefficients = new EnumMap<>(NomineeKind.class);
            if (r.cashCoefficients() != null) {
                rule.cashCoefficients.putAll(r.cashCoefficients());
            }
            rules.persist(rule);
        }
        rules.flush();
        return details(List.of(set)).get(0);
    }

    /** Domain checks beyond Bean Validation: forms of the catalogue, each once; consistent kinds; known prerequisites. */
    private void validate(NewRuleSet request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.rules().size(); i++) {
            NewRule r = request.rules().get(i);
            String at = "rules[" + i + "]";
            String code = r.formCode().strip();
            if (forms.findByCode(code).isEmpty()) {
                errors.add(new Problem.FieldError(at + ".formCode", "Không có hình thức khen thưởng mã " + code));
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError(at + ".formCode", "Hình thức " + code + " đã có quy tắc ở trên"));
            }
            if (r.cashCoefficients() != null) {
                for (NomineeKind kind : r.cashCoefficients().keySet()) {
                    if (!r.recipientKinds().contains(kind)) {
                        errors.add(new Problem.FieldError(at + ".cashCoefficients." + kind,
                                "Hệ số tiền thưởng cho đối tượng không được khen thưởng bằng hình thức này"));
                    }
                }
            }
            List<Prerequisite> prerequisites = r.prerequisites() == null ? List.of() : r.prerequisites();
            for (int j = 0; j < prerequisites.size(); j++) {
                Prerequisite p = prerequisites.get(j);
                String pat = at + ".prerequisites[" + j + "]";
                if (p == null || p.kind() == null || !PREREQUISITE_KINDS.contains(p.kind())) {
                    errors.add(new Problem.FieldError(pat + ".kind",
                            "Điều kiện phải là CONSECUTIVE_YEARS, REGISTERED hoặc CLUSTER_RANK_AT_MOST"));
                } else if (Prerequisite.CONSECUTIVE_YEARS.equals(p.kind())
                        && (p.formCode() == null || p.years() == null || p.years() < 1)) {
                    errors.add(new Problem.FieldError(pat + ".years",
                            "Điều kiện số năm liên tục cần mã hình thức và số năm từ 1 trở lên"));
                } else if (Prerequisite.CLUSTER_RANK_AT_MOST.equals(p.kind()) && (p.rank() == null || p.rank() < 1)) {
                    errors.add(new Problem.FieldError(pat + ".rank", "Thứ hạng trong khối phải từ 1 trở lên"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private List<RuleSetDetail> details(List<AwardRuleSet> sets) {
        Map<UUID, List<AwardRule>> bySet = new HashMap<>();
        rules.ofRuleSets(sets.stream().map(s -> s.id).toList())
                .forEach(r -> bySet.computeIfAbsent(r.ruleSetId, k -> new ArrayList<>()).add(r));
        Map<String, AwardForm> catalogue = new HashMap<>();
        forms.listAll().forEach(f -> catalogue.put(f.code, f));
        Map<String, String> names = new HashMap<>();
        catalogue.forEach((code, f) -> names.put(code, f.name));
        UUID inForce = ruleSets.inForceOn(today()).map(s -> s.id).orElse(null);
        return sets.stream().map(s -> {
            List<AwardRule> list = new ArrayList<>(bySet.getOrDefault(s.id, List.of()));
            list.sort((a, b) -> Integer.compare(rank(catalogue, a.formCode), rank(catalogue, b.formCode)));
            return new RuleSetDetail(s, list, s.id.equals(inForce), names);
        }).toList();
    }

    private static int rank(Map<String, AwardForm> catalogue, String code) {
        AwardForm f = catalogue.get(code);
        return f == null ? Integer.MAX_VALUE : f.rank;
    }
}
