package vn.thiduaso.award.domain;

/** What a dossier's attachment is (loại tài liệu trong hồ sơ). */
public enum AttachmentKind {
    /** Tờ trình đề nghị khen thưởng. */
    SUBMISSION_LETTER,
    /** Báo cáo thành tích. */
    ACHIEVEMENT_REPORT,
    /** Biên bản họp xét. */
    MEETING_MINUTES,
    /** Tài liệu khác. */
    OTHER;

    public String label() {
        return switch (this) {
            case SUBMISSION_LETTER -> "Tờ trình";
            case ACHIEVEMENT_REPORT -> "Báo cáo thành tích";
            case MEETING_MINUTES -> "Biên bản họp xét";
            case OTHER -> "Tài liệu khác";
        };
    }
}
