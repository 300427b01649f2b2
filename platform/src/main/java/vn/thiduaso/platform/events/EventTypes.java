package vn.thiduaso.platform.events;

/** Event type names (the envelope's {@code type}); payloads are described in docs/events.md. */
public final class EventTypes {

    public static final String UNIT_UPSERTED = "UnitUpserted";
    public static final String USER_UPSERTED = "UserUpserted";
    public static final String PLAN_ISSUED = "PlanIssued";
    public static final String PLAN_AMENDED = "PlanAmended";
    public static final String PLAN_CLOSED = "PlanClosed";
    public static final String UNIT_PLAN_ISSUED = "UnitPlanIssued";
    /** Payload v1: {@code { code, name, level, active }}. */
    public static final String AWARD_FORM_UPSERTED = "AwardFormUpserted";
    public static final String REPORTING_PERIOD_OPENED = "ReportingPeriodOpened";
    /** A period's due date or requirements changed after a plan amendment (report-service). */
    public static final String REPORTING_PERIOD_CHANGED = "ReportingPeriodChanged";

    private EventTypes() {
    }
}
