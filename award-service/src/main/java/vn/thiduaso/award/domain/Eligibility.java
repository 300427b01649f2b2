package vn.thiduaso.award.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eligibility rules of a dossier, item by item, on facts gathered beforehand (pure: no database).
 * Each item is one {@link EligibilityCheck}; a failed one blocks submission unless the office overrides
 * it with a reason.
 */
public final class Eligibility {

    public static final String RULE_SET = "RULE_SET";
    public static final String FORM_OFFERED = "FORM_OFFERED";
    public static final String RECIPIENT_KIND = "RECIPIENT_KIND";
    public static final String STANDARDS = "STANDARDS";
    public static final String INTERVAL = "INTERVAL";
    public static final String PREREQUISITE = "PREREQUISITE";
    public static final String DUPLICATE = "DUPLICATE";

    /**
     * What the checks look at.
     *
     * @param round            the round (its year and forms)
     * @param formCode         the form proposed
     * @param formName         its name, for messages
     * @param ruleSet          the rule set in force on the check date, or null when none
     * @param rule             the form's rule in it, or null
     * @param kind             the nominee kind
     * @param answers          the sender's standards checklist
     * @param lastSameOrLower  the nominee's latest non-annulled award of this form or a lower one, or null
     * @param awardYears       years in which the nominee got each form (non-annulled), by form code
     * @param registeredForms  forms the unit registered for the round's year; null when it did not register
     * @param clusterRank      the unit's rank in its cluster's year-end scores of the round's year; null when unscored
     * @param duplicates       descriptions of live nominations / awards of the same nominee, form and year
     */
    public record Facts(AwardRound round, String formCode, String formName, AwardRuleSet ruleSet, AwardRule rule,
            NomineeKind kind, List<StandardAnswer> answers, AwardRecord lastSameOrLower,
            Map<String, Set<Integer>> awardYears, List<String> registeredForms, Integer clusterRank,
            List<String> duplicates) {
    }

    private Eligibility() {
    }

    public static List<EligibilityCheck> evaluate(Facts f) {
        List<EligibilityCheck> checks = new ArrayList<>();
        boolean offered = f.round().offers(f.formCode());
        checks.add(new EligibilityCheck(FORM_OFFERED, offered, offered
                ? "Hình thức " + f.formName() + " có trong đợt khen thưởng"
                : "Đợt khen thưởng không xét hình thức " + f.formName(), null));
        if (f.ruleSet() == null || f.rule() == null) {
            checks.add(new EligibilityCheck(RULE_SET, false, f.ruleSet() == null
                    ? "Chưa có bộ quy định khen thưởng có hiệu lực"
                    : "Bộ quy định " + f.ruleSet().code + " chưa có quy định cho hình thức " + f.formName(), null));
            checks.add(duplicate(f));
            return checks;
        }
        AwardRule rule = f.rule();
        boolean kindAllowed = rule.recipientKinds.contains(f.kind());
        checks.add(new EligibilityCheck(RECIPIENT_KIND, kindAllowed, kindAllowed
                ? "Đối tượng " + kindLabel(f.kind()) + " được xét hình thức này"
                : "Hình thức " + f.formName() + " không xét cho đối tượng " + kindLabel(f.kind()), null));
        checks.add(standards(rule, f.kind(), f.answers()));
        checks.add(interval(f, rule));
        for (Prerequisite p : rule.prerequisites) {
            checks.add(prerequisite(f, p));
        }
        checks.add(duplicate(f));
        return checks;
    }

    public static boolean passed(List<EligibilityCheck> checks) {
        return checks.stream().allMatch(EligibilityCheck::passed);
    }

    private static EligibilityCheck standards(AwardRule rule, NomineeKind kind, List<StandardAnswer> answers) {
        List<RuleStandard> applying = rule.standards.stream().filter(s -> s.appliesTo(kind)).toList();
        Set<String> met = (answers == null ? List.<StandardAnswer>of() : answers).stream()
                .filter(StandardAnswer::met).map(StandardAnswer::code).collect(Collectors.toSet());
        List<String> missing = applying.stream().filter(s -> !met.contains(s.code())).map(RuleStandard::code).toList();
        if (missing.isEmpty()) {
            return new EligibilityCheck(STANDARDS, true,
                    "Đạt đủ " + applying.size() + " tiêu chuẩn của hình thức", null);
        }
        return new EligibilityCheck(STANDARDS, false,
                "Chưa đạt hoặc chưa trả lời tiêu chuẩn: " + String.join(", ", missing), null);
    }

