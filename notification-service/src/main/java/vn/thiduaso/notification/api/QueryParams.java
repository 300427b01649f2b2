package vn.thiduaso.notification.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import vn.thiduaso.platform.problem.InvalidFieldException;

/** Parses optional query parameters so that a malformed one is a 400 naming it (not a 404). */
final class QueryParams {

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(name, "Ngày không hợp lệ, cần dạng yyyy-MM-dd (ví dụ 2026-12-05)");
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(name, "Mã không hợp lệ (cần dạng UUID)");
        }
    }

    private QueryParams() {
    }
}
