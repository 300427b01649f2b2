package vn.thiduaso.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.inbox.IdempotentConsumer;
import vn.thiduaso.report.service.ReportingPeriodService;

/**
 * Opens reporting periods when a plan is issued. Other plan events are ignored; a record that is
 * not a valid envelope or payload fails here and goes to {@code dlt.report-service}.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final ReportingPeriodService periods;

    public PlanEventsConsumer(IdempotentConsumer consumer, EventJson json, ReportingPeriodService periods) {
        this.consumer = consumer;
        this.json = json;
        this.periods = periods;
    }

    @Incoming(Channels.PLANS)
    @Blocking
    public void onPlanEvent(String value) {
        consumer.consume(value, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!EventTypes.PLAN_ISSUED.equals(event.type())) {
            Log.debugf("Ignoring %s event %s on the plans topic", event.type(), event.eventId());
            return;
        }
        if (event.version() != 1) {
            // A new version is a breaking change: parking it beats guessing at its meaning.
            throw new IllegalArgumentException("PlanIssued v" + event.version() + " is not understood (v1 only)");
        }
        periods.openFromPlan(event.eventId(), json.payload(event, PlanIssued.class));
    }
}
