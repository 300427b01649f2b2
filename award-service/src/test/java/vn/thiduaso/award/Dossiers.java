package vn.thiduaso.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.Communes.Unit;
import vn.thiduaso.award.domain.AcceptedReport;
import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardLevel;
import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.DirectoryUser;
import vn.thiduaso.award.domain.EmulationRegistration;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKeys;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Prerequisite;
import vn.thiduaso.award.domain.RecipientKind;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.award.domain.RuleStandard;
import vn.thiduaso.award.repository.AcceptedReportRepository;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.AwardRuleRepository;
import vn.thiduaso.award.repository.AwardRuleSetRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.DirectoryUserRepository;
import vn.thiduaso.award.service.RuleSetService;
import vn.thiduaso.award.repository.EmulationRegistrationRepository;

/**
 * What the nomination tests need around a dossier, written straight through the repositories (rounds,
 * rules, units, users, reports, award history and registrations belong to other use cases): two test
 * forms with their rules in the rule set in force today, a round per commune, the directory rows.
 */
@ApplicationScoped
public class Dossiers {

    /** A commune form: individuals, collectives, households; standards s1 (all) and s2 (individuals). */
    public static final String XA = "nom-test-xa";
    /** A higher form: 2-year interval, 2 consecutive years of {@link #XA}, registration. */
    public static final String TINH = "nom-test-tinh";
    public static final int YEAR = Year.now().getValue();

    private final AwardFormRepository forms;
    private final AwardRuleSetRepository ruleSets;
    private final AwardRuleRepository rules;
    private final AwardRoundRepository rounds;
    private final DirectoryUnitRepository units;
    private final DirectoryUserRepository users;
    private final AcceptedReportRepository reports;
    private final AwardRecordRepository records;
    private final EmulationRegistrationRepository registrations;
    private final RuleSetService ruleService;

    public Dossiers(AwardFormRepository forms, AwardRuleSetRepository ruleSets, AwardRuleRepository rules,
            AwardRoundRepository rounds, DirectoryUnitRepository units, DirectoryUserRepository users,
            AcceptedReportRepository reports, AwardRecordRepository records,
            EmulationRegistrationRepository registrations, RuleSetService ruleService) {
        this.forms = forms;
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.rounds = rounds;
        this.units = units;
        this.users = users;
        this.reports = reports;
        this.records = records;
        this.registrations = registrations;
        this.ruleService = ruleService;
    }