    /** The last award of the same or a lower form must lie at least minIntervalYears before the round's year. */
    private static EligibilityCheck interval(Facts f, AwardRule rule) {
        AwardRecord last = f.lastSameOrLower();
        int years = rule.minIntervalYears;
        if (years <= 0 || last == null) {
            return new EligibilityCheck(INTERVAL, true, years <= 0
                    ? "Hình thức không đòi hỏi khoảng cách thời gian"
                    : "Chưa được khen hình thức này hoặc hình thức thấp hơn", null);
        }
        if (f.round().year - last.year >= years) {
            return new EligibilityCheck(INTERVAL, true, "Lần khen gần nhất (" + last.formName + ", năm " + last.year
                    + ") đã đủ " + years + " năm", null);
        }
        LocalDate next = last.decisionDate.plusYears(years);
        return new EligibilityCheck(INTERVAL, false, "Đã được khen " + last.formName + " năm " + last.year
                + " (quyết định " + (last.decisionNumber == null ? "" : last.decisionNumber + " ") + "ngày "
                + vn(last.decisionDate) + "); phải cách ít nhất " + years + " năm", next);
    }

    private static EligibilityCheck prerequisite(Facts f, Prerequisite p) {
        int year = f.round().year;
        return switch (p.kind()) {
            case Prerequisite.CONSECUTIVE_YEARS -> {
                int need = p.years() == null ? 1 : p.years();
                Set<Integer> got = f.awardYears().getOrDefault(p.formCode(), Set.of());
                int streak = 0;
                while (streak < need && got.contains(year - 1 - streak)) {
                    streak++;
                }
                if (streak >= need) {
                    yield new EligibilityCheck(PREREQUISITE, true, "Đã đạt " + p.formCode() + " " + need
                            + " năm liên tục trước năm " + year, null);
                }
                yield new EligibilityCheck(PREREQUISITE, false, "Cần " + need + " năm liên tục đạt " + p.formCode()
                        + " trước năm " + year + " (hiện có " + streak + ")", LocalDate.of(year + need - streak, 1, 1));
            }
            case Prerequisite.REGISTERED -> {
                boolean ok = f.registeredForms() != null && f.registeredForms().contains(f.formCode());
                yield new EligibilityCheck(PREREQUISITE, ok, ok
                        ? "Đơn vị đã đăng ký thi đua hình thức này năm " + year
                        : "Đơn vị chưa đăng ký thi đua hình thức " + f.formName() + " năm " + year, null);
            }
            case Prerequisite.CLUSTER_RANK_AT_MOST -> {
                int max = p.rank() == null ? 1 : p.rank();
                boolean ok = f.clusterRank() != null && f.clusterRank() <= max;
                yield new EligibilityCheck(PREREQUISITE, ok, f.clusterRank() == null
                        ? "Đơn vị chưa có kết quả chấm điểm khối thi đua năm " + year
                        : "Xếp hạng trong khối thi đua: " + f.clusterRank() + " (cần từ 1 đến " + max + ")", null);
            }
            default -> new EligibilityCheck(PREREQUISITE, false, "Điều kiện không xác định: " + p.kind(), null);
        };
    }

    private static EligibilityCheck duplicate(Facts f) {
        if (f.duplicates().isEmpty()) {
            return new EligibilityCheck(DUPLICATE, true,
                    "Không trùng đề nghị hoặc khen thưởng cùng hình thức trong năm " + f.round().year, null);
        }
        return new EligibilityCheck(DUPLICATE, false, "Trùng: " + String.join("; ", f.duplicates()), null);
    }

    public static String kindLabel(NomineeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "cá nhân";
            case COLLECTIVE -> "tập thể";
            case HOUSEHOLD -> "hộ gia đình";
            case INITIATIVE -> "sáng kiến";
        };
    }

    private static String vn(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
