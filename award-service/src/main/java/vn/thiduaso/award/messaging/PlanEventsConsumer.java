package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.award.service.AwardPlanService;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.events.EventJson;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * Learns issued plans from the {@code plans} topic. Each record is applied once (inbox on
 * {@code eventId}); a record that is not a valid envelope or payload throws, is nacked and lands on
 * {@code dlt.award-service}, and the channel goes on with the next record.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    static final int PLAN_ISSUED_VERSION = 1;

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final AwardPlanService plans;

    public PlanEventsConsumer(IdempotentConsumer consumer, EventJson json, AwardPlanService plans) {
        this.consumer = consumer;
        this.json = json;
        this.plans = plans;
    }

    @Incoming(Channels.PLANS)
    @Blocking
    public void onPlanEvent(String value) {
        consumer.consume(value, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!EventTypes.PLAN_ISSUED.equals(event.type())) {
            Log.debugf("Ignoring %s v%d (%s) on the plans topic", event.type(), event.version(), event.eventId());
            return;
        }
        if (event.version() != PLAN_ISSUED_VERSION) {
            // A new major version breaks the payload: better parked on the dead-letter topic than misread.
            throw new IllegalArgumentException("unsupported PlanIssued version " + event.version());
        }
        plans.recordIssued(event.eventId(), event.occurredAt(), json.payload(event, PlanIssued.class));
    }
}
