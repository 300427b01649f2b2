package vn.thiduaso.report.messaging;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Payloads of the directory topics this service reads, only the fields it uses. */
public final class DirectoryEvents {

    /**
     * Payload of {@code UnitUpserted} v1 (code, parentId, headTitle and phone are not needed here); a
     * missing {@code active} means true.
     */
    public record UnitUpserted(@NotNull UUID id, @NotBlank String name, @NotBlank String kind,
            @NotNull @Pattern(regexp = "/.*", message = "must start with /") String path, Boolean active,
            String headName, String email) {

        public boolean isActive() {
            return active == null || active;
        }
    }

    private DirectoryEvents() {
    }
}
