package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodChanged;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodOpened;
import vn.thiduaso.notification.service.DeadlineService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/** Turns reporting periods into deadlines (and queues their announcement mails); moves them when a period changes. */
@ApplicationScoped
public class ReportsConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ReportsConsumer(IdempotentConsumer consumer, DeadlineService deadlines) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.REPORTS)
                .handle(EventTypes.REPORTING_PERIOD_OPENED, 1, ReportingPeriodOpened.class,
                        (event, period) -> deadlines.periodOpened(period))
                .handle(EventTypes.REPORTING_PERIOD_CHANGED, 1, ReportingPeriodChanged.class,
                        (event, period) -> deadlines.periodChanged(period))
                .build();
    }

    @Incoming(Channels.REPORTS)
    @Blocking
    public void onRecord(String value) {
        consumer.dispatch(value, handlers);
    }
}
