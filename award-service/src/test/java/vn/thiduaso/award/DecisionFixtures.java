package vn.thiduaso.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.BaseSalary;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.AwardRuleRepository;
import vn.thiduaso.award.repository.AwardRuleSetRepository;
import vn.thiduaso.award.repository.BaseSalaryRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.NominationRepository;

/**
 * The rows that rounds, nominations and the council would have written before posting: a rule set with
 * the commune's Giấy khen (5 working days, 0.3/0.6 of the base salary) and a province form, the base
 * salary, the commune in the directory, a round and PASSED nominations. Inserted through repositories.
 */
@ApplicationScoped
public class DecisionFixtures {

    public static final String GIAY_KHEN = "giay-khen-chu-tich-ubnd-xa";
    public static final String BANG_KHEN_TINH = "bang-khen-chu-tich-ubnd-tinh";
    public static final long BASE_SALARY = 2_340_000L;

    private final AwardRuleSetRepository ruleSets;
    private final AwardRuleRepository rules;
    private final BaseSalaryRepository salaries;
    private final DirectoryUnitRepository units;
    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;

    public DecisionFixtures(AwardRuleSetRepository ruleSets, AwardRuleRepository rules, BaseSalaryRepository salaries,
            DirectoryUnitRepository units, AwardRoundRepository rounds, NominationRepository nominations) {
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.salaries = salaries;
        this.units = units;
        this.rounds = rounds;
        this.nominations = nominations;
    }

    public record Round(Commune commune, UUID roundId, UUID ruleSetId, String communeCode) {
    }

    /** The test rule set (code TEST-DECISIONS), created once per database. */
    @Transactional
    public UUID ruleSet() {
        AwardRuleSet existing = ruleSets.find("code", "TEST-DECISIONS").firstResult();
        if (existing != null) {
            return existing.id;
        }
        AwardRuleSet s = new AwardRuleSet();
        s.id = UUID.randomUUID();
        s.code = "TEST-DECISIONS";
        s.name = "Quy định thử nghiệm";
        s.effectiveFrom = LocalDate.of(2001, 1, 1);
        s.createdAt = Instant.now();
        s.createdBy = "test";
        ruleSets.persist(s);
        rules.persist(rule(s.id, GIAY_KHEN, DecidingAuthority.COMMUNE_CHAIRMAN, 5));
        rules.persist(rule(s.id, BANG_KHEN_TINH, DecidingAuthority.PROVINCE_CHAIRMAN, 7));
        if (salaries.findById(LocalDate.of(2024, 7, 1)) == null) {
            BaseSalary b = new BaseSalary();
            b.effectiveFrom = LocalDate.of(2024, 7, 1);
            b.amountVnd = BASE_SALARY;
            b.legalBasis = "Nghị định 73/2024/NĐ-CP";
            salaries.persist(b);
        }
        return s.id;
    }

    private static AwardRule rule(UUID setId, String form, DecidingAuthority authority, int postingDays) {
        AwardRule r = new AwardRule();
        r.id = UUID.randomUUID();
        r.ruleSetId = setId;
        r.formCode = form;
        r.decidingAuthority = authority;
        r.recipientKinds = new ArrayList<>(List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD));
        r.voteThresholdPercent = 50;
        r.postingWorkingDays = postingDays;
        r.cashCoefficients = new java.util.EnumMap<>(Map.of(NomineeKind.INDIVIDUAL, new BigDecimal("0.3"),
                NomineeKind.HOUSEHOLD, new BigDecimal("0.3"), NomineeKind.COLLECTIVE, new BigDecimal("0.6")));
        return r;
    }

    /** The commune (with a unit code) and its village in the directory, and an open round of the year. */
    @Transactional
    public Round round(Commune c) {
        UUID setId = ruleSet();
        String code = "xa-" + c.key();
        unit(c.commune().id(), code, c.commune().name(), "COMMUNE", c.commune().path());
        unit(c.village().id(), "thon-dong-" + c.key(), c.village().name(), "VILLAGE", c.village().path());
        AwardRound r = new AwardRound();
        r.id = UUID.randomUUID();
        r.communeId = c.commune().id();
        r.communePath = c.commune().path();
        r.communeName = c.commune().name();
        r.occasion = RoundOccasion.ANNUAL;
        r.method = AwardMethod.REGULAR;
        r.year = 2025;
        r.title = "Khen thưởng năm 2025 " + c.key();
        r.movementTitle = "Phong trào thi đua năm 2025";
        r.nominationDeadline = Instant.now().plus(10, ChronoUnit.DAYS);
        r.status = RoundStatus.OPEN;
        r.formCodes = new ArrayList<>(List.of(GIAY_KHEN, BANG_KHEN_TINH));
        r.createdAt = Instant.now();
        r.createdBy = "test";
        r.updatedAt = Instant.now();
        rounds.persist(r);
        return new Round(c, r.id, setId, code);
    }

    private void unit(UUID id, String code, String name, String kind, String path) {
        DirectoryUnit u = new DirectoryUnit();
        u.id = id;
        u.code = code;
        u.name = name;
        u.kind = kind;
        u.path = path;
        u.updatedAt = Instant.now();
        units.persist(u);
    }

    /** An individual of the village nominated for {@code form}, passed by the council. */
    @Transactional
    public UUID passed(Round round, String name, String form) {
        return nomination(round, name, form, NomineeKind.INDIVIDUAL, NominationStatus.PASSED);
    }

    @Transactional
    public UUID nomination(Round round, String name, String form, NomineeKind kind, NominationStatus status) {
        Commune c = round.commune();
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.roundId = round.roundId();
        n.formCode = form;
        n.ruleSetId = round.ruleSetId();
        n.ruleSetCode = "TEST-DECISIONS";
        n.nominatingUnitId = c.village().id();
        n.nominatingUnitPath = c.village().path();
        n.nominatingUnitName = c.village().name();
        n.communePath = c.commune().path();
        n.nomineeKind = kind;
        n.nomineeName = name;
        n.nomineeKey = kind + ":" + name.toLowerCase() + ":" + n.id;
        n.nominee = new Nominee(name, LocalDate.of(1985, 3, 12), "FEMALE", "Trưởng thôn", null, c.village().name(), null,
                "Số 5 đường Làng, " + c.village().name(), null, null, null, null);
        n.achievements = "Vận động 120 hộ dân tham gia xây dựng nông thôn mới kiểu mẫu.";
        n.status = status;
        n.createdAt = Instant.now();
        n.createdBy = "test";
        n.updatedAt = Instant.now();
        nominations.persist(n);
        return n.id;
    }

    @Transactional
    public NominationStatus status(UUID nominationId) {
        return nominations.findById(nominationId).status;
    }
}
