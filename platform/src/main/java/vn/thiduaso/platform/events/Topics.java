package vn.thiduaso.platform.events;

import java.util.List;

/** Kafka topic names, one place for all services (docs/events.md). */
public final class Topics {

    /** Units and their hierarchy, keyed by unit id; compacted so a read model can be rebuilt. */
    public static final String DIRECTORY_UNITS = "directory.units";
    /** Users (never credentials), keyed by user id; compacted. */
    public static final String DIRECTORY_USERS = "directory.users";
    /** Plan lifecycle, keyed by plan id. */
    public static final String PLANS = "plans";
    /** Reporting periods and reports, keyed by reporting period id. */
    public static final String REPORTS = "reports";
    /** Award rounds, nominations and decisions. */
    public static final String AWARDS = "awards";
    /** The award-form catalogue (award-service), keyed by form code; compacted. plan-service checks plan award forms against it. */
    public static final String CATALOGUE_AWARD_FORMS = "catalogue.award-forms";
    /** The working-day calendar per year (notification-service), keyed by year; compacted. */
    public static final String CALENDAR_WORKING_DAYS = "calendar.working-days";
    /** Clusters (khối thi đua) of plan-service, keyed by cluster id; compacted. */
    public static final String DIRECTORY_CLUSTERS = "directory.clusters";

    /** Topics whose latest record per key is the state: created with cleanup.policy=compact. */
    public static final List<String> COMPACTED = List.of(DIRECTORY_UNITS, DIRECTORY_USERS, CATALOGUE_AWARD_FORMS,
            CALENDAR_WORKING_DAYS, DIRECTORY_CLUSTERS);
    public static final List<String> ALL = List.of(DIRECTORY_UNITS, DIRECTORY_USERS, PLANS, REPORTS, AWARDS,
            CATALOGUE_AWARD_FORMS, CALENDAR_WORKING_DAYS, DIRECTORY_CLUSTERS);

    /** Prefix of every dead-letter topic: {@code dlt.<service>} (one per consuming service). */
    public static final String DEAD_LETTER_PREFIX = "dlt.";
    public static final String DLT_PLAN_SERVICE = "dlt.plan-service";
    public static final String DLT_REPORT_SERVICE = "dlt.report-service";
    public static final String DLT_AWARD_SERVICE = "dlt.award-service";
    public static final String DLT_NOTIFICATION_SERVICE = "dlt.notification-service";
    /** The dead-letter topics of the four services; each service provisions all of them. */
    public static final List<String> DEAD_LETTERS = List.of(DLT_PLAN_SERVICE, DLT_REPORT_SERVICE, DLT_AWARD_SERVICE,
            DLT_NOTIFICATION_SERVICE);

    /**
     * Dead-letter topic of one consuming service, e.g. {@code dlt.report-service}; the connector's
     * {@code dead-letter-queue.topic} (META-INF/microprofile-config.properties) is the same name.
     */
    public static String deadLetter(String service) {
        return DEAD_LETTER_PREFIX + service;
    }

    private Topics() {
    }
}
