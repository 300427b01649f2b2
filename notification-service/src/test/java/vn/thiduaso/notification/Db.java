package vn.thiduaso.notification;

import java.time.Instant;
import java.util.UUID;

import vn.thiduaso.platform.test.TestDatabase;

/** Short reads of this module's test database. */
final class Db {

    static long count(String sql) {
        return TestDatabase.count(NotificationServiceTestEnvironment.DATABASE, sql);
    }

    static String text(String sql) {
        return TestDatabase.text(NotificationServiceTestEnvironment.DATABASE, sql);
    }

    static UUID deadlineId(Events.Period p, Commune.Unit unit) {
        String id = text("select id from deadline where period_id = '" + p.periodId() + "' and unit_id = '" + unit.id() + "'");
        if (id == null) {
            throw new AssertionError("no deadline of " + unit.name() + " in period " + p.periodId());
        }
        return UUID.fromString(id);
    }

    /** When a planned step of the deadline goes out to the recipient. */
    static Instant fireAt(UUID deadlineId, String step, UUID recipientId) {
        return Instant.ofEpochSecond(count("select extract(epoch from fire_at)::bigint from scheduled_reminder where deadline_id = '"
                + deadlineId + "' and step = '" + step + "' and recipient_id = '" + recipientId + "'"));
    }

    /** The first planned step (of a kind) of the deadline for the recipient. */
    static String firstStep(UUID deadlineId, UUID recipientId, String kind) {
        return text("select step from scheduled_reminder where deadline_id = '" + deadlineId + "' and recipient_id = '"
                + recipientId + "' and kind = '" + kind + "' order by fire_at limit 1");
    }

    static long rows(UUID deadlineId, String status) {
        return count("select count(*) from scheduled_reminder where deadline_id = '" + deadlineId + "' and status = '"
                + status + "'");
    }

    private Db() {
    }
}
