package vn.thiduaso.notification.messaging;

import vn.thiduaso.platform.events.EventEnvelope;

/** A payload version this service does not know is a breaking change: it goes to the dead-letter topic. */
final class EventVersions {

    static void require(EventEnvelope event, int supported) {
        if (event.version() != supported) {
            throw new IllegalArgumentException(
                    event.type() + " v" + event.version() + " is not supported (only v" + supported + ")");
        }
    }

    private EventVersions() {
    }
}
