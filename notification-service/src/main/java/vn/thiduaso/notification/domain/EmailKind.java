package vn.thiduaso.notification.domain;

/** Why a mail was written; part of the one-mail-per-(deadline, user, kind) rule. */
public enum EmailKind {
    /** Thông báo hạn báo cáo: the first mail about a deadline. */
    DEADLINE_ANNOUNCEMENT
}
