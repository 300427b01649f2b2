package vn.thiduaso.award.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.DecisionDtos.ClockRequest;
import vn.thiduaso.award.api.DecisionDtos.ClockView;
import vn.thiduaso.award.config.AwardClock;
import vn.thiduaso.award.service.ClockControlService;
import vn.thiduaso.platform.security.CallerScope;

/** The award clock of a test stack (404 unless thiduaso.award.clock-control-enabled=true). */
@Path("/api/v1/admin/clock")
@Tag(name = "Quản trị / Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminClockResource {

    private final ClockControlService clocks;
    private final CallerScope caller;

    public AdminClockResource(ClockControlService clocks, CallerScope caller) {
        this.clocks = clocks;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Xem đồng hồ khen thưởng (môi trường thử) / Read the award clock (test stacks)")
    public ClockView getAwardClock() {
        return view(clocks.read(caller));
    }

    @PUT
    @Authenticated
    @Operation(summary = "Chỉnh độ lệch đồng hồ khen thưởng (môi trường thử) / Move the award clock (test stacks)",
            description = "Quản trị hệ thống; offsetSeconds so với giờ thật (0 = giờ thật).")
    public ClockView moveAwardClock(@Valid @NotNull(message = "Cần độ lệch đồng hồ") ClockRequest request) {
        return view(clocks.move(caller, request.offsetSeconds()));
    }

    private static ClockView view(AwardClock clock) {
        return new ClockView(clock.offset().toSeconds(), clock.instant());
    }
}
