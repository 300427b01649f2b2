package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodOpened;
import vn.thiduaso.notification.service.DeadlineService;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/** Turns reporting periods into deadlines (and queues their announcement mails). */
@ApplicationScoped
public class ReportsConsumer {

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final DeadlineService deadlines;

    public ReportsConsumer(IdempotentConsumer consumer, EventJson json, DeadlineService deadlines) {
        this.consumer = consumer;
        this.json = json;
        this.deadlines = deadlines;
    }

    @Incoming(Channels.REPORTS)
    @Blocking
    public void onRecord(String value) {
        consumer.consume(value, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!EventTypes.REPORTING_PERIOD_OPENED.equals(event.type())) {
            // Other report events (submitted, returned…) are handled by later issues.
            Log.debugf("Ignoring %s on the reports topic", event.type());
            return;
        }
        EventVersions.require(event, 1);
        deadlines.periodOpened(json.payload(event, ReportingPeriodOpened.class));
    }
}
