package vn.thiduaso.award.domain;

import java.time.LocalDate;

/**
 * One line of a dossier's eligibility result, shown item by item.
 *
 * @param check          RECIPIENT_KIND, STANDARDS, INTERVAL, PREREQUISITE, DUPLICATE, RULE_SET, FORM_OFFERED
 * @param passed         whether the nominee meets it
 * @param message        Vietnamese, for the form and the log
 * @param nextEligibleOn when a failed check will pass by itself (interval, consecutive years), else null
 */
public record EligibilityCheck(String check, boolean passed, String message, LocalDate nextEligibleOn) {
}
