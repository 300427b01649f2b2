package vn.thiduaso.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;
import vn.thiduaso.report.messaging.PlanEvents.PlanClosed;
import vn.thiduaso.report.messaging.PlanEvents.PlanIssuedV1;
import vn.thiduaso.report.messaging.PlanEvents.PlanVersion;
import vn.thiduaso.report.service.ReportingPeriodService;

/**
 * Opens reporting periods from issued plans, reconciles them with amendments and stops opening when
 * a plan closes. Other plan events are ignored; an unknown version or an invalid payload goes to
 * {@code dlt.report-service}.
 */
@ApplicationScoped
public class PlanEventsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public PlanEventsConsumer(IdempotentConsumer consumer, ReportingPeriodService periods) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.PLANS)
                .handle(EventTypes.PLAN_ISSUED, 1, PlanIssuedV1.class,
                        (event, plan) -> periods.planIssued(event.eventId(), plan.toIssuedPlan()))
                .handle(EventTypes.PLAN_ISSUED, 2, PlanVersion.class,
                        (event, plan) -> periods.planIssued(event.eventId(), plan.toIssuedPlan()))
                .handle(EventTypes.PLAN_AMENDED, 1, PlanVersion.class,
                        (event, plan) -> periods.planAmended(event.eventId(), plan.toIssuedPlan()))
                .handle(EventTypes.PLAN_CLOSED, 1, PlanClosed.class,
                        (event, closed) -> periods.planClosed(closed.planId(),
                                closed.closedAt() != null ? closed.closedAt() : event.occurredAt()))
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
