package vn.thiduaso.award.service.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.Eligibility;
import vn.thiduaso.award.domain.EligibilityCheck;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.repository.AwardFormRepository;
import vn.thiduaso.award.repository.EligibilityQueries;
import vn.thiduaso.award.service.RuleSetService;
import vn.thiduaso.award.repository.NominationRepository;

/**
 * Gathers the facts a dossier's eligibility depends on (rule set in force on the date, award history,
 * registration, cluster rank, other live dossiers) and applies {@link Eligibility}'s rules.
 */
@ApplicationScoped
public class EligibilityService {

    /** The checks of a dossier on a date, and the rule set and rule they were made under. */
    public record Result(AwardRuleSet ruleSet, AwardRule rule, List<EligibilityCheck> checks, boolean passed,
            Instant checkedAt) {

        public List<EligibilityCheck> failed() {
            return checks.stream().filter(c -> !c.passed()).toList();
        }
    }

    private final EligibilityQueries queries;
    private final RuleSetService ruleSets;
    private final NominationRepository nominations;
    private final AwardFormRepository forms;

    public EligibilityService(EligibilityQueries queries, RuleSetService ruleSets, NominationRepository nominations,
            AwardFormRepository forms) {
        this.queries = queries;
        this.ruleSets = ruleSets;
        this.nominations = nominations;
        this.forms = forms;
    }

    /** The rule set in force on a date and the form's rule in it (either may be null). */
    public AwardRuleSet ruleSetOn(LocalDate on) {
        return ruleSets.findInForceOn(on).orElse(null);
    }

    public AwardRule ruleOf(AwardRuleSet set, String formCode) {
        return set == null ? null : ruleSets.rule(set.id, formCode).orElse(null);
    }

    /** Runs every check for the dossier as it stands, under the rule set in force on {@code on}. */
    public Result check(Nomination n, AwardRound round, LocalDate on, Instant at) {
        AwardRuleSet set = ruleSetOn(on);
        AwardRule rule = ruleOf(set, n.formCode);
        AwardForm form = forms.findByCode(n.formCode).orElse(null);
        String formName = form == null ? n.formCode : form.name;
        AwardRecord last = form == null ? null : queries.lastAwardAtOrBelow(n.nomineeKey, form.rank).orElse(null);
        UUID unit = n.nomineeKind == NomineeKind.COLLECTIVE && n.nomineeUnitId != null ? n.nomineeUnitId
                : n.nominatingUnitId;
        List<String> registered = queries.registration(unit, round.year).map(r -> r.formCodes)
                .orElse(null);
        Integer rank = queries.clusterRank(unit, round.year).orElse(null);
        List<String> duplicates = new ArrayList<>();
        for (Nomination other : nominations.liveInRound(round.id, n.formCode, n.nomineeKey, n.id)) {
            duplicates.add("đã có hồ sơ đề nghị trong đợt này của " + unitName(other));
        }
        for (Nomination other : nominations.liveSameFormAndYear(n.nomineeKey, n.formCode, round.year, n.id)) {
            if (!other.roundId.equals(round.id)) {
                duplicates.add("đã được " + unitName(other) + " đề nghị trong một đợt khác năm " + round.year);
            }
        }
        for (AwardRecord r : queries.awardsOfFormAndYear(n.nomineeKey, n.formCode, round.year)) {
            duplicates.add("đã được khen " + r.formName + " năm " + r.year
                    + (r.decisionNumber == null ? "" : " (quyết định " + r.decisionNumber + ")"));
        }
        List<EligibilityCheck> checks = Eligibility.evaluate(new Eligibility.Facts(round, n.formCode, formName, set,
                rule, n.nomineeKind, n.standards, last, queries.awardYears(n.nomineeKey), registered, rank,
                duplicates));
        return new Result(set, rule, checks, Eligibility.passed(checks), at);
    }

    private static String unitName(Nomination n) {
        return n.nominatingUnitName == null ? "đơn vị khác" : n.nominatingUnitName;
    }
}
