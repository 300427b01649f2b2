package vn.thiduaso.award.domain.council;

import java.util.Collection;

import vn.thiduaso.award.domain.AwardRule;

/**
 * The count of one agenda item. {@code notVoted} is the rest of the council's total membership
 * (absent members and present ones who did not vote); a nomination passes when the agree votes reach
 * the rule's threshold of the TOTAL membership, not of those present.
 */
public record Tally(int agree, int disagree, int abstain, int recused, int totalMembers, boolean passed) {

    public int notVoted() {
        return Math.max(0, totalMembers - agree - disagree - abstain - recused);
    }

    public static Tally count(Collection<BallotChoice> choices, int recusals, int totalMembers, AwardRule rule) {
        int agree = 0;
        int disagree = 0;
        int abstain = 0;
        for (BallotChoice c : choices) {
            switch (c) {
                case AGREE -> agree++;
                case DISAGREE -> disagree++;
                case ABSTAIN -> abstain++;
            }
        }
        return new Tally(agree, disagree, abstain, recusals, totalMembers, rule.passes(agree, totalMembers));
    }

    /** "Tán thành 4/5 (80%), không tán thành 0, không biểu quyết 0, không tham gia 1; ngưỡng 50%". */
    public String note(int thresholdPercent) {
        long percent = totalMembers == 0 ? 0 : Math.round(agree * 100.0 / totalMembers);
        return "Tán thành " + agree + "/" + totalMembers + " thành viên (" + percent + "%), không tán thành " + disagree
                + ", không biểu quyết " + abstain + ", không tham gia (tránh xung đột lợi ích) " + recused
                + ", chưa bỏ phiếu " + notVoted() + "; ngưỡng " + thresholdPercent + "% tổng số thành viên";
    }
}
