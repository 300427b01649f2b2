package vn.thiduaso.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.thiduaso.platform.events.TopicProvisioner;

/**
 * Readiness DOWN until this service has reached the broker once (its topics are provisioned).
 * SmallRye's messaging check reports a channel that never connected as "[OK] - no connection was
 * ever attempted": a service started while Kafka is down would look ready though it can neither
 * consume nor relay. Once the broker was reached, outages show in the messaging check.
 */
@Readiness
@ApplicationScoped
public class KafkaStartupReadiness implements HealthCheck {

    public static final String NAME = "Kafka broker reached since start";

    private final TopicProvisioner provisioner;

    public KafkaStartupReadiness(TopicProvisioner provisioner) {
        this.provisioner = provisioner;
    }

    @Override
    public HealthCheckResponse call() {
        if (provisioner.done()) {
            return HealthCheckResponse.up(NAME);
        }
        return HealthCheckResponse.named(NAME).down()
                .withData("reason", "Kafka chưa kết nối được từ khi khởi động / the broker has not been reached since start")
                .build();
    }
}
