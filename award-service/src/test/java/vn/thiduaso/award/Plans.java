package vn.thiduaso.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.award.service.IssuedAwardPlan;
import vn.thiduaso.award.service.AwardPlanService;

/** Records issued plans directly through the service, for tests about reading them (Kafka is proven elsewhere). */
@ApplicationScoped
public class Plans {

    private final AwardPlanService service;

    public Plans(AwardPlanService service) {
        this.service = service;
    }

    public UUID issue(Communes.Commune issuer, String number, String title, Instant issuedAt, Communes.Unit... addressees) {
        UUID planId = UUID.randomUUID();
        List<IssuedAwardPlan.Unit> refs = java.util.Arrays.stream(addressees)
                .map(u -> new IssuedAwardPlan.Unit(u.id(), u.path(), u.name()))
                .toList();
        service.recordIssued(UUID.randomUUID(), issuedAt, new IssuedAwardPlan(planId, 1, number, title,
                issuer.commune().id(), issuer.commune().path(), issuer.commune().name(), issuedAt, refs, List.of(),
                List.of()));
        return planId;
    }
}
