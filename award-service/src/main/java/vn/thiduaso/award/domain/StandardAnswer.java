package vn.thiduaso.award.domain;

/** The sender's answer to one standard of the form's checklist. */
public record StandardAnswer(String code, boolean met, String note) {
}
