package vn.thiduaso.platform.deadletter;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record on this service's dead-letter topic, as an admin sees it (never the payload itself). */
@Schema(name = "DeadLetter", description = "Một bản ghi không xử lý được / one record parked on the dead-letter topic")
public record DeadLetter(
        @Schema(description = "Phân vùng trên chủ đề dlt / partition on the dead-letter topic") int partition,
        @Schema(description = "Vị trí trên chủ đề dlt / offset on the dead-letter topic") long offset,
        @Schema(description = "Chủ đề gốc / original topic") String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        @Schema(description = "Lý do / reason (dead-letter-reason)") String reason,
        String exceptionClass,
        @Schema(description = "Loại sự kiện, nếu đọc được / event type when the value is an envelope") String eventType,
        UUID eventId,
        String key,
        @Schema(description = "Lúc vào dlt / when it was dead-lettered") Instant receivedAt,
        @Schema(description = "Lần phát lại, nếu có / the replay, when there was one") DeadLetterReplay replay) {

    DeadLetter withReplay(DeadLetterReplay value) {
        return new DeadLetter(partition, offset, originalTopic, originalPartition, originalOffset, reason,
                exceptionClass, eventType, eventId, key, receivedAt, value);
    }
}
