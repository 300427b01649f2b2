package vn.thiduaso.platform.inbox;

/**
 * A record this service will never be able to apply as it stands (a version it does not understand,
 * a payload that does not bind or breaks the consumer's constraints). Thrown inside the inbox
 * transaction, it rolls back and nacks the record, which the channel's dead-letter strategy moves to
 * {@code dlt.<service>} with this message as the {@code dead-letter-reason}.
 */
public class PoisonEventException extends IllegalArgumentException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
