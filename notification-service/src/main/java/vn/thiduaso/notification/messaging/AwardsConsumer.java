package vn.thiduaso.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.thiduaso.notification.messaging.AwardEvents.AwardAnnulled;
import vn.thiduaso.notification.messaging.AwardEvents.AwardDecided;
import vn.thiduaso.notification.messaging.AwardEvents.AwardRound;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilBallotCompleted;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilSessionOpened;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilVoteClosed;
import vn.thiduaso.notification.messaging.AwardEvents.NominationForwarded;
import vn.thiduaso.notification.messaging.AwardEvents.NominationPosted;
import vn.thiduaso.notification.messaging.AwardEvents.NominationRefused;
import vn.thiduaso.notification.messaging.AwardEvents.NominationReturned;
import vn.thiduaso.notification.messaging.AwardEvents.NominationSubmitted;
import vn.thiduaso.notification.service.AwardDeadlineService;
import vn.thiduaso.notification.service.AwardStepService;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;

/**
 * The award cycle: rounds become deadlines per nominator unit (the report deadlines' ladder), a
 * council session a ballot deadline per member, and every step of a nomination a mail and inbox item
 * to the nominating unit. Redelivered events change nothing (inbox_event, and the inbox's unique key).
 */
@ApplicationScoped
public class AwardsConsumer implements EventConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public AwardsConsumer(IdempotentConsumer consumer, AwardDeadlineService deadlines, AwardStepService steps) {
        this.consumer = consumer;
        this.handlers = EventHandlers.on(Topics.AWARDS)
                .handle(EventTypes.AWARD_ROUND_OPENED, 1, AwardRound.class, (event, round) -> deadlines.round(round))
                .handle(EventTypes.AWARD_ROUND_CHANGED, 1, AwardRound.class, (event, round) -> deadlines.round(round))
                .handle(EventTypes.NOMINATION_SUBMITTED, 1, NominationSubmitted.class,
                        (event, submitted) -> steps.submitted(event.eventId(), submitted))
                .handle(EventTypes.NOMINATION_RETURNED, 1, NominationReturned.class,
                        (event, returned) -> steps.returned(event.eventId(), returned))
                .handle(EventTypes.COUNCIL_SESSION_OPENED, 1, CouncilSessionOpened.class,
                        (event, opened) -> deadlines.sessionOpened(opened))
                .handle(EventTypes.COUNCIL_BALLOT_COMPLETED, 1, CouncilBallotCompleted.class,
                        (event, completed) -> deadlines.ballotCompleted(completed))
                .handle(EventTypes.COUNCIL_VOTE_CLOSED, 1, CouncilVoteClosed.class,
                        (event, closed) -> steps.voteClosed(event.eventId(), closed))
                .handle(EventTypes.NOMINATION_POSTED, 1, NominationPosted.class,
                        (event, posted) -> steps.posted(event.eventId(), posted))
                .handle(EventTypes.AWARD_DECIDED, 1, AwardDecided.class,
                        (event, decided) -> steps.decided(event.eventId(), decided))
                .handle(EventTypes.NOMINATION_FORWARDED, 1, NominationForwarded.class,
                        (event, forwarded) -> steps.forwarded(event.eventId(), forwarded))
                .handle(EventTypes.NOMINATION_REFUSED, 1, NominationRefused.class,
                        (event, refused) -> steps.refused(event.eventId(), refused))
                .handle(EventTypes.AWARD_ANNULLED, 1, AwardAnnulled.class,
                        (event, annulled) -> steps.annulled(event.eventId(), annulled))
                .build();
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    @Incoming(Channels.AWARDS)
    @Blocking
    public void onRecord(String value) {
        consumer.dispatch(value, handlers);
    }
}
