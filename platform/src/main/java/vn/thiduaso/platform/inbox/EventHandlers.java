package vn.thiduaso.platform.inbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import vn.thiduaso.platform.events.EventEnvelope;
import vn.thiduaso.platform.problem.ProblemMappers;

/**
 * What one consumer understands on one topic: per event type, the payload versions it accepts and
 * the record each version binds to. The one dispatch rule of every service (docs/architecture.md):
 * <ul>
 * <li>a type with no handler is ignored (logged at debug): topics carry more types than a consumer needs;</li>
 * <li>a known type in a version no handler accepts is a poison record (a breaking change this service
 * does not understand): {@link PoisonEventException}, so it goes to the dead-letter topic;</li>
 * <li>the payload binds tolerantly (only the record's components; unknown fields are ignored) and is
 * then validated with the Bean Validation constraints on the consumer's own record; a violation is a
 * poison record naming the field paths.</li>
 * </ul>
 * Build it once per consumer with {@link #on(String)}; {@link IdempotentConsumer#dispatch} runs it in
 * the inbox transaction.
 */
public final class EventHandlers {

    /** The effect of one event, given its envelope (id, occurredAt, unitPath…) and its bound payload. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(EventEnvelope event, T payload);
    }

    private record Binding<T>(Class<T> payloadType, Handler<T> handler) {
    }

    private final String topic;
    /** type → version → binding. */
    private final Map<String, Map<Integer, Binding<?>>> bindings;

    private EventHandlers(String topic, Map<String, Map<Integer, Binding<?>>> bindings) {
        this.topic = topic;
        this.bindings = bindings;
    }

    /** Starts the declaration for one topic (the name is only used in log lines and reasons). */
    public static Builder on(String topic) {
        return new Builder(topic);
    }

    public String topic() {
        return topic;
    }

    /** The types this consumer handles, with their accepted versions (for docs and tests). */
    public Map<String, Set<Integer>> accepted() {
        Map<String, Set<Integer>> result = new TreeMap<>();
        bindings.forEach((type, versions) -> result.put(type, Collections.unmodifiableSet(new TreeSet<>(versions.keySet()))));
        return result;
    }

    /**
     * Applies the event: ignores an unknown type, throws {@link PoisonEventException} for an unknown
     * version or an invalid payload, else binds, validates and calls the handler.
     *
     * @return true when a handler ran
     */
    public boolean apply(EventEnvelope event, ObjectMapper mapper, Validator validator) {
        Map<Integer, Binding<?>> versions = bindings.get(event.type());
        if (versions == null) {
            Log.debugf("Ignoring %s v%d (%s) on %s: no handler for this type", event.type(), event.version(),
                    event.eventId(), topic);
            return false;
        }
        Binding<?> binding = versions.get(event.version());
        if (binding == null) {
            throw new PoisonEventException(event.type() + " v" + event.version() + " is not understood on " + topic
                    + " (accepted: " + versions.keySet().stream().sorted().map(v -> "v" + v)
                            .collect(Collectors.joining(", ")) + ")");
        }
        run(event, binding, mapper, validator);
        return true;
    }

    private static <T> void run(EventEnvelope event, Binding<T> binding, ObjectMapper mapper, Validator validator) {
        T payload = bind(event, binding.payloadType(), mapper);
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (ConstraintViolation<T> v : violations) {
                String field = ProblemMappers.fieldName(v.getPropertyPath());
                problems.add((field.isEmpty() ? "payload" : field) + " " + v.getMessage());
            }
            Collections.sort(problems);
            throw new PoisonEventException(event.type() + " v" + event.version() + " " + event.eventId()
                    + " has an invalid payload: " + String.join("; ", problems));
        }
        binding.handler().handle(event, payload);
    }

    private static <T> T bind(EventEnvelope event, Class<T> type, ObjectMapper mapper) {
        if (event.payload() == null || !event.payload().isObject()) {
            throw new PoisonEventException(event.type() + " v" + event.version() + " " + event.eventId()
                    + " has no payload object");
        }
        try {
            return mapper.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.payload());
        } catch (java.io.IOException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new PoisonEventException(event.type() + " v" + event.version() + " " + event.eventId()
                    + " has a payload that does not bind: " + reason, e);
        }
    }

    /** Collects the handlers of one topic. */
    public static final class Builder {

        private final String topic;
        private final Map<String, Map<Integer, Binding<?>>> bindings = new LinkedHashMap<>();

        private Builder(String topic) {
            this.topic = topic;
        }

        /** Handles {@code type} in each of {@code versions} by binding the payload to {@code payloadType}. */
        public <T> Builder handle(String type, Set<Integer> versions, Class<T> payloadType, Handler<T> handler) {
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("no versions given for " + type);
            }
            Map<Integer, Binding<?>> byVersion = bindings.computeIfAbsent(type, t -> new TreeMap<>());
            for (Integer version : versions) {
                if (byVersion.putIfAbsent(version, new Binding<>(payloadType, handler)) != null) {
                    throw new IllegalArgumentException(type + " v" + version + " has two handlers on " + topic);
                }
            }
            return this;
        }

        public <T> Builder handle(String type, int version, Class<T> payloadType, Handler<T> handler) {
            return handle(type, Set.of(version), payloadType, handler);
        }

        public EventHandlers build() {
            Map<String, Map<Integer, Binding<?>>> copy = new LinkedHashMap<>();
            bindings.forEach((type, versions) -> copy.put(type, Map.copyOf(versions)));
            return new EventHandlers(topic, Collections.unmodifiableMap(copy));
        }
    }
}
