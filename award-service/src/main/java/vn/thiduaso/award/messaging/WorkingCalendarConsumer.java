package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;
import vn.thiduaso.award.messaging.CalendarEvents.WorkingCalendarChanged;
import vn.thiduaso.award.service.WorkingCalendarService;

/** Keeps this service's copy of the working-day calendar (edited by an administrator in notification-service). */
@ApplicationScoped
public class WorkingCalendarConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public WorkingCalendarConsumer(IdempotentConsumer consumer, WorkingCalendarService calendar) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.CALENDAR_WORKING_DAYS)
                .handle(EventTypes.WORKING_CALENDAR_CHANGED, 1, WorkingCalendarChanged.class,
                        (event, changed) -> calendar.yearChanged(changed.year(), changed.calendarDays(),
                                changed.changedAt() != null ? changed.changedAt() : event.occurredAt(),
                                changed.changedBy()))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.CALENDAR_WORKING_DAYS)
    @Blocking
    public void onCalendarEvent(String value) {
        consumer.dispatch(value, handlers);
    }
}
