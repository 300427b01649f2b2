package vn.thiduaso.award.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a dossier (hồ sơ đề nghị khen thưởng) stands. The allowed moves are this one table; every
 * use case changes a status through {@link Nomination#moveTo}, which asks it.
 *
 * <pre>
 * DRAFT → SUBMITTED → RECEIVED → APPRAISED → IN_COUNCIL → PASSED → POSTED → DECIDED → ANNULLED
 *                                                      ↘ REJECTED        ↘ FORWARDED → DECIDED | REFUSED
 * SUBMITTED → RECALLED (by the sender, before the office takes it in) → SUBMITTED
 * SUBMITTED | RECEIVED | APPRAISED → RETURNED (by the office, with a reason) → SUBMITTED
 * DRAFT | RECALLED | RETURNED | SUBMITTED → WITHDRAWN (by the sender)
 * </pre>
 */
public enum NominationStatus {
    DRAFT,
    SUBMITTED,
    /** Thu hồi: the sender took it back before the office took it in; editable again. */
    RECALLED,
    /** Trả lại: the office sent it back with a reason; editable again. */
    RETURNED,
    /** Rút: the sender gave it up for good. */
    WITHDRAWN,
    /** Tiếp nhận: the office took it in (and may assign it to an officer). */
    RECEIVED,
    /** Thẩm định: the office recorded its appraisal (eligible or not, with reasons). */
    APPRAISED,
    /** On a council session's agenda. */
    IN_COUNCIL,
    /** The council's agree votes reached the threshold. */
    PASSED,
    /** The council's agree votes did not reach the threshold. */
    REJECTED,
    /** Công khai: on a public posting. */
    POSTED,
    /** Sent to the city/province board (higher forms). */
    FORWARDED,
    /** Decided: by a signed commune decision or by the board's acceptance. */
    DECIDED,
    /** The board refused it. */
    REFUSED,
    /** The decided award was annulled. */
    ANNULLED;

    private static final Map<NominationStatus, Set<NominationStatus>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(SUBMITTED, EnumSet.of(RECALLED, RETURNED, RECEIVED, WITHDRAWN)),
            Map.entry(RECALLED, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(NominationStatus.class)),
            Map.entry(RECEIVED, EnumSet.of(APPRAISED, RETURNED)),
            Map.entry(APPRAISED, EnumSet.of(IN_COUNCIL, RETURNED, APPRAISED)),
            Map.entry(IN_COUNCIL, EnumSet.of(PASSED, REJECTED)),
            Map.entry(PASSED, EnumSet.of(POSTED)),
            Map.entry(REJECTED, EnumSet.noneOf(NominationStatus.class)),
            Map.entry(POSTED, EnumSet.of(DECIDED, FORWARDED)),
            Map.entry(FORWARDED, EnumSet.of(DECIDED, REFUSED)),
            Map.entry(DECIDED, EnumSet.of(ANNULLED)),
            Map.entry(REFUSED, EnumSet.noneOf(NominationStatus.class)),
            Map.entry(ANNULLED, EnumSet.noneOf(NominationStatus.class)));

    public boolean canMoveTo(NominationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The nominating unit may still edit the dossier and its attachments. */
    public boolean editableBySender() {
        return this == DRAFT || this == RECALLED || this == RETURNED;
    }

    /** Counts for the double-award detector (a live nomination of the nominee for a form). */
    public boolean live() {
        return !EnumSet.of(WITHDRAWN, RECALLED, REJECTED, REFUSED, ANNULLED).contains(this);
    }
}
