package vn.thiduaso.award.service;

/** One client address sent more objections in the last hour than allowed: 429 with Retry-After. */
public class TooManyObjectionsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyObjectionsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