    /** The test forms and their rules in whatever rule set is in force today (one is made when none is). */
    @Transactional
    public synchronized void ensureRules() {
        form(XA, "Giấy khen thử nghiệm cấp xã", AwardLevel.COMMUNE, 900);
        form(TINH, "Bằng khen thử nghiệm cấp tỉnh", AwardLevel.PROVINCE, 800);
        AwardRuleSet set = ruleService.findInForceOn(LocalDate.now()).orElseGet(() -> {
            AwardRuleSet s = new AwardRuleSet();
            s.id = UUID.randomUUID();
            s.code = "TEST-NOMINATIONS";
            s.name = "Bộ quy định thử nghiệm";
            s.effectiveFrom = LocalDate.of(2000, 1, 1);
            s.createdAt = Instant.now();
            s.createdBy = "test";
            ruleSets.persist(s);
            return s;
        });
        if (ruleService.rule(set.id, XA).isEmpty()) {
            AwardRule r = rule(set, XA, DecidingAuthority.COMMUNE_CHAIRMAN);
            r.recipientKinds = List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD);
            r.standards = List.of(new RuleStandard("s1", "Hoàn thành tốt nhiệm vụ", List.of()),
                    new RuleStandard("s2", "Gương mẫu chấp hành chủ trương, chính sách", List.of(NomineeKind.INDIVIDUAL)));
            rules.persist(r);
        }
        if (ruleService.rule(set.id, TINH).isEmpty()) {
            AwardRule r = rule(set, TINH, DecidingAuthority.PROVINCE_CHAIRMAN);
            r.recipientKinds = List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE);
            r.standards = List.of(new RuleStandard("t1", "Có thành tích xuất sắc", List.of()));
            r.minIntervalYears = 2;
            r.prerequisites = List.of(new Prerequisite(Prerequisite.CONSECUTIVE_YEARS, XA, 2, null),
                    new Prerequisite(Prerequisite.REGISTERED, null, null, null));
            rules.persist(r);
        }
    }

    private static AwardRule rule(AwardRuleSet set, String code, DecidingAuthority authority) {
        AwardRule r = new AwardRule();
        r.id = UUID.randomUUID();
        r.ruleSetId = set.id;
        r.formCode = code;
        r.decidingAuthority = authority;
        r.voteThresholdPercent = 50;
        r.postingWorkingDays = 5;
        r.cashCoefficients = Map.of(NomineeKind.INDIVIDUAL, new BigDecimal("0.3"));
        return r;
    }

    private void form(String code, String name, AwardLevel level, int rank) {
        if (forms.findByCode(code).isPresent()) {
            return;
        }
        AwardForm f = new AwardForm();
        f.id = UUID.randomUUID();
        f.code = code;
        f.name = name;
        f.level = level;
        f.decidingLevel = level;
        f.recipientKinds = EnumSet.of(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE, RecipientKind.HOUSEHOLD);
        f.rank = rank;
        f.createdAt = Instant.now();
        f.updatedAt = f.createdAt;
        f.updatedBy = "test";
        forms.persist(f);
    }

    /** An open round of the commune offering both test forms, deadline in 30 days; its units in the directory. */
    @Transactional
    public UUID openRound(Commune c) {
        ensureRulesInTx();
        for (Unit u : List.of(c.commune(), c.office(), c.village(), c.otherVillage())) {
            unit(u, u == c.commune() ? c.city().id() : c.commune().id());
        }
        AwardRound r = new AwardRound();
        r.id = UUID.randomUUID();
        r.communeId = c.commune().id();
        r.communePath = c.commune().path();
        r.communeName = c.commune().name();
        r.occasion = RoundOccasion.ANNUAL;
        r.method = AwardMethod.REGULAR;
        r.year = YEAR;
        r.title = "Khen thưởng năm " + YEAR + " " + c.key();
        r.nominationDeadline = Instant.now().plus(30, ChronoUnit.DAYS);
        r.status = RoundStatus.OPEN;
        r.formCodes.addAll(List.of(XA, TINH));
        r.createdAt = Instant.now();
        r.createdBy = "test";
        r.updatedAt = r.createdAt;
        rounds.persist(r);
        return r.id;
    }

    private void ensureRulesInTx() {
        ensureRules();
    }

    @Transactional
    public void closeRound(UUID roundId) {
        rounds.findById(roundId).status = RoundStatus.CLOSED;
    }

    private void unit(Unit u, UUID parent) {
        if (units.findById(u.id()) != null) {
            return;
        }
        DirectoryUnit d = new DirectoryUnit();
        d.id = u.id();
        d.name = u.name();
        d.path = u.path();
        d.parentId = parent;
        d.kind = "VILLAGE";
        d.updatedAt = Instant.now();
        units.persist(d);
    }

    /** An office user of the commune in the user read model. */
    @Transactional
    public String officer(Commune c, String username) {
        DirectoryUser u = new DirectoryUser();
        u.id = UUID.randomUUID();
        u.username = username;
        u.fullName = "Trần Thị Thụ Lý";
        u.roles = "office";
        u.unitId = c.office().id();
        u.unitPath = c.office().path();
        u.updatedAt = Instant.now();
        users.persist(u);
        return username;
    }

    @Transactional
    public UUID acceptedReport(Unit unit) {
        AcceptedReport r = new AcceptedReport();
        r.reportId = UUID.randomUUID();
        r.year = YEAR;
        r.unitId = unit.id();
        r.unitPath = unit.path();
        r.unitName = unit.name();
        r.acceptedAt = Instant.now();
        reports.persist(r);
        return r.reportId;
    }

    /** A decided (imported) award of an individual. */
    @Transactional
    public void pastAward(Commune c, String fullName, LocalDate born, String formCode, int year) {
        AwardForm form = forms.findByCode(formCode).orElseThrow();
        AwardRecord r = new AwardRecord();
        r.id = UUID.randomUUID();
        r.communeId = c.commune().id();
        r.communePath = c.commune().path();
        r.unitId = c.village().id();
        r.unitPath = c.village().path();
        r.unitName = c.village().name();
        r.nomineeKind = NomineeKind.INDIVIDUAL;
        r.nomineeName = fullName;
        r.nomineeKey = NomineeKeys.of(NomineeKind.INDIVIDUAL,
                new Nominee(fullName, born, null, null, null, null, null, null, null, null, null, null));
        r.dateOfBirth = born;
        r.formCode = form.code;
        r.formName = form.name;
        r.formRank = form.rank;
        r.year = year;
        r.decisionNumber = "12/QĐ-UBND";
        r.decisionDate = LocalDate.of(year, 12, 20);
        r.decidingAuthority = DecidingAuthority.COMMUNE_CHAIRMAN;
        r.source = AwardRecord.Source.IMPORTED;
        r.createdAt = Instant.now();
        records.persist(r);
    }

    @Transactional
    public void registered(Unit unit, String... formCodes) {
        EmulationRegistration e = new EmulationRegistration();
        e.id = UUID.randomUUID();
        e.year = YEAR;
        e.unitId = unit.id();
        e.unitPath = unit.path();
        e.unitName = unit.name();
        e.formCodes = List.of(formCodes);
        e.registeredAt = Instant.now();
        e.registeredBy = "test";
        e.updatedAt = e.registeredAt;
        registrations.persist(e);
    }
}
