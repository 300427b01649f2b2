package vn.thiduaso.platform.inbox;

/**
 * A bean with one {@code @Incoming} method that applies the records of one topic through
 * {@link IdempotentConsumer#dispatch}. Declaring its handlers here lets an admin replay a dead letter
 * through exactly the handler that refused it (deadletter.DeadLetters).
 */
public interface EventConsumer {

    /** The handlers the {@code @Incoming} method dispatches to; {@link EventHandlers#topic()} is the topic read. */
    EventHandlers handlers();
}
