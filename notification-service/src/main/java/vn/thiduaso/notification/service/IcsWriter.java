package vn.thiduaso.notification.service;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar (RFC 5545) text: every line ends with CRLF, a line longer than 75 octets is
 * folded (CRLF and one space) without cutting a UTF-8 character, and TEXT values are escaped
 * (backslash, semicolon, comma, line breaks).
 */
final class IcsWriter {

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as given (dates, identifiers, already-escaped values). */
    IcsWriter raw(String nameAndParams, String value) {
        return line(nameAndParams + ":" + value);
    }

    /** A TEXT property: the value is escaped. */
    IcsWriter text(String name, String value) {
        return line(name + ":" + escape(value == null ? "" : value));
    }

    IcsWriter line(String content) {
        fold(content);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    b.append("\\n");
                }
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Folds at 75 octets: the first line holds up to 75, continuation lines a space and up to 74. */
    private void fold(String content) {
        int limit = 75;
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
