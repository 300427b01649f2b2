package vn.thiduaso.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.TestKafka;

/** Builds envelopes exactly as docs/events.md describes them and puts them on the real topics. */
public final class Events {

    public static final ZoneId VIETNAM = VietnamTime.ZONE;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event as it travels: its id, record key and JSON value. */
    public record Event(UUID eventId, String topic, String key, String json) {

        /** Sends the record (again, if it was sent before: a redelivery). */
        public Event send() {
            TestKafka.send(topic, key, json);
            return this;
        }

        /** Waits until the service recorded the event as processed (its inbox row). */
        public Event awaitProcessed() {
            await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                    NotificationServiceTestEnvironment.DATABASE,
                    "select count(*) from inbox_event where event_id = '" + eventId + "'") == 1);
            return this;
        }
    }

    /** A reporting period of one plan for some units, due at 00:00 Vietnam time of {@code dueDate}. */
    public record Period(UUID periodId, UUID planId, String planNumber, String planTitle, String title,
            Commune.Unit recipient, LocalDate dueDate, List<Commune.Unit> units) {

        public Instant dueAt() {
            return dueDate.atStartOfDay(VIETNAM).toInstant();
        }

        public String dueDateText() {
            return String.format("%02d/%02d/%d", dueDate.getDayOfMonth(), dueDate.getMonthValue(), dueDate.getYear());
        }
    }

    public static LocalDate todayInVietnam() {
        return LocalDate.now(VIETNAM);
    }

    public static Period period(Commune c, LocalDate dueDate, Commune.Unit... units) {
        int year = dueDate.getYear();
        return new Period(UUID.randomUUID(), UUID.randomUUID(), "150/KH-UBND",
                "Kế hoạch tổ chức Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” " + c.key(),
                "Báo cáo kết quả thực hiện Phong trào thi đua năm " + year + " " + c.key(), c.office(), dueDate,
                List.of(units));
    }

    public static Event userUpserted(Commune.Person p) {
        return userUpserted(p, Instant.now());
    }

    public static Event userUpserted(Commune.Person p, Instant occurredAt) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", p.id().toString())
                .put("username", p.username())
                .put("fullName", p.fullName())
                .put("email", p.email())
                .put("unitId", p.unit().id().toString())
                .put("unitPath", p.unit().path())
                .put("active", p.active());
        payload.putArray("roles").add(p.role());
        return envelope("directory.users", "UserUpserted", 1, "plan-service", p.id().toString(), p.unit().path(),
                payload, occurredAt);
    }

    public static Event periodOpened(Period p, String issuingUnitPath) {
        ObjectNode payload = JSON.createObjectNode()
                .put("periodId", p.periodId().toString())
                .put("planId", p.planId().toString())
                .put("planNumber", p.planNumber())
                .put("planTitle", p.planTitle())
                .put("obligationId", UUID.randomUUID().toString())
                .put("year", p.dueDate().getYear())
                .put("kind", "ANNUAL")
                .put("title", p.title())
                .put("recipientUnitId", p.recipient().id().toString())
                .put("recipientUnitPath", p.recipient().path())
                .put("recipientUnitName", p.recipient().name())
                .put("dueDate", p.dueDate().toString())
                .put("dueAt", p.dueAt().toString());
        ArrayNode requirements = payload.putArray("requirements");
        for (Commune.Unit u : p.units()) {
            requirements.addObject()
                    .put("requirementId", UUID.randomUUID().toString())
                    .put("unitId", u.id().toString())
                    .put("unitPath", u.path())
                    .put("unitName", u.name());
        }
        return envelope("reports", "ReportingPeriodOpened", 1, "report-service", p.periodId().toString(),
                issuingUnitPath, payload, Instant.now());
    }

    /** The period after an amendment: the new due date, the current units and the withdrawn ones. */
    public static Event periodChanged(Period p, String issuingUnitPath, List<Commune.Unit> withdrawn) {
        ObjectNode payload = (ObjectNode) JSON.valueToTree(java.util.Map.of());
        ObjectNode opened;
        try {
            opened = (ObjectNode) JSON.readTree(periodOpened(p, issuingUnitPath).json()).get("payload");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        payload.setAll(opened);
        payload.remove("obligationId");
        ArrayNode ids = payload.putArray("withdrawnUnitIds");
        withdrawn.forEach(u -> ids.add(u.id().toString()));
        payload.put("previousDueAt", Instant.now().toString());
        return envelope("reports", "ReportingPeriodChanged", 1, "report-service", p.periodId().toString(),
                issuingUnitPath, payload, Instant.now());
    }

    /** A unit as plan-service republishes it after a merger or a rename (with the field v1 may add). */
    public static Event unitUpserted(Commune.Unit u) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", u.id().toString()).put("code", "u-" + u.id().toString().substring(0, 6))
                .put("name", u.name()).put("kind", "VILLAGE").put("path", u.path()).putNull("parentId")
                .put("active", true);
        return envelope("directory.units", "UnitUpserted", 1, "plan-service", u.id().toString(), u.path(), payload,
                Instant.now());
    }

    /** ReportSubmitted v1 as report-service writes it (docs/events.md). */
    public static Event reportSubmitted(Period p, Commune.Unit unit, boolean late) {
        ObjectNode payload = report(p, unit)
                .put("submittedAt", Instant.now().toString()).put("submittedBy", "unit.user")
                .put("dueAt", p.dueAt().toString()).put("late", late).put("lateSeconds", late ? 3600 : 0);
        return envelope("reports", "ReportSubmitted", 1, "report-service", p.periodId().toString(), unit.path(),
                payload, Instant.now());
    }

    /** ReportReturned v1: the office sends the report back with a reason and the unit's new deadline. */
    public static Event reportReturned(Period p, Commune.Unit unit, String reason, LocalDate newDueDate) {
        ObjectNode payload = report(p, unit).put("reason", reason)
                .put("returnedAt", Instant.now().toString()).put("returnedBy", "office.user")
                .put("dueDate", newDueDate.toString())
                .put("dueAt", newDueDate.atStartOfDay(VIETNAM).toInstant().toString());
        return envelope("reports", "ReportReturned", 1, "report-service", p.periodId().toString(), unit.path(),
                payload, Instant.now());
    }

    public static Event reportAccepted(Period p, Commune.Unit unit) {
        ObjectNode payload = report(p, unit).put("acceptedAt", Instant.now().toString()).put("acceptedBy", "office.user");
        return envelope("reports", "ReportAccepted", 1, "report-service", p.periodId().toString(), unit.path(),
                payload, Instant.now());
    }

    public static Event reportReopened(Period p, Commune.Unit unit, String reason, LocalDate newDueDate) {
        ObjectNode payload = report(p, unit).put("reason", reason)
                .put("reopenedAt", Instant.now().toString()).put("reopenedBy", "office.user")
                .put("dueDate", newDueDate.toString())
                .put("dueAt", newDueDate.atStartOfDay(VIETNAM).toInstant().toString());
        return envelope("reports", "ReportReopened", 1, "report-service", p.periodId().toString(), unit.path(),
                payload, Instant.now());
    }

    /** DeadlineExtended v1 for some units (forEveryone = false) or all of them. */
    public static Event deadlineExtended(Period p, LocalDate newDueDate, boolean forEveryone, List<Commune.Unit> units,
            String issuingUnitPath) {
        ObjectNode payload = JSON.createObjectNode()
                .put("periodId", p.periodId().toString()).put("planId", p.planId().toString())
                .put("year", p.dueDate().getYear()).put("title", p.title());
        ArrayNode ids = payload.putArray("unitIds");
        units.forEach(u -> ids.add(u.id().toString()));
        payload.put("forEveryone", forEveryone)
                .put("previousDueAt", p.dueAt().toString())
                .put("dueDate", newDueDate.toString())
                .put("dueAt", newDueDate.atStartOfDay(VIETNAM).toInstant().toString())
                .put("reason", "Mưa bão, gia hạn")
                .put("extendedAt", Instant.now().toString()).put("extendedBy", "office.user");
        return envelope("reports", "DeadlineExtended", 1, "report-service", p.periodId().toString(), issuingUnitPath,
                payload, Instant.now());
    }

    /** ConsolidatedReportSubmitted v1 of the commune (unit) for its second-hop period {@code secondHop}. */
    public static Event consolidatedSubmitted(UUID sourcePeriodId, Period secondHop, Commune.Unit commune) {
        ObjectNode payload = JSON.createObjectNode()
                .put("consolidationId", UUID.randomUUID().toString())
                .put("sourcePeriodId", sourcePeriodId.toString())
                .put("secondHopPeriodId", secondHop.periodId().toString())
                .putNull("secondHopRequirementId")
                .put("planId", secondHop.planId().toString()).put("year", secondHop.dueDate().getYear())
                .put("unitId", commune.id().toString()).put("unitPath", commune.path()).put("unitName", commune.name())
                .put("recipientName", "Ban Thi đua - Khen thưởng thành phố")
                .put("submittedAt", Instant.now().toString()).put("submittedBy", "leader")
                .put("dueAt", secondHop.dueAt().toString()).put("late", false).put("lateSeconds", 0);
        return envelope("reports", "ConsolidatedReportSubmitted", 1, "report-service", secondHop.periodId().toString(),
                commune.path(), payload, Instant.now());
    }

    /** A unit with its mailbox and head, as plan-service publishes it since the directory work. */
    public static Event unitUpserted(Commune.Unit u, String email, String headName) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", u.id().toString()).put("code", "u-" + u.id().toString().substring(0, 6))
                .put("name", u.name()).put("kind", "VILLAGE").put("path", u.path()).putNull("parentId")
                .put("active", true).put("headName", headName).put("headTitle", "Trưởng thôn").put("email", email);
        return envelope("directory.units", "UnitUpserted", 1, "plan-service", u.id().toString(), u.path(), payload,
                Instant.now());
    }

    private static ObjectNode report(Period p, Commune.Unit unit) {
        return JSON.createObjectNode()
                .put("reportId", UUID.randomUUID().toString())
                .put("requirementId", UUID.randomUUID().toString())
                .put("periodId", p.periodId().toString()).put("planId", p.planId().toString())
                .put("year", p.dueDate().getYear())
                .put("unitId", unit.id().toString()).put("unitPath", unit.path()).put("unitName", unit.name());
    }

    public static Event envelope(String topic, String type, int version, String producer, String key, String unitPath,
            ObjectNode payload, Instant occurredAt) {
        UUID eventId = UUID.randomUUID();
        return new Event(eventId, topic, key,
                TestEvents.envelope(eventId, type, version, occurredAt, producer, key, unitPath, payload));
    }

    private Events() {
    }
}
