package vn.thiduaso.plan.domain.content;

import java.util.List;

/** Hình thức khen thưởng offered by the plan: a catalogue code, who may receive it, when, its standards. */
public record AwardFormOffer(String code, List<TargetGroup> recipientGroups, List<Occasion> occasions,
        String standards) {
}
