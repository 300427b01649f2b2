package vn.thiduaso.notification.domain;

import java.util.Locale;

/** Which language comes first in a user's mails (the other one follows). */
public enum Language {
    VI, EN;

    /** The code used in the API: {@code vi}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
