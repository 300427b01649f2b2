package vn.thiduaso.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import vn.thiduaso.platform.events.TopicProvisioner;

class KafkaStartupReadinessTest {

    @Test
    void aServiceThatNeverReachedTheBrokerIsNotReady() {
        // Nothing listens on port 1: the provisioner has not succeeded (and is not even started here).
        TopicProvisioner provisioner = new TopicProvisioner("127.0.0.1:1", 3, "test-service");

        HealthCheckResponse response = new KafkaStartupReadiness(provisioner).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(KafkaStartupReadiness.NAME, response.getName());
        assertTrue(response.getData().orElseThrow().get("reason").toString().contains("broker"));
    }
}
