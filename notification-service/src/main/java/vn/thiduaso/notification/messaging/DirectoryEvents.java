package vn.thiduaso.notification.messaging;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Payloads of the directory topics that this service reads (docs/events.md), only the fields it uses. */
public final class DirectoryEvents {

    /** Payload of {@code UserUpserted} v1; never carries a password or its hash. */
    public record UserUpserted(@NotNull UUID id, @NotBlank String username, String fullName, String email,
            List<String> roles, UUID unitId, String unitPath, Boolean active) {
    }

    /** Payload of {@code UnitUpserted} v1 (code and parentId are not needed here; a missing active means true). */
    public record UnitUpserted(@NotNull UUID id, @NotBlank String name,
            @NotNull @Pattern(regexp = "/.*", message = "must start with /") String path, String kind, Boolean active,
            String headName, String email) {
    }

    private DirectoryEvents() {
    }
}
