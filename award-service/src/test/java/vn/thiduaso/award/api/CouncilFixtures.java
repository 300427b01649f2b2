package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.Communes.Commune;
import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.DirectoryUser;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationLog;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.award.repository.AwardRoundRepository;
import vn.thiduaso.award.repository.AwardRuleRepository;
import vn.thiduaso.award.repository.AwardRuleSetRepository;
import vn.thiduaso.award.repository.CouncilSessionRepository;
import vn.thiduaso.award.repository.DirectoryUserRepository;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.repository.NominationRepository;
import vn.thiduaso.platform.test.Tokens;

/**
 * The rows other helpers' endpoints make (a round, a rule set with the commune Giấy khen's rule,
 * appraised nominations, council users of the directory), inserted straight through the repositories.
 */
@ApplicationScoped
public class CouncilFixtures {

    public static final String FORM = "giay-khen-chu-tich-ubnd-xa";

    public record Councillor(UUID id, String username, String fullName) {

        public String token(Commune c) {
            return Tokens.role("council").user(id, username).unit(c.office().id(), c.office().path())
                    .scope(c.commune().path()).bearer();
        }
    }

    private final AwardRoundRepository rounds;
    private final AwardRuleSetRepository ruleSets;
    private final AwardRuleRepository rules;
    private final NominationRepository nominations;
    private final NominationLogRepository logs;
    private final DirectoryUserRepository users;
    private final CouncilSessionRepository sessions;

    public CouncilFixtures(AwardRoundRepository rounds, AwardRuleSetRepository ruleSets, AwardRuleRepository rules,
            NominationRepository nominations, NominationLogRepository logs, DirectoryUserRepository users,
            CouncilSessionRepository sessions) {
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.nominations = nominations;
        this.logs = logs;
        this.users = users;
        this.sessions = sessions;
    }

    /** A rule set (far in the past, so it never is the one in force) with the Giấy khen rule at {@code threshold}%. */
    @Transactional
    public UUID ruleSet(int threshold) {
        AwardRuleSet set = new AwardRuleSet();
        set.id = UUID.randomUUID();
        set.code = "TEST-" + set.id.toString().substring(0, 8);
        set.name = "Bộ quy tắc thử nghiệm";
        set.effectiveFrom = vn.thiduaso.award.PastRuleSetDates.next();
        set.createdAt = Instant.now();
        set.createdBy = "test";
        ruleSets.persist(set);
        ruleSets.flush();
        AwardRule rule = new AwardRule();
        rule.id = UUID.randomUUID();
        rule.ruleSetId = set.id;
        rule.formCode = FORM;
        rule.decidingAuthority = DecidingAuthority.COMMUNE_CHAIRMAN;
        rule.recipientKinds = List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE);
        rule.voteThresholdPercent = threshold;
        rule.postingWorkingDays = 5;
        rules.persist(rule);
        return set.id;
    }

    @Transactional
    public UUID round(Commune c) {
        AwardRound r = new AwardRound();
        r.id = UUID.randomUUID();
        r.communeId = c.commune().id();
        r.communePath = c.commune().path();
        r.communeName = c.commune().name();
        r.occasion = RoundOccasion.ANNUAL;
        r.method = AwardMethod.REGULAR;
        r.year = 2026;
        r.title = "Khen thưởng tổng kết phong trào thi đua năm 2026";
        r.nominationDeadline = Instant.now().plus(10, ChronoUnit.DAYS);
        r.status = RoundStatus.OPEN;
        r.formCodes.add(FORM);
        r.createdAt = Instant.now();
        r.createdBy = "test";
        r.updatedAt = Instant.now();
        rounds.persist(r);
        return r.id;
    }

    /** A nomination of {@code c.village()} for the Giấy khen, in {@code status}, appraised eligible. */
    @Transactional
    public UUID nomination(Commune c, UUID roundId, UUID ruleSetId, String nomineeName, NominationStatus status) {
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.roundId = roundId;
        n.formCode = FORM;
        n.ruleSetId = ruleSetId;
        n.ruleSetCode = "TEST";
        n.nominatingUnitId = c.village().id();
        n.nominatingUnitPath = c.village().path();
        n.nominatingUnitName = c.village().name();
        n.communePath = c.commune().path();
        n.nomineeKind = NomineeKind.INDIVIDUAL;
        n.nomineeName = nomineeName;
        n.nomineeKey = "INDIVIDUAL|" + nomineeName.toLowerCase() + "|" + n.id;
        n.nominee = new Nominee(nomineeName, LocalDate.of(1985, 4, 12), "Nữ", "Trưởng thôn", c.village().id(),
                c.village().name(), null, null, null, null, null, null);
        n.achievements = "Hoàn thành xuất sắc nhiệm vụ năm 2026";
        n.status = status;
        n.eligibilityPassed = true;
        n.appraisalEligible = status == NominationStatus.APPRAISED ? Boolean.TRUE : null;
        n.createdAt = Instant.now();
        n.createdBy = "test";
        n.updatedAt = Instant.now();
        nominations.persist(n);
        return n.id;
    }

    /** A user of the directory with {@code roles} (comma-separated) in the commune's office. */
    @Transactional
    public Councillor user(Commune c, String username, String fullName, String roles, String unitPath) {
        DirectoryUser u = new DirectoryUser();
        u.id = UUID.randomUUID();
        u.username = username;
        u.fullName = fullName;
        u.roles = roles;
        u.unitId = c.office().id();
        u.unitPath = unitPath;
        u.updatedAt = Instant.now();
        users.persist(u);
        return new Councillor(u.id, u.username, u.fullName);
    }

    public Councillor councillor(Commune c, String username, String fullName) {
        return user(c, c.key() + "." + username, fullName, "council", c.office().path());
    }

    @Transactional
    public NominationStatus status(UUID nominationId) {
        return nominations.findById(nominationId).status;
    }

    @Transactional
    public List<String> logActions(UUID nominationId) {
        return logs.list("nominationId = ?1 order by at", nominationId).stream().map(l -> l.action.name()).toList();
    }

    @Transactional
    public NominationLog lastLog(UUID nominationId) {
        return logs.list("nominationId = ?1 order by at desc", nominationId).get(0);
    }

    @Transactional
    public long sessionsOfRound(UUID roundId) {
        return sessions.count("roundId", roundId);
    }
}
