package vn.thiduaso.award.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import vn.thiduaso.award.messaging.DirectoryEvents.ReportAccepted;
import vn.thiduaso.award.messaging.DirectoryEvents.ReportReopened;
import vn.thiduaso.award.service.DirectoryService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/** The accepted reports a dossier may cite, from {@code reports}: ReportAccepted adds, ReportReopened removes. */
@ApplicationScoped
public class ReportEventsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ReportEventsConsumer(IdempotentConsumer consumer, DirectoryService directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.REPORTS)
                .handle(EventTypes.REPORT_ACCEPTED, 1, ReportAccepted.class,
                        (event, report) -> directory.reportAccepted(report, event.occurredAt()))
                .handle(EventTypes.REPORT_REOPENED, 1, ReportReopened.class,
                        (event, report) -> directory.reportReopened(report.reportId()))
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
