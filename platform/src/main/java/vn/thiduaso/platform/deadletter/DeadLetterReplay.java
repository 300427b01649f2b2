package vn.thiduaso.platform.deadletter;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.platform.inbox.DispatchOutcome;

/** The first replay of one dead letter (table dead_letter_replay); a later replay answers the same. */
@Schema(name = "DeadLetterReplay", description = "Kết quả phát lại / the result of replaying a dead letter")
public record DeadLetterReplay(
        int partition,
        long offset,
        String originalTopic,
        UUID eventId,
        String eventType,
        @Schema(description = "APPLIED: đã áp dụng / the handler ran; ALREADY_PROCESSED: đã xử lý trước đó / the inbox "
                + "already held the event; IGNORED: bỏ qua / a type this service does not act on") DispatchOutcome outcome,
        String replayedBy,
        Instant replayedAt) {
}
