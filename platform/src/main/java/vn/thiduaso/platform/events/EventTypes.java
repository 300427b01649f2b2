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
    /** A unit sent its report (or its leader confirmed it); payloads of the reporting cycle: docs/events.md. */
    public static final String REPORT_SUBMITTED = "ReportSubmitted";
    public static final String REPORT_RETURNED = "ReportReturned";
    public static final String REPORT_ACCEPTED = "ReportAccepted";
    public static final String REPORT_REOPENED = "ReportReopened";
    /** The office moved a period's deadline for one unit or for everyone. */
    public static final String DEADLINE_EXTENDED = "DeadlineExtended";
    /** The commune's consolidated report went to the board (second hop). */
    public static final String CONSOLIDATED_REPORT_SUBMITTED = "ConsolidatedReportSubmitted";
    /** An administrator changed one year of the working-day calendar (notification-service). */
    public static final String WORKING_CALENDAR_CHANGED = "WorkingCalendarChanged";

    private EventTypes() {
    }
}
