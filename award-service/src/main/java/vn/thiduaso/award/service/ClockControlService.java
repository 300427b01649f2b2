package vn.thiduaso.award.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.award.config.AwardCycleConfig;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * Moves the award clock on a test stack (the end-to-end test goes past a posting window instead of
 * sleeping). Where {@code thiduaso.award.clock-control-enabled} is false the control does not exist (404).
 */
@ApplicationScoped
public class ClockControlService {

    private final AwardClock clock;
    private final AwardCycleConfig config;
    private final AccessPolicy policy;

    public ClockControlService(AwardClock clock, AwardCycleConfig config, AccessPolicy policy) {
        this.clock = clock;
        this.config = config;
        this.policy = policy;
    }

    public AwardClock read(CallerScope caller) {
        require(caller);
        return clock;
    }

    public AwardClock move(CallerScope caller, long offsetSeconds) {
        require(caller);
        clock.setOffset(Duration.ofSeconds(offsetSeconds));
        Log.infof("Award clock moved by %s to an offset of %d s (now %s)", caller.username(), offsetSeconds, clock.instant());
        return clock;
    }

    private void require(CallerScope caller) {
        if (!config.clockControlEnabled()) {
            throw new NotFoundException("Không có chức năng chỉnh đồng hồ trên hệ thống này");
        }
        policy.requireRole(caller, Action.CONTROL_CLOCK);
    }
}
