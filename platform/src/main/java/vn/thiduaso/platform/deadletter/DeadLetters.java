package vn.thiduaso.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import vn.thiduaso.platform.config.PlatformConfig;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.inbox.DispatchOutcome;
import vn.thiduaso.platform.inbox.EventConsumer;
import vn.thiduaso.platform.inbox.EventHandlers;
import vn.thiduaso.platform.inbox.IdempotentConsumer;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.ConflictException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.UnprocessableException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

/**
 * Lists this service's dead letters ({@code dlt.<service>}) and replays one through the handler of its
 * original topic once the cause is fixed. Each call reads the topic with its own short-lived consumer
 * (assigned partitions, no group, nothing committed), so listing never moves anyone's offsets. Admin
 * only. A replay goes through {@link IdempotentConsumer#apply}: the inbox on {@code eventId} makes a
 * second replay (or a redelivery of the original) change nothing, and dead_letter_replay answers a
 * second replay of the same dead letter with the first result.
 */
@ApplicationScoped
public class DeadLetters {

    /** SmallRye's dead-letter-queue failure strategy writes these headers (KafkaDeadLetterQueue). */
    public static final String HEADER_REASON = "dead-letter-reason";
    public static final String HEADER_TOPIC = "dead-letter-topic";
    public static final String HEADER_PARTITION = "dead-letter-partition";
    public static final String HEADER_OFFSET = "dead-letter-offset";
    public static final String HEADER_EXCEPTION = "dead-letter-exception-class-name";

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final PlatformConfig config;
    private final IdempotentConsumer consumer;
    private final Instance<EventConsumer> consumers;
    private final DeadLetterReplays replays;
    private final ObjectMapper mapper;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, PlatformConfig config,
            IdempotentConsumer consumer, Instance<EventConsumer> consumers, DeadLetterReplays replays,
            ObjectMapper mapper) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.consumer = consumer;
        this.consumers = consumers;
        this.replays = replays;
        this.mapper = mapper;
    }

    public String topic() {
        return Topics.deadLetter(config.serviceName());
    }

    /** The newest dead letters first (at most deadLetterScanLimit per partition are read). */
    public PageResponse<DeadLetter> list(CallerScope caller, int page, int size) {
        caller.requireAnyRole(Roles.ADMIN);
        List<DeadLetter> all = new ArrayList<>();
        try (KafkaConsumer<String, String> kafka = kafka()) {
            List<TopicPartition> partitions = partitions(kafka);
            if (!partitions.isEmpty()) {
                kafka.assign(partitions);
                Map<TopicPartition, Long> begin = kafka.beginningOffsets(partitions, READ_TIMEOUT);
                Map<TopicPartition, Long> end = kafka.endOffsets(partitions, READ_TIMEOUT);
                long pending = 0;
                for (TopicPartition tp : partitions) {
                    long from = Math.max(begin.get(tp), end.get(tp) - config.consumer().deadLetterScanLimit());
                    kafka.seek(tp, from);
                    pending += end.get(tp) - from;
                }
                long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
                while (pending > 0 && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : kafka.poll(Duration.ofMillis(200))) {
                        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                        if (r.offset() < end.get(tp)) {
                            all.add(view(r));
                            pending--;
                        }
                    }
                    pending = Math.min(pending, remaining(kafka, partitions, end));
                }
            }
        }
        all.sort(Comparator.comparing(DeadLetter::receivedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(DeadLetter::partition).thenComparing(DeadLetter::offset, Comparator.reverseOrder()));
        long from = Math.min((long) page * size, all.size());
        List<DeadLetter> items = new ArrayList<>(all.subList((int) from, (int) Math.min(from + size, all.size())));
        Map<Integer, List<DeadLetter>> byPartition = items.stream().collect(Collectors.groupingBy(DeadLetter::partition));
        Map<String, DeadLetterReplay> replayed = new java.util.HashMap<>();
        byPartition.forEach((partition, letters) -> replays.of(topic(), partition,
                letters.stream().map(DeadLetter::offset).toList())
                .forEach((offset, replay) -> replayed.put(partition + ":" + offset, replay)));
        items.replaceAll(d -> d.withReplay(replayed.get(d.partition() + ":" + d.offset())));
        return new PageResponse<>(items, page, size, all.size());
    }

    /** One dead letter, 404 when this topic has no record there. */
    public DeadLetter get(CallerScope caller, int partition, long offset) {
        caller.requireAnyRole(Roles.ADMIN);
        DeadLetter letter = view(read(partition, offset));
        return letter.withReplay(replays.find(topic(), partition, offset).orElse(null));
    }

    /**
     * Applies the dead letter through the handler of its original topic. A second replay of the same
     * dead letter answers the first result without applying anything. A record that still fails is a
     * 422 naming the reason and is not recorded, so it can be replayed again after the next fix.
     */
    public DeadLetterReplay replay(CallerScope caller, int partition, long offset) {
        caller.requireAnyRole(Roles.ADMIN);
        Optional<DeadLetterReplay> earlier = replays.find(topic(), partition, offset);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ConsumerRecord<String, String> record = read(partition, offset);
        DeadLetter letter = view(record);
        if (letter.originalTopic() == null) {
            throw new ConflictException("Bản ghi không có chủ đề gốc (dead-letter-topic) / the record names no original topic");
        }
        EventHandlers handlers = handlersOf(letter.originalTopic());
        DispatchOutcome outcome;
        try {
            outcome = consumer.apply(record.value(), handlers);
        } catch (RuntimeException e) {
            Log.warnf("Replay of %s %d/%d (%s) failed again: %s", topic(), partition, offset, letter.originalTopic(),
                    e.getMessage());
            throw new UnprocessableException("Bản ghi vẫn không xử lý được / the record still fails: " + e.getMessage(),
                    List.of());
        }
        Log.infof("Replayed dead letter %s %d/%d (%s %s) by %s: %s", topic(), partition, offset, letter.eventType(),
                letter.eventId(), caller.userId(), outcome);
        return replays.record(topic(), new DeadLetterReplay(partition, offset, letter.originalTopic(), letter.eventId(),
                letter.eventType(), outcome, caller.username(), Instant.now()));
    }

    private EventHandlers handlersOf(String originalTopic) {
        for (EventConsumer c : consumers) {
            if (originalTopic.equals(c.handlers().topic())) {
                return c.handlers();
            }
        }
        throw new ConflictException("Dịch vụ này không đọc chủ đề " + originalTopic + " / this service has no consumer of "
                + originalTopic);
    }

    private ConsumerRecord<String, String> read(int partition, long offset) {
        String missing = "Không có bản ghi dlt ở phân vùng " + partition + ", vị trí " + offset
                + " / no dead letter at partition " + partition + ", offset " + offset;
        try (KafkaConsumer<String, String> kafka = kafka()) {
            TopicPartition tp = new TopicPartition(topic(), partition);
            if (partitions(kafka).stream().noneMatch(tp::equals)) {
                throw new NotFoundException(missing);
            }
            List<TopicPartition> one = List.of(tp);
            kafka.assign(one);
            long begin = kafka.beginningOffsets(one, READ_TIMEOUT).get(tp);
            long end = kafka.endOffsets(one, READ_TIMEOUT).get(tp);
            if (offset < begin || offset >= end) {
                throw new NotFoundException(missing);
            }
            kafka.seek(tp, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : kafka.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return r;
                    }
                    if (r.offset() > offset) {
                        throw new NotFoundException(missing);
                    }
                }
            }
            throw new IllegalStateException("could not read " + topic() + " " + partition + "/" + offset + " in time");
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<PartitionInfo> infos = kafka.listTopics(READ_TIMEOUT).get(topic());
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private static long remaining(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        long left = 0;
        for (TopicPartition tp : partitions) {
            left += Math.max(0, end.get(tp) - kafka.position(tp));
        }
        return left;
    }

    private KafkaConsumer<String, String> kafka() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-dead-letters-" + UUID.randomUUID());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "8000");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        return new KafkaConsumer<>(props);
    }

    private DeadLetter view(ConsumerRecord<String, String> r) {
        String type = null;
        UUID eventId = null;
        if (r.value() != null) {
            try {
                JsonNode node = mapper.readTree(r.value());
                if (node != null && node.isObject()) {
                    type = node.path("type").isTextual() ? node.path("type").asText() : null;
                    eventId = node.path("eventId").isTextual() ? UUID.fromString(node.path("eventId").asText()) : null;
                }
            } catch (Exception e) {
                // not an envelope (that is often why it is here): no type or id to show
            }
        }
        return new DeadLetter(r.partition(), r.offset(), header(r, HEADER_TOPIC), integer(header(r, HEADER_PARTITION)),
                longValue(header(r, HEADER_OFFSET)), withoutPackages(header(r, HEADER_REASON)),
                withoutPackages(header(r, HEADER_EXCEPTION)), type, eventId,
                r.key(), r.timestamp() < 0 ? null : Instant.ofEpochMilli(r.timestamp()), null);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A throwable's simple class name in what an admin reads: the cause is there, the code layout is not. */
    static String withoutPackages(String text) {
        return text == null ? null : PACKAGE_OF_THROWABLE.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern PACKAGE_OF_THROWABLE = java.util.regex.Pattern
            .compile("\\b(?:[a-z][\\w$]*\\.)+(?=[A-Z][\\w$]*(?:Exception|Error)\\b)");
}
