package vn.thiduaso.award.domain;

/** What a line of a dossier's processing log (sổ theo dõi xử lý hồ sơ) records. */
public enum NominationAction {
    CREATED,
    EDITED,
    IMPORTED,
    SUBMITTED,
    RECALLED,
    RETURNED,
    WITHDRAWN,
    RECEIVED,
    ASSIGNED,
    APPRAISED,
    ELIGIBILITY_OVERRIDDEN,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    SENT_TO_COUNCIL,
    COUNCIL_PASSED,
    COUNCIL_REJECTED,
    POSTED,
    OBJECTION_RECEIVED,
    OBJECTION_RESOLVED,
    DECIDED,
    FORWARDED,
    BOARD_ACCEPTED,
    BOARD_REFUSED,
    ANNULLED
}
