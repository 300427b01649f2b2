package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.award.messaging.PlanEvents.PlanClosed;
import vn.thiduaso.award.messaging.PlanEvents.PlanIssuedV1;
import vn.thiduaso.award.messaging.PlanEvents.PlanVersion;
import vn.thiduaso.award.service.AwardPlanService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * Keeps the award-plan read model from the {@code plans} topic: issued and amended versions replace
 * its content, a closed plan is marked closed. Each record is applied once (inbox on {@code eventId});
 * an unknown version or invalid payload lands on {@code dlt.award-service}.
 */
@ApplicationScoped
public class PlanEventsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public PlanEventsConsumer(IdempotentConsumer consumer, AwardPlanService plans) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.PLANS)
                .handle(EventTypes.PLAN_ISSUED, 1, PlanIssuedV1.class,
                        (event, plan) -> plans.recordIssued(event.eventId(), event.occurredAt(), plan.toPlan()))
                .handle(EventTypes.PLAN_ISSUED, 2, PlanVersion.class,
                        (event, plan) -> plans.recordIssued(event.eventId(), event.occurredAt(), plan.toPlan()))
                .handle(EventTypes.PLAN_AMENDED, 1, PlanVersion.class,
                        (event, plan) -> plans.recordIssued(event.eventId(), event.occurredAt(), plan.toPlan()))
                .handle(EventTypes.PLAN_CLOSED, 1, PlanClosed.class,
                        (event, closed) -> plans.recordClosed(closed.planId(),
                                closed.closedAt() != null ? closed.closedAt() : event.occurredAt(), closed.reason()))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.PLANS)
    @Blocking
    public void onPlanEvent(String value) {
        consumer.dispatch(value, handlers);
    }
}
