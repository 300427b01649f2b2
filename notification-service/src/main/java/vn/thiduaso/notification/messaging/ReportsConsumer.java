package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.ReportEvents.ConsolidatedReportSubmitted;
import vn.thiduaso.notification.messaging.ReportEvents.DeadlineExtended;
import vn.thiduaso.notification.messaging.ReportEvents.ReportAccepted;
import vn.thiduaso.notification.messaging.ReportEvents.ReportReopened;
import vn.thiduaso.notification.messaging.ReportEvents.ReportReturned;
import vn.thiduaso.notification.messaging.ReportEvents.ReportSubmitted;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodChanged;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodOpened;
import vn.thiduaso.notification.service.DeadlineService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * Turns reporting periods into deadlines (and queues their announcement mails), moves them when a
 * period changes, and lets each deadline follow its report: submitted, returned, accepted, reopened,
 * extended, and a commune's consolidated report sent onwards (second hop).
 */
@ApplicationScoped
public class ReportsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ReportsConsumer(IdempotentConsumer consumer, DeadlineService deadlines) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.REPORTS)
                .handle(EventTypes.REPORTING_PERIOD_OPENED, 1, ReportingPeriodOpened.class,
                        (event, period) -> deadlines.periodOpened(period))
                .handle(EventTypes.REPORTING_PERIOD_CHANGED, 1, ReportingPeriodChanged.class,
                        (event, period) -> deadlines.periodChanged(period))
                .handle(EventTypes.REPORT_SUBMITTED, 1, ReportSubmitted.class,
                        (event, submitted) -> deadlines.reportSubmitted(submitted))
                .handle(EventTypes.REPORT_RETURNED, 1, ReportReturned.class,
                        (event, returned) -> deadlines.reportReturned(event.eventId(), returned.periodId(),
                                returned.unitId(), returned.dueAt(), returned.dueDate(), returned.reason(),
                                returned.returnedAt(), false))
                .handle(EventTypes.REPORT_ACCEPTED, 1, ReportAccepted.class,
                        (event, accepted) -> deadlines.reportAccepted(accepted))
                .handle(EventTypes.REPORT_REOPENED, 1, ReportReopened.class,
                        (event, reopened) -> deadlines.reportReturned(event.eventId(), reopened.periodId(),
                                reopened.unitId(), reopened.dueAt(), reopened.dueDate(), reopened.reason(),
                                reopened.reopenedAt(), true))
                .handle(EventTypes.DEADLINE_EXTENDED, 1, DeadlineExtended.class,
                        (event, extended) -> deadlines.deadlineExtended(extended))
                .handle(EventTypes.CONSOLIDATED_REPORT_SUBMITTED, 1, ConsolidatedReportSubmitted.class,
                        (event, submitted) -> deadlines.consolidatedSubmitted(submitted))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.REPORTS)
    @Blocking
    public void onRecord(String value) {
        consumer.dispatch(value, handlers);
    }
}
