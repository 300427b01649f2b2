package vn.thiduaso.award.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.DecisionDtos.AnnulledAwardView;
import vn.thiduaso.award.api.DecisionDtos.AnnulmentRequest;
import vn.thiduaso.award.service.DecisionService;
import vn.thiduaso.platform.security.CallerScope;

/** Hủy khen thưởng: a decided award annulled with a reason and the annulling decision; the history keeps it. */
@Path("/api/v1/award-records/{id}/annulment")
@Tag(name = "Quyết định khen thưởng / Award decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardAnnulmentResource {

    private final DecisionService decisions;
    private final CallerScope caller;

    public AwardAnnulmentResource(DecisionService decisions, CallerScope caller) {
        this.decisions = decisions;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Hủy một khen thưởng đã quyết định / Annul a decided award",
            description = "Lãnh đạo hoặc Phòng VH-XH của xã. Khen thưởng rời bảng vinh danh, vẫn còn trong sổ; 409 nếu đã hủy.")
    public AnnulledAwardView annulAward(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần lý do và quyết định hủy") AnnulmentRequest request) {
        return AnnulledAwardView.of(decisions.annul(caller, id, request.reason(), request.decisionRef()));
    }
}
