package vn.thiduaso.notification.domain;

/** Why a mail (and its inbox item) was written. */
public enum EmailKind {
    /** Thông báo hạn báo cáo: the first mail about a deadline (one per deadline and user). */
    DEADLINE_ANNOUNCEMENT,
    /** Nhắc hạn: a step of the ladder before the deadline (14, 7, 3, 1 days before, on the last day). */
    REMINDER,
    /** Quá hạn: a step after the deadline, to the unit's users. */
    OVERDUE,
    /** Báo cáo quá hạn: to the unit's head and the commune office, from the 3rd overdue day. */
    ESCALATION,
    /** Báo cáo bị trả lại (or an accepted one reopened): with the reason and the new deadline. */
    RETURNED,
    /** Nhắc thủ công: the office's "one click to remind". */
    MANUAL_REMINDER,
    /** Thư tổng hợp: one a day for users who chose DIGEST. */
    DIGEST,
    /** Giấy biên nhận hồ sơ đề nghị khen thưởng: to the nominating unit and the commune office (NominationSubmitted). */
    NOMINATION_RECEIPT,
    /** Hồ sơ đề nghị khen thưởng bị trả lại, with the reason (NominationReturned). */
    NOMINATION_RETURNED,
    /** Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng for one nomination (CouncilVoteClosed). */
    COUNCIL_RESULT,
    /** Niêm yết công khai: the nomination is posted for public comment (NominationPosted). */
    NOMINATION_POSTED,
    /** Quyết định khen thưởng (AwardDecided). */
    AWARD_DECIDED,
    /** Hồ sơ trình cấp trên: forwarded to the city/province board (NominationForwarded). */
    NOMINATION_FORWARDED,
    /** Cấp trên không đồng ý khen thưởng (NominationRefused). */
    NOMINATION_REFUSED,
    /** Hủy quyết định khen thưởng (AwardAnnulled). */
    AWARD_ANNULLED;

    /** A mail of one step of a nomination (not about a deadline). */
    public boolean awardStep() {
        return ordinal() >= NOMINATION_RECEIPT.ordinal();
    }
}
