package vn.thiduaso.notification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.thiduaso.notification.domain.Deadline;

/** Response records of /api/v1/deadlines. */
public final class DeadlineDtos {

    public record DeadlineView(UUID id, UUID periodId, UUID planId, String planTitle, String title, UUID unitId,
            String unitName, String unitPath, String recipientUnitName, Instant dueAt, LocalDate dueDate,
            @Schema(implementation = vn.thiduaso.notification.domain.DeadlineStatus.class) String status) {

        public static DeadlineView of(Deadline d) {
            return new DeadlineView(d.id, d.periodId, d.planId, d.planTitle, d.title, d.unitId, d.unitName, d.unitPath,
                    d.recipientUnitName, d.dueAt, d.dueDate, d.status.name());
        }
    }

    private DeadlineDtos() {
    }
}
