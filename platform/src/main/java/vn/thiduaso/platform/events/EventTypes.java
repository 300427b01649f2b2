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
    /** A cluster (khối thi đua) was created or changed (plan-service, directory.clusters). */
    public static final String CLUSTER_UPSERTED = "ClusterUpserted";
    /** The award cycle (award-service, topic awards); payloads: docs/events.md. */
    public static final String AWARD_ROUND_OPENED = "AwardRoundOpened";
    public static final String AWARD_ROUND_CHANGED = "AwardRoundChanged";
    public static final String NOMINATION_SUBMITTED = "NominationSubmitted";
    public static final String NOMINATION_RETURNED = "NominationReturned";
    public static final String COUNCIL_SESSION_OPENED = "CouncilSessionOpened";
    public static final String COUNCIL_BALLOT_COMPLETED = "CouncilBallotCompleted";
    public static final String COUNCIL_VOTE_CLOSED = "CouncilVoteClosed";
    public static final String NOMINATION_POSTED = "NominationPosted";
    public static final String AWARD_DECIDED = "AwardDecided";
    public static final String AWARD_ANNULLED = "AwardAnnulled";
    public static final String NOMINATION_FORWARDED = "NominationForwarded";
    public static final String NOMINATION_REFUSED = "NominationRefused";

    /** Every type above: a record of any other type is unknown to the platform, hence poison. */
    private static final java.util.Set<String> KNOWN = java.util.Arrays.stream(EventTypes.class.getFields())
            .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .map(f -> {
                try {
                    return (String) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            })
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True for a type of the catalogue (docs/events.md), whether or not a given consumer handles it. */
    public static boolean isKnown(String type) {
        return KNOWN.contains(type);
    }

    private EventTypes() {
    }
}
