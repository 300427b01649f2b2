package vn.thiduaso.award.domain;

import java.util.List;

/** One standard (tiêu chuẩn) of a form's checklist; {@code appliesTo} empty means every nominee kind. */
public record RuleStandard(String code, String text, List<NomineeKind> appliesTo) {

    public boolean appliesTo(NomineeKind kind) {
        return appliesTo == null || appliesTo.isEmpty() || appliesTo.contains(kind);
    }
}
