package vn.thiduaso.report.messaging;

import java.util.UUID;

/** Payload of {@code UnitUpserted} v1 (docs/events.md); code and parentId are not needed here. */
public record UnitUpserted(UUID id, String name, String kind, String path) {

    public void validate() {
        if (id == null || name == null || name.isBlank() || kind == null || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("UnitUpserted " + id + " needs id, name, kind and path");
        }
    }
}
