package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.domain.council.CouncilSession;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;

/** The council's events on {@code awards} (key = session id), written through the outbox with the change. */
@ApplicationScoped
public class CouncilEvents {

    public record Member(UUID userId, String username) {
    }

    /** Payload of {@code CouncilSessionOpened} v1: notification-service sets a ballot deadline per member. */
    public record CouncilSessionOpened(UUID sessionId, UUID roundId, String communePath, String title,
            Instant votingClosesAt, List<Member> members, List<UUID> nominationIds) {
    }

    /** Payload of {@code CouncilBallotCompleted} v1: the member voted or recused on every agenda item. */
    public record CouncilBallotCompleted(UUID sessionId, UUID userId, String username, Instant completedAt) {
    }

    public record Result(UUID nominationId, UUID nominatingUnitId, String nominatingUnitPath, String nominatingUnitName,
            String nomineeName, String formCode, String formName, int agree, int disagree, int abstain, int recused,
            boolean passed) {
    }

    /** Payload of {@code CouncilVoteClosed} v1: the tally of every agenda item. */
    public record CouncilVoteClosed(UUID sessionId, UUID roundId, String communePath, Instant closedAt, int totalMembers,
            List<Result> results) {
    }

    private final Outbox outbox;

    public CouncilEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void opened(CouncilSession s, List<Member> members, List<UUID> nominationIds) {
        publish(s, EventTypes.COUNCIL_SESSION_OPENED, new CouncilSessionOpened(s.id, s.roundId, s.communePath, s.title,
                s.votingClosesAt, members, nominationIds));
    }

    public void ballotCompleted(CouncilSession s, UUID userId, String username, Instant at) {
        publish(s, EventTypes.COUNCIL_BALLOT_COMPLETED, new CouncilBallotCompleted(s.id, userId, username, at));
    }

    public void voteClosed(CouncilSession s, int totalMembers, List<Result> results) {
        publish(s, EventTypes.COUNCIL_VOTE_CLOSED, new CouncilVoteClosed(s.id, s.roundId, s.communePath, s.closedAt,
                totalMembers, results));
    }

    private void publish(CouncilSession s, String type, Object payload) {
        outbox.publish(Topics.AWARDS, type, 1, s.id.toString(), s.communePath, payload);
    }
}
